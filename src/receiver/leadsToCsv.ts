import type { Lead } from '../lead/schema.ts';
import type { StoredLead } from './LeadStore.ts';

type Cell = string | number | boolean | undefined;

// One column per lead field, in the order a marketer reads a lead: when, whom for, who, consent, source.
const COLUMNS: ReadonlyArray<readonly [string, (stored: StoredLead, lead: Lead) => Cell]> = [
  ['leadId', (_, l) => l.leadId],
  ['receivedAt', (s) => s.receivedAt],
  ['ip', (s) => s.ip],
  ['duplicateOf', (s) => s.duplicateOf],
  ['createdAt', (_, l) => l.createdAt],
  ['testMode', (_, l) => l.testMode],
  ['schoolId', (_, l) => l.school.id],
  ['schoolName', (_, l) => l.school.name],
  ['programId', (_, l) => l.program.id],
  ['programName', (_, l) => l.program.name],
  ['programLevel', (_, l) => l.program.level],
  ['subject', (_, l) => l.answers.subject],
  ['educationLevel', (_, l) => l.answers.educationLevel],
  ['usCitizen', (_, l) => l.answers.usCitizen],
  ['firstName', (_, l) => l.contact.firstName],
  ['lastName', (_, l) => l.contact.lastName],
  ['email', (_, l) => l.contact.email],
  ['phone', (_, l) => l.contact.phone],
  ['postalCode', (_, l) => l.contact.postalCode],
  ['consentText', (_, l) => l.consent.text],
  ['consentGivenAt', (_, l) => l.consent.givenAt],
  ['publisherId', (_, l) => l.source.publisherId],
  ['placementId', (_, l) => l.source.placementId],
  ['subId', (_, l) => l.source.subId],
  ['pageUrl', (_, l) => l.source.pageUrl],
  ['referrer', (_, l) => l.source.referrer],
  ['utmSource', (_, l) => l.source.utm?.source],
  ['utmMedium', (_, l) => l.source.utm?.medium],
  ['utmCampaign', (_, l) => l.source.utm?.campaign],
  ['utmTerm', (_, l) => l.source.utm?.term],
  ['utmContent', (_, l) => l.source.utm?.content],
  ['gclid', (_, l) => l.source.clickIds?.gclid],
  ['fbclid', (_, l) => l.source.clickIds?.fbclid],
  ['msclkid', (_, l) => l.source.clickIds?.msclkid],
  ['userAgent', (_, l) => l.client.userAgent],
  ['language', (_, l) => l.client.language],
  ['timeToCompleteMs', (_, l) => l.client.timeToCompleteMs],
  ['gpc', (_, l) => l.client.gpc],
];

// A spreadsheet runs a cell starting with = + - @ as a formula, also after leading spaces or line breaks
// (which it trims), and some strip a leading tab or CR first; a leading apostrophe makes it plain text.
// Student-typed and tracking fields reach these cells.
const FORMULA_START = /^(?:[\t\r]|\s*[=+\-@])/;

function csvCell(value: Cell): string {
  let text = value === undefined ? '' : String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The CSV header row, CRLF-terminated. */
export const CSV_HEADER = `${COLUMNS.map(([name]) => name).join(',')}\r\n`;

/** One stored lead as an RFC 4180 CSV row (CRLF-terminated), formula cells defused. */
export function leadToCsvRow(stored: StoredLead): string {
  return `${COLUMNS.map(([, read]) => csvCell(read(stored, stored.lead))).join(',')}\r\n`;
}
