import * as v from 'valibot';
import type { Catalog } from '../catalog/schema.ts';
import type { EmbedConfig } from '../embedConfig.ts';
import { isProgramShown } from '../eligibility.ts';
import type { Answers } from '../questions.ts';
import { pageSource } from './pageSource.ts';
import { LeadSchema, type Lead } from './schema.ts';

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
  contact: Lead['contact'];
  /** The consent text exactly as shown beside the checkbox. */
  consentText: string;
  config: Pick<EmbedConfig, 'publisher' | 'placement' | 'subId' | 'testMode'>;
  page: { url: string; referrer: string };
  client: { userAgent: string; language: string; gpc?: boolean };
}

/** Why no lead was built. */
export type BuildLeadFailure =
  | 'unknown-school'
  | 'unknown-program'
  | 'missing-answer'
  | 'not-admitted'
  | 'page-not-http'
  | 'invalid';

/** A lead ready to send, or why there is none (with a message for the console). */
export type BuildLeadResult = { ok: true; lead: Lead } | { ok: false; reason: BuildLeadFailure; message: string };

/** Builds the lead for a chosen program, refusing programs the answers do not admit and incomplete answers. */
export function buildLead(input: BuildLeadInput): BuildLeadResult {
  const { answers, schoolId, programId } = input;
  const school = input.catalog.schools.find((candidate) => candidate.id === schoolId);
  if (!school) return fail('unknown-school', `school "${schoolId}" is not in the catalog; pick a school the widget shows.`);
  const program = school.programs.find((candidate) => candidate.id === programId);
  if (!program) {
    return fail('unknown-program', `program "${programId}" is not a program of "${schoolId}"; pick one of its programs.`);
  }
  const { subject, educationLevel, usCitizen } = answers;
  if (subject === undefined || educationLevel === undefined || usCitizen === undefined) {
    return fail('missing-answer', 'every question (subject, educationLevel, usCitizen) must be answered before a lead is sent.');
  }
  if (!isProgramShown(school, program, answers)) {
    return fail('not-admitted', `program "${programId}" is not open to the answers given; it is never sent as a lead.`);
  }
  const page = pageSource(input.page.url, input.page.referrer);
  if (page === null) return fail('page-not-http', `the page address "${input.page.url}" is not an http(s) URL.`);
  const createdAt = input.now.toISOString();
  const { config, client } = input;
  const candidate = {
    schemaVersion: 1,
    leadId: input.leadId,
    createdAt,
    testMode: config.testMode,
    school: { id: school.id, name: school.name },
    program: { id: program.id, name: program.name, level: program.level },
    answers: { subject, educationLevel, usCitizen: usCitizen === 'yes' },
    contact: input.contact,
    consent: { text: input.consentText, givenAt: createdAt },
    source: {
      publisherId: config.publisher,
      ...(config.placement !== undefined && { placementId: config.placement }),
      ...(config.subId !== undefined && { subId: config.subId }),
      ...page,
    },
    client: {
      userAgent: client.userAgent.slice(0, 1000),
      language: client.language.slice(0, 35),
      timeToCompleteMs: Math.max(0, Math.round(input.now.getTime() - input.openedAt)),
      ...(client.gpc !== undefined && { gpc: client.gpc }),
    },
  };
  const parsed = v.safeParse(LeadSchema, candidate);
  if (parsed.success) return { ok: true, lead: parsed.output };
  const issue = parsed.issues[0];
  return fail('invalid', `the lead is invalid at ${v.getDotPath(issue) ?? '(root)'}: ${issue.message}.`);
}

function fail(reason: BuildLeadFailure, message: string): BuildLeadResult {
  return { ok: false, reason, message: `[schoolmatch] ${message}` };
}
