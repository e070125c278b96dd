import { CONTACT_FIELDS, type ContactField } from './schema.ts';

/**
 * The form field a lead error path points at (`"contact.phone"` → `"phone"`), or null when the path is
 * not a contact field, so a 422 from the endpoint can be shown beside the field it is about.
 */
export function leadPathToField(path: string): ContactField | null {
  const [head, field, ...rest] = path.split('.');
  if (head !== 'contact' || rest.length > 0) return null;
  return (CONTACT_FIELDS as readonly string[]).includes(field ?? '') ? (field as ContactField) : null;
}
