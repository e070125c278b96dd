import { requestMessages } from '../request/messages.ts';

/** "1 school" / "3 schools": the count and the word in the form that count takes. */
export const count = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/**
 * The English string table; its shape is the `Messages` type every locale fills. The keys named after
 * `HiddenReason` kinds let a reason be looked up directly; "{0}" in them is filled in by `HiddenReasons`.
 */
export const en = {
  featured: 'Featured Schools',
  popular: 'Popular Schools',
  sponsored: 'Sponsored',
  /** The disclosure behind the "Sponsored" label. */
  note: 'These schools pay to be shown here. The order is not a ranking of quality.',
  select: 'Select…',
  online: 'Online Programs Available',
  /** Program headings in display order: doctorate, master, bachelor, associate, certificate. */
  levels: ['Doctorate', "Master's", "Bachelor's", "Associate's", 'Certificate'],
  choose: 'Choose a program',
  requestInfo: 'Request info',
  'needs-diploma': 'These programs need a high school diploma or GED',
  'level-not-open': 'Not open at your level of education',
  citizenship: 'Open to US citizens only',
  // {0} is the degree (only a bachelor's or master's is ever required, see src/eligibility.ts, hence "a").
  'requires-education': 'Requires a {0}',
  // {0} is the subject's label.
  subject: 'No program in {0}',
  hidden: (n: number) => `${count(n, "school doesn't", "schools don't")} match your answers`,
  more: 'Show more',
  answers: 'Your answers',
  clear: 'Clear',
  reset: 'Start over',
  /** The announced result count; `all` before any answer. */
  results: (programs: number, schools: number, all: boolean) =>
    `${count(programs, 'program', 'programs')} at ${count(schools, 'school', 'schools')}${
      all ? '' : programs === 1 ? ' matches your answers' : ' match your answers'
    }`,
  answerAll: 'Please answer every question above.',
  next: 'Continue',
  ...requestMessages.en,
};

/** One locale's complete string table: the widget's own strings plus the request dialog's. */
export type Messages = typeof en;
