import type { ContactField } from '../../src/lead/schema.ts';
import type { Military, StartDate } from '../../src/optionalQuestions.ts';
import { ENGLISH_STATE_NAMES } from './stateNames.ts';
import type { Citizenship, EducationLevel, QuestionId } from '../../src/questions.ts';

/** "1 school" / "3 schools": the count and the word in the form that count takes. */
export const count = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

// One message per name field covers every way a name is refused: empty, other characters, too long.
const NAME = "Enter up to 50 letters, spaces or ' - .";

/** The program headings of a popular school, in display order (both certificate levels share the last). */
export type LevelHeading = 'doctorate' | 'master' | 'bachelor' | 'associate' | 'certificate';

/** The status line of a sent request form, by the form's status. */
export type SentStatus = 'sending' | 'delivered' | 'queued';

/**
 * The English string table (the widget's and the request dialog's); its shape is the `Messages` type every
 * locale fills. Every visible string is here, looked up by name.
 */
export const en = {
  featured: 'Featured Schools',
  popular: 'Popular Schools',
  sponsored: 'Sponsored',
  /** The disclosure behind the "Sponsored" label. */
  note: 'These schools pay to be shown here. The order is not a ranking of quality.',
  /** The question texts, which label their selects. */
  questions: {
    subject: 'Which subject are you interested in?',
    educationLevel: 'What is your highest level of education?',
    usCitizen: 'Are you a US citizen?',
    postalCode: 'What is your ZIP code?',
    military: 'Are you affiliated with the US military?',
    startDate: 'When would you like to start?',
  } satisfies Record<QuestionId, string>,
  /** The option labels of the questions whose options the widget defines (subjects come from the catalog). */
  options: {
    educationLevel: {
      'no-diploma': 'Less than high school',
      'high-school': 'High school diploma or GED',
      'some-college': 'Some college, no degree',
      associate: 'Associate degree',
      bachelor: "Bachelor's degree",
      master: "Master's degree",
      doctorate: 'Doctoral degree',
    } satisfies Record<EducationLevel, string>,
    usCitizen: { yes: 'Yes', no: 'No' } satisfies Record<Citizenship, string>,
    military: {
      no: 'No',
      'active-duty': 'Active duty',
      veteran: 'Veteran',
      reserve: 'Reserve or National Guard',
      spouse: 'Military spouse or dependent',
    } satisfies Record<Military, string>,
    startDate: {
      immediately: 'Immediately',
      '1-3-months': 'In 1–3 months',
      '4-6-months': 'In 4–6 months',
      '7-12-months': 'In 7–12 months',
      'over-1-year': 'In more than a year',
      'not-sure': 'Not sure yet',
    } satisfies Record<StartDate, string>,
  },
  /** Beside the ZIP code question when what was typed is not a US ZIP code (it is then not an answer). */
  zipInvalid: 'Enter a 5-digit US ZIP code',
  select: 'Select…',
  online: 'Online Programs Available',
  levelHeadings: {
    doctorate: 'Doctorate',
    master: "Master's",
    bachelor: "Bachelor's",
    associate: "Associate's",
    certificate: 'Certificate',
  } satisfies Record<LevelHeading, string>,
  /** The legend of the programs to pick from, on a featured card and in the request form. */
  program: 'Program',
  requestInfo: 'Request info',
  /** Why a school shows no program (or fewer), by the kind of HiddenReason (src/eligibility.ts). */
  needsDiploma: 'These programs need a high school diploma or GED',
  levelNotOpen: 'Not open at your level of education',
  citizensOnly: 'Open to US citizens only',
  // Only a bachelor's or master's is ever required (src/eligibility.ts), hence "a".
  requiresEducation: (degree: string) => `Requires a ${degree.toLowerCase()}`,
  noProgramIn: (subject: string) => `No program in ${subject}`,
  /** Why a program is hidden for the ZIP code's state (a name from stateNames.ts), and refused in the request form. */
  notAvailableIn: (state: string) => `Not available in ${state}`,
  /** The name of each state code (src/zipState.ts). */
  states: ENGLISH_STATE_NAMES,
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
  fieldLabels: {
    firstName: 'First name',
    lastName: 'Last name',
    email: 'Email',
    phone: 'Phone',
    postalCode: 'ZIP code',
  } satisfies Record<ContactField, string>,
  /** Shown beside a refused contact field whatever the reason, and beside the unchecked consent. */
  fieldErrors: {
    firstName: NAME,
    lastName: NAME,
    email: 'Enter an email like name@example.com.',
    phone: 'Enter a US phone like (212) 555-0123.',
    postalCode: 'Enter a 5-digit ZIP like 10001.',
    consent: 'Check this box to agree, or close the form.',
  } satisfies Record<ContactField | 'consent', string>,
  /**
   * The consent text beside the checkbox when the school's catalog entry has none; {school} is the school's
   * name. It travels with the lead, so it is the exact text the student agreed to.
   */
  defaultConsent:
    'By checking this box and submitting this form, I agree that {school} may contact me about its programs ' +
    'by email, phone and text message, including by automated means, at the email and phone number I provided. ' +
    'Consent is not a condition of enrollment or purchase. Message and data rates may apply.',
  /** The announced summary when a submission has errors. */
  fix: 'Fix the marked fields.',
  submit: 'Submit request',
  /** The status line while sending and once sent or saved. */
  sent: {
    sending: () => 'Sending…',
    delivered: (school: string) => `Thanks! Your request was sent to ${school}.`,
    queued: (school: string) => `Saved: your request to ${school} will be sent once you are online.`,
  } satisfies Record<SentStatus, (school: string) => string>,
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
