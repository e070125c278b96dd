import { LeadSchema } from '../lead/schema.ts';
import { publishedJsonSchema, type JsonSchemaOverrides } from '../publishedJsonSchema.ts';

// LeadSchema carries no descriptions (they would only weigh down the widget bundle): they and the rules
// a check enforces in code are added here, by dotted path.
const TIME = { description: 'ISO 8601 UTC time of a date that exists, as Date.prototype.toISOString() writes it.' };
const OVERRIDES: JsonSchemaOverrides = {
  leadId: {
    description:
      'Lower-case UUID v4, made once per submission and reused on every retry; also sent as the Idempotency-Key header.',
  },
  createdAt: TIME,
  'consent.givenAt': TIME,
  'consent.text': { description: 'The consent text exactly as shown beside the checkbox.' },
  'contact.phone': { description: 'E.164 with a valid US area code and exchange (NANP): +1 and 10 digits.' },
  'contact.email': { description: 'At most 254 characters, 64 before the @; trimmed, the domain in lower case.' },
  'source.pageUrl': { description: 'Origin and path only: no query, no fragment.' },
  'source.referrer': { description: 'Origin and path only: no query, no fragment.' },
  'client.timeToCompleteMs': { type: 'integer', minimum: 0 },
  'answers.postalCode': { description: '(v2) The answer to "What is your ZIP code?", when the school asks it.' },
  'answers.military': {
    description: '(v2) The answer to "Are you affiliated with the US military?", when the school asks it.',
  },
  'answers.startDate': { description: '(v2) The answer to "When would you like to start?", when the school asks it.' },
  'contact.state': {
    description:
      "(v2) The two-letter USPS code of contact.postalCode's state (DC, PR, VI, GU, AS, MP, AA, AE, AP count as states). Sent by every v2 widget; absent from v1 leads.",
  },
  evidence: {
    description:
      "(v2) Consent evidence copied from the publisher's page, when the embed asks for it and the page has it.",
  },
  'evidence.trustedFormCertUrl': {
    description: 'The TrustedForm certificate URL of the page (input[name="xxTrustedFormCertUrl"]).',
  },
  'evidence.jornayaLeadId': { description: 'The Jornaya LeadiD token of the page (#leadid_token), 36 characters.' },
};

/**
 * The JSON Schema (draft-07) of a lead, generated from the valibot `LeadSchema` the widget and receiver use,
 * published for marketers as dist/lead.schema.json.
 */
export function leadJsonSchema(): object {
  return publishedJsonSchema(LeadSchema, {
    title: 'SchoolMatch lead',
    description:
      'One lead as POSTed by the SchoolMatch widget (Content-Type: application/json, Idempotency-Key: {leadId}).',
    overrides: OVERRIDES,
  });
}

// `npx tsx src/receiver/leadJsonSchema.ts out.json` writes the schema to a file (stdout without an argument).
if (typeof process !== 'undefined' && process.argv[1] !== undefined) {
  const { pathToFileURL } = await import('node:url');
  if (import.meta.url === pathToFileURL(process.argv[1]).href) {
    const text = `${JSON.stringify(leadJsonSchema(), null, 2)}\n`;
    const out = process.argv[2];
    if (out === undefined) process.stdout.write(text);
    else {
      const { writeFileSync } = await import('node:fs');
      writeFileSync(out, text);
      console.log(`[schoolmatch] wrote the lead JSON Schema to ${out}`);
    }
  }
}
