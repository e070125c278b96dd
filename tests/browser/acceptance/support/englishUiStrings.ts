import { en } from '../../../../widget/messages/en.ts';
import { es } from '../../../../widget/messages/es.ts';

/** The English UI wording the SPEC itself fixes (question texts, option labels, names, headings). */
export const SPEC_ENGLISH = [
  'Featured Schools',
  'Popular Schools',
  'Sponsored',
  'Select…',
  'Which subject are you interested in?',
  'What is your highest level of education?',
  'Are you a US citizen?',
  'Less than high school',
  'High school diploma or GED',
  'Some college, no degree',
  'Associate degree',
  "Bachelor's degree",
  "Master's degree",
  'Doctoral degree',
  'Yes',
  'Request info',
  'Submit request',
  'Show more',
  'Online Programs Available',
  'Doctorate',
  "Master's",
  "Bachelor's",
  "Associate's",
  'Certificate',
  'First name',
  'Last name',
  'Phone',
  'ZIP code',
  'By checking this box',
  'Consent is not a condition',
  'Requires a',
  'Open to US citizens only',
  'No program in',
  'pay to be shown',
  'not a ranking',
] as const;

/** Common English words no Spanish UI sentence contains. */
export const ENGLISH_WORDS =
  /\b(the|your|please|enter|select|schools?|programs?|request|submit|close|show|more|matche?s?|matching|sponsored|answers?|change|field|required|choose|clear|start over|featured)\b/i;

const PLACEHOLDER = '\u0000';

/** Every string reachable in a messages table, functions called with placeholders and split around them. */
function fragments(value: unknown): string[] {
  if (typeof value === 'string') return value.split(PLACEHOLDER);
  if (typeof value === 'function') {
    // Message functions take names (strings) or counts (numbers); try both shapes.
    const call = value as (...args: unknown[]) => unknown;
    return [PLACEHOLDER, 1, 3].flatMap((arg) => {
      try {
        return fragments(call(arg, arg));
      } catch {
        return [];
      }
    });
  }
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(fragments);
  return [];
}

/**
 * English phrases of the product's own en table (at least two words or eight characters, and not
 * also used by the es table), so a string added later is covered without editing this list.
 */
export function englishTablePhrases(): string[] {
  const spanish = new Set(fragments(es).map((s) => s.trim()));
  return [
    ...new Set(
      fragments(en).map((s) =>
        s
          .trim()
          .replace(/^[\d\s]+/, '')
          .trim(),
      ),
    ),
  ].filter((s) => (s.includes(' ') || s.length >= 8) && !spanish.has(s));
}
