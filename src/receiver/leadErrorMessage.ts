import * as v from 'valibot';

// The English for each lead field, by dotted path (or by its last key, for the utm_* and click id fields).
// LeadSchema carries no messages, so the widget bundle stays small; these are what marketers and the
// widget's rejected state see in a 422.
const MESSAGES: Record<string, string> = {
  schemaVersion: 'must be 1',
  leadId: 'must be a lower-case UUID v4',
  createdAt: 'must be an ISO 8601 UTC time, like 2026-01-31T14:05:00.000Z',
  testMode: 'must be true or false',
  'school.id': 'must be 1 to 120 of a-z, 0-9, -',
  'program.id': 'must be 1 to 120 of a-z, 0-9, -',
  'answers.subject': 'must be 1 to 120 of a-z, 0-9, -',
  'school.name': 'must be 1 to 300 characters',
  'program.name': 'must be 1 to 300 characters',
  'answers.usCitizen': 'must be true or false',
  'contact.firstName': "must be 1-50 letters, spaces or ' - .",
  'contact.lastName': "must be 1-50 letters, spaces or ' - .",
  'contact.email': 'must be an email like name@example.com',
  'contact.phone': 'must be a US phone number, like (212) 555-0123',
  'contact.postalCode': 'must be a 5-digit ZIP code',
  'consent.text': 'must be the consent text shown, 1 to 2000 characters',
  'consent.givenAt': 'must be an ISO 8601 UTC time, like 2026-01-31T14:05:00.000Z',
  'source.publisherId': 'must be 1 to 120 characters',
  'source.placementId': 'must be 1 to 120 characters',
  'source.subId': 'must be 1 to 120 characters',
  'source.pageUrl': 'must be an http(s) URL without ? or #',
  'source.referrer': 'must be an http(s) URL without ? or #',
  'client.userAgent': 'must be at most 1000 characters',
  'client.language': 'must be at most 35 characters',
  'client.timeToCompleteMs': 'must be a whole number of milliseconds, 0 or more',
  'client.gpc': 'must be true or false',
  'answers.postalCode': 'must be a 5-digit ZIP code',
  'contact.state': "must be the two-letter USPS code of the ZIP code's state, like AR",
  'evidence.trustedFormCertUrl': 'must be a TrustedForm certificate URL, https://cert.trustedform.com/…',
  'evidence.jornayaLeadId': 'must be a Jornaya LeadiD token of 36 characters',
};
const TRACKING = 'must be at most 500 characters';

/** The dotted path of a LeadSchema issue and a clear English message for it ("is required" for a missing field). */
export function leadErrorMessage(issue: v.BaseIssue<unknown>): { path: string; message: string } {
  const path = v.getDotPath(issue) ?? '';
  const message =
    // A missing key: valibot reports it with `expected` naming the key in quotes.
    issue.kind === 'schema' && issue.received === 'undefined' && issue.expected?.startsWith('"')
      ? 'is required'
      : (MESSAGES[path] ??
        (/^source\.(utm|clickIds)\.\w+$/.test(path)
          ? TRACKING
          : // An object where something else came, or a level not in the list: valibot's own English says which.
            issue.message));
  return { path, message };
}
