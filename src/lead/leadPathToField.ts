import { CONTACT_FIELDS, type ContactField } from './schema.ts';

/**
 * The form field a lead error path points at (`"contact.phone"` → `"phone"`), or null when the path is
 * not a contact field, so a 422 from the endpoint can be shown beside the field it is about.
 */
export function leadPathToField(path: string): ContactField | null {
  const field = /^contact\.(\w+)$/.exec(path)?.[1] as ContactField;
  return CONTACT_FIELDS.includes(field) ? field : null;
}
