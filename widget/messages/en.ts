/** "1 school" / "3 schools": the count and the word in the form that count takes. */
export const count = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

// One message per name field covers every way a name is refused: empty, other characters, too long.
const NAME = "Enter up to 50 letters, spaces or ' - .";

/**
 * The English string table (the widget's and the request dialog's); its shape is the `Messages` type every
 * locale fills. The keys named after `HiddenReason` kinds let a reason be looked up directly; "{0}" in them
 * is filled in by `HiddenReasons`.
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
  /** The legend of the programs to pick from, on a featured card and in the request form. */
  program: 'Program',
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
  answerAll: 'Answer every question above.',
  next: 'Continue',
  /** The request dialog's heading and accessible name; also labels the buttons offering other schools. */
  title: (school: string) => `Request info from ${school}`,
  close: 'Close',
  /** Contact field labels, in CONTACT_FIELDS order. */
  labels: ['First name', 'Last name', 'Email', 'Phone', 'ZIP code'],
  /** Shown beside a refused contact field (in CONTACT_FIELDS order) whatever the reason; then the unchecked consent. */
  errors: [NAME, NAME, 'Enter an email like name@example.com.', 'Enter a US phone like (212) 555-0123.', 'Enter a 5-digit ZIP like 10001.', 'Check this box to agree, or close the form.'],
  /** The announced summary when a submission has errors. */
  fix: 'Fix the marked fields.',
  submit: 'Submit request',
  /** The status line while sending and once sent or saved, by the form's state. */
  sending: () => 'Sending…',
  delivered: (school: string) => `Thanks! Your request was sent to ${school}.`,
  queued: (school: string) => `Saved: your request to ${school} will be sent once you are online.`,
  rejected: 'Not accepted: fix the marked fields and submit again.',
  /** Shown beside a field the receiver refused; empty: show the receiver's own (English) message. */
  refused: '',
  failed: 'Sending failed; submit again.',
  noMatch: (school: string) => `No ${school} program matches your answers.`,
  others: 'Other matching schools',
  honeypot: 'Leave empty',
};

/** One locale's complete string table. */
export type Messages = typeof en;
