import type { School } from '../catalog/schema.ts';

/**
 * The consent text shown beside the checkbox for a school, naming it: the school's own `consentText`
 * when the catalog has one (used as written, in every locale), else `defaultTemplate` (the locale's default
 * text, from the widget's messages), where "{school}" stands for the school's name.
 */
export function consentText(school: School, defaultTemplate: string): string {
  const template = school.consentText ?? defaultTemplate;
  // split/join, not String.replace: a school name holding "$&" must come out as written.
  return template.split('{school}').join(school.name);
}
