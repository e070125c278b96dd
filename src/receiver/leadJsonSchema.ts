import { toJsonSchema, type JsonSchema } from '@valibot/to-json-schema';
import { LeadSchema } from '../lead/schema.ts';

function withNote(schema: JsonSchema, note: string): JsonSchema {
  return { ...schema, description: schema.description === undefined ? note : `${schema.description} ${note}` };
}

/**
 * The JSON Schema (draft-07) of a lead, generated from the valibot `LeadSchema` the widget and receiver use,
 * published for marketers as dist/lead.schema.json.
 */
export function leadJsonSchema(): object {
  const schema = toJsonSchema(LeadSchema, {
    errorMode: 'throw',
    // trim and transform normalise what the student typed (spaces, the e-mail domain's case) before the
    // lead is sent; a JSON Schema cannot express a change, and it describes the lead as received, already normalised.
    ignoreActions: ['trim', 'transform'],
    overrideAction({ valibotAction, jsonSchema }) {
      switch (valibotAction.type) {
        case 'regex': {
          // JSON Schema patterns are ECMA-262 regular expressions evaluated with Unicode semantics, so the
          // `u` flag of the name pattern (\p{L}) carries over as is. A second pattern on the same string
          // goes into allOf, since a schema holds only one `pattern`.
          const { source } = (valibotAction as unknown as { requirement: RegExp }).requirement;
          const before = { ...jsonSchema };
          if (before.pattern === undefined || before.pattern === source) return { ...before, pattern: source };
          return { ...before, allOf: [...(before.allOf ?? []), { pattern: source }] };
        }
        case 'check': {
          // A check runs code (NANP area code rules, a real calendar date): not expressible, so it is
          // described in words, in the same message the receiver returns with 422.
          const message = (valibotAction as { message?: unknown }).message;
          return withNote(jsonSchema, typeof message === 'string' ? `Also ${message}.` : 'Also checked by the receiver.');
        }
        default:
          return undefined;
      }
    },
  });
  const { $schema, ...rest } = schema;
  return {
    $schema,
    title: 'SchoolMatch lead',
    description: 'One lead as POSTed by the SchoolMatch widget (Content-Type: application/json, Idempotency-Key: {leadId}).',
    ...rest,
  };
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
