import type { Lead } from '../lead/schema.ts';

type Cell = string | number | boolean | undefined;

// One column per lead field, in the order a marketer reads a lead: when, whom for, who, consent, source.
const COLUMNS: ReadonlyArray<readonly [string, (lead: Lead) => Cell]> = [
  ['leadId', (l) => l.leadId],
  ['createdAt', (l) => l.createdAt],
  ['testMode', (l) => l.testMode],
  ['schoolId', (l) => l.school.id],
  ['schoolName', (l) => l.school.name],
  ['programId', (l) => l.program.id],
  ['programName', (l) => l.program.name],
  ['programLevel', (l) => l.program.level],
  ['subject', (l) => l.answers.subject],
  ['educationLevel', (l) => l.answers.educationLevel],
  ['usCitizen', (l) => l.answers.usCitizen],
  ['firstName', (l) => l.contact.firstName],
  ['lastName', (l) => l.contact.lastName],
  ['email', (l) => l.contact.email],
  ['phone', (l) => l.contact.phone],
  ['postalCode', (l) => l.contact.postalCode],
  ['consentText', (l) => l.consent.text],
  ['consentGivenAt', (l) => l.consent.givenAt],
  ['publisherId', (l) => l.source.publisherId],
  ['placementId', (l) => l.source.placementId],
  ['subId', (l) => l.source.subId],
  ['pageUrl', (l) => l.source.pageUrl],
  ['referrer', (l) => l.source.referrer],
  ['utmSource', (l) => l.source.utm?.source],
  ['utmMedium', (l) => l.source.utm?.medium],
  ['utmCampaign', (l) => l.source.utm?.campaign],
  ['utmTerm', (l) => l.source.utm?.term],
  ['utmContent', (l) => l.source.utm?.content],
  ['gclid', (l) => l.source.clickIds?.gclid],
  ['fbclid', (l) => l.source.clickIds?.fbclid],
  ['msclkid', (l) => l.source.clickIds?.msclkid],
  ['userAgent', (l) => l.client.userAgent],
  ['language', (l) => l.client.language],
  ['timeToCompleteMs', (l) => l.client.timeToCompleteMs],
  ['gpc', (l) => l.client.gpc],
];

function csvCell(value: Cell): string {
  let text = value === undefined ? '' : String(value);
  // A spreadsheet runs a cell starting with = + - @ (or tab/CR, which some strip first) as a formula;
  // a leading apostrophe makes it plain text. Student-typed and tracking fields reach these cells.
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The leads as an RFC 4180 CSV document (CRLF line ends, header row), formula cells defused. */
export function leadsToCsv(leads: readonly Lead[]): string {
  const rows = [COLUMNS.map(([name]) => name), ...leads.map((lead) => COLUMNS.map(([, read]) => read(lead)))];
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
