import { validate } from '../schemaHelpers.ts';
import { stateOfZip } from '../zipState.ts';
import { ContactSchema, type ContactField, type Lead } from './schema.ts';

/** Why a contact field was refused; the widget maps each code to a localized message. */
export type ContactErrorCode =
  'required' | 'name-invalid' | 'name-too-long' | 'email-invalid' | 'phone-invalid' | 'postal-code-invalid';

/** The contact details ready for a lead, or an error code per refused field. */
export type ContactResult =
  { ok: true; contact: Lead['contact'] } | { ok: false; errors: Partial<Record<ContactField, ContactErrorCode>> };

/** The code of a value that is there but wrong, by field (names also have a code for being too long). */
const INVALID: Record<ContactField, ContactErrorCode> = {
  firstName: 'name-invalid',
  lastName: 'name-invalid',
  email: 'email-invalid',
  phone: 'phone-invalid',
  postalCode: 'postal-code-invalid',
};

// Trimmed, inner runs of spaces collapsed, typographic apostrophes (’ as phones type them) made plain.
const name = (text: string) =>
  text
    .normalize('NFC')
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/[\u2018\u2019\u02BC]/g, "'");

/**
 * Checks and normalises what the student typed: names tidied, the email domain lower-cased, a US phone in any common format
 * ("(212) 555-0123", "+1 212.555.0123", …) made E.164, ZIP+4 cut to 5 digits and its state added (a ZIP code
 * whose prefix has no state is refused); LeadSchema decides the rest.
 */
export function validateContact(input: Record<ContactField, string>): ContactResult {
  const phone = input.phone.replace(/[\s().-]/g, '');
  const postalCode = /^(\d{5})([\s-]?\d{4})?$/.exec(input.postalCode.trim())?.[1] ?? '';
  const state = stateOfZip(postalCode);
  const values = {
    firstName: name(input.firstName),
    lastName: name(input.lastName),
    // Only the domain: the part before the @ belongs to the mailbox owner and may be case-sensitive.
    email: input.email.trim().replace(/@[^@]*$/, (domain) => domain.toLowerCase()),
    // Without the separators people type: 10 digits, after +1 or 1 or alone. Letters, "ext" or another
    // country code are refused, not guessed at.
    phone: /^(\+?1)?\d{10}$/.test(phone) ? `+1${phone.slice(-10)}` : '',
    // An empty value when no state has that ZIP code, so the schema refuses it as it refuses a malformed one.
    postalCode: state ? postalCode : '',
    state,
  };
  const { value, issues } = validate(ContactSchema, values);
  if (!issues) return { ok: true, contact: value };
  const errors: Partial<Record<ContactField, ContactErrorCode>> = {};
  for (const issue of issues) {
    const field = issue.path?.[0]?.key as ContactField;
    if (!input[field].trim()) errors[field] = 'required';
    else if (INVALID[field] === 'name-invalid' && values[field].length > 50) errors[field] = 'name-too-long';
    else errors[field] = INVALID[field];
  }
  return { ok: false, errors };
}
