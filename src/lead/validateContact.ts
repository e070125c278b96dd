import * as v from 'valibot';
import { normalizeName } from './normalizeName.ts';
import { normalizePhone } from './normalizePhone.ts';
import { normalizePostalCode } from './normalizePostalCode.ts';
import { CONTACT_FIELDS, ContactSchema, EmailSchema, NameSchema, type ContactField, type Lead } from './schema.ts';

/** Why a contact field was refused; the widget maps each code to a localized message. */
export type ContactErrorCode =
  | 'required'
  | 'name-invalid'
  | 'name-too-long'
  | 'email-invalid'
  | 'phone-invalid'
  | 'postal-code-invalid';

/** The contact details ready for a lead, or an error code per refused field. */
export type ContactResult =
  | { ok: true; contact: Lead['contact'] }
  | { ok: false; errors: Partial<Record<ContactField, ContactErrorCode>> };

/** Checks and normalises what the student typed into the request form's contact fields. */
export function validateContact(input: Record<ContactField, string>): ContactResult {
  const errors: Partial<Record<ContactField, ContactErrorCode>> = {};
  const values: Record<ContactField, string> = { firstName: '', lastName: '', email: '', phone: '', postalCode: '' };
  for (const field of CONTACT_FIELDS) {
    const raw = input[field];
    if (raw.trim() === '') {
      errors[field] = 'required';
      continue;
    }
    const checked = checkField(field, raw);
    if (checked.ok) values[field] = checked.value;
    else errors[field] = checked.code;
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  // Every field passed its own check, so the whole object passes too; parsing once more keeps the
  // schema (not this function) the source of truth for what a contact is.
  const parsed = v.safeParse(ContactSchema, values);
  if (parsed.success) return { ok: true, contact: parsed.output };
  for (const issue of parsed.issues) {
    const field = issue.path?.[0]?.key as ContactField;
    errors[field] = FIELD_CODES[field];
  }
  return { ok: false, errors };
}

const FIELD_CODES: Record<ContactField, ContactErrorCode> = {
  firstName: 'name-invalid',
  lastName: 'name-invalid',
  email: 'email-invalid',
  phone: 'phone-invalid',
  postalCode: 'postal-code-invalid',
};

type FieldCheck = { ok: true; value: string } | { ok: false; code: ContactErrorCode };

function checkField(field: ContactField, raw: string): FieldCheck {
  switch (field) {
    case 'firstName':
    case 'lastName': {
      const name = normalizeName(raw);
      if (name.length > 50) return { ok: false, code: 'name-too-long' };
      const parsed = v.safeParse(NameSchema, name);
      return parsed.success ? { ok: true, value: parsed.output } : { ok: false, code: 'name-invalid' };
    }
    case 'email': {
      const parsed = v.safeParse(EmailSchema, raw);
      return parsed.success ? { ok: true, value: parsed.output } : { ok: false, code: 'email-invalid' };
    }
    case 'phone': {
      const phone = normalizePhone(raw);
      return phone === null ? { ok: false, code: 'phone-invalid' } : { ok: true, value: phone };
    }
    case 'postalCode': {
      const zip = normalizePostalCode(raw);
      return zip === null ? { ok: false, code: 'postal-code-invalid' } : { ok: true, value: zip };
    }
    default: {
      const never: never = field;
      throw new Error(`[schoolmatch] unknown contact field ${String(never)}`);
    }
  }
}
