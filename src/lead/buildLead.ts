import type { Catalog } from '../catalog/schema.ts';
import { check } from '../schemaHelpers.ts';
import type { EmbedConfig } from '../embedConfig.ts';
import { matchSchools } from '../matchSchools.ts';
import { OPTIONAL_QUESTION_IDS } from '../optionalQuestions.ts';
import type { Answers } from '../questions.ts';
import { isAvailableIn } from '../stateAvailability.ts';
import { stateOfZip } from '../zipState.ts';
import { CLICK_ID_KEYS, LeadSchema, UTM_KEYS, type Lead } from './schema.ts';

/** Everything a lead is made of: the choice, the answers, the contact details and where the form was shown. */
export interface BuildLeadInput {
  leadId: string;
  now: Date;
  /** When the form opened (ms since epoch), for `client.timeToCompleteMs`. */
  openedAt: number;
  catalog: Catalog;
  schoolId: string;
  programId: string;
  answers: Answers;
  /** The contact details; `state` is found from `postalCode` when absent. */
  contact: Lead['contact'];
  /** The consent text exactly as shown beside the checkbox. */
  consentText: string;
  config: Pick<EmbedConfig, 'publisher' | 'placement' | 'subId' | 'testMode'>;
  page: { url: string; referrer: string };
  client: { userAgent: string; language: string; gpc?: boolean };
  /** (v2) The consent evidence copied from the page, when the embed asks for it. */
  evidence?: Lead['evidence'];
}

/**
 * Why no lead was built: the program is not one the answers admit (or not in the catalog), a question is
 * unanswered, the school does not enrol residents of the contact ZIP code's state in it, or the lead fails LeadSchema.
 */
export type BuildLeadFailure = 'not-admitted' | 'missing-answer' | 'not-available' | 'invalid';

/** A lead ready to send, or why there is none (with a message for the console). */
export type BuildLeadResult = { ok: true; lead: Lead } | { ok: false; reason: BuildLeadFailure; message: string };

/** An http(s) address as a URL, or undefined (an empty referrer, an about: page). */
function httpUrl(address: string): URL | undefined {
  try {
    const url = new URL(address);
    if (/^https?:$/.test(url.protocol)) return url;
  } catch {
    // Not an address at all.
  }
  return undefined;
}

// `origin` leaves out any user:password@ part, and `pathname` never holds the query or fragment.
const originAndPath = (url?: URL) => url && (url.origin + url.pathname).slice(0, 2048);

/**
 * Builds the lead for a chosen program, refusing programs the answers do not admit and incomplete answers.
 * The page gives only its origin and path, its utm_* values and ad click ids: the rest of a query may hold
 * personal data.
 */
export function buildLead(input: BuildLeadInput): BuildLeadResult {
  const { answers, config, client, now } = input;
  const { subject, educationLevel, usCitizen } = answers;
  const fail = (reason: BuildLeadFailure, detail = ''): BuildLeadResult => ({
    ok: false,
    reason,
    message: `[schoolmatch] no lead sent: ${reason} ${detail}`,
  });
  if (!subject || !educationLevel || !usCitizen) return fail('missing-answer');
  // Only a program the answers admit (and one the catalog has): the same filter as the list the student saw.
  const match = matchSchools(input.catalog, answers).shown.find(({ school }) => school.id === input.schoolId);
  const program = match?.programs.find(({ id }) => id === input.programId);
  if (!match || !program) return fail('not-admitted', `${input.schoolId}/${input.programId}`);
  // (v2) The optional questions this school asks must be answered too; their answers travel with the lead.
  const { questions } = match.school;
  if (questions.some((question) => !answers[question])) return fail('missing-answer');
  const optional = Object.fromEntries(
    OPTIONAL_QUESTION_IDS.filter((question) => questions.includes(question)).map((question) => [
      question,
      answers[question],
    ]),
  );
  // (v2) The school must enrol residents of the contact ZIP code's state in the program.
  const state = stateOfZip(input.contact.postalCode);
  if (!state) return fail('invalid', 'contact.postalCode');
  if (!isAvailableIn(match.school, program, state)) return fail('not-available', state);
  // Not an http(s) page: no pageUrl, so LeadSchema refuses the lead below.
  const page = httpUrl(input.page.url);
  const pick = (keys: readonly string[], prefix: string) => {
    let found: Record<string, string> | undefined;
    for (const key of keys) {
      const value = page?.searchParams.get(prefix + key)?.trim();
      if (value) (found ??= {})[key] = value.slice(0, 500);
    }
    return found;
  };
  const createdAt = now.toISOString();
  // The JSON round trip leaves out every absent (undefined) optional field, as the wire format will.
  const lead = check(
    LeadSchema,
    JSON.parse(
      JSON.stringify({
        schemaVersion: 1,
        leadId: input.leadId,
        createdAt,
        testMode: config.testMode,
        // LeadSchema keeps only the school's id and name and the program's id, name and level.
        school: match.school,
        program,
        answers: { subject, educationLevel, usCitizen: usCitizen === 'yes', ...optional },
        contact: { ...input.contact, state },
        consent: { text: input.consentText, givenAt: createdAt },
        source: {
          publisherId: config.publisher,
          placementId: config.placement,
          subId: config.subId,
          pageUrl: originAndPath(page),
          referrer: originAndPath(httpUrl(input.page.referrer)),
          utm: pick(UTM_KEYS, 'utm_'),
          clickIds: pick(CLICK_ID_KEYS, ''),
        },
        client: {
          userAgent: client.userAgent.slice(0, 1000),
          language: client.language.slice(0, 35),
          timeToCompleteMs: Math.max(0, now.getTime() - input.openedAt),
          gpc: client.gpc,
        },
        evidence: input.evidence,
      }),
    ),
    '$',
  );
  return Array.isArray(lead) ? fail('invalid', lead.join(': ')) : { ok: true, lead };
}
