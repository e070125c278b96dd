import { requestMessages } from '../request/messages.ts';
import type { Messages } from './Messages.ts';

const plural = (count: number, one: string, many: string): string => `${count} ${count === 1 ? one : many}`;

/** The English string table. */
export const en: Messages = {
  featuredHeading: 'Featured Schools',
  popularHeading: 'Popular Schools',
  sponsored: 'Sponsored',
  sponsoredSummary: 'About these listings',
  sponsoredDetails:
    'The schools listed here pay to be shown. Their order is not a ranking of quality.',
  selectPlaceholder: 'Select…',
  onlinePrograms: 'Online Programs Available',
  programHeadings: {
    doctorate: 'Doctorate',
    master: "Master's",
    bachelor: "Bachelor's",
    associate: "Associate's",
    certificate: 'Certificate',
  },
  featuredPrograms: (school) => `Featured programs at ${school}`,
  chooseProgram: 'Choose a program',
  requestInfo: 'Request info',
  noMatch: 'No program here matches your answers:',
  educationNoun: {
    'no-diploma': 'no high school diploma',
    'high-school': 'a high school diploma or GED',
    'some-college': 'some college',
    associate: 'an associate degree',
    bachelor: "a bachelor's degree",
    master: "a master's degree",
    doctorate: 'a doctoral degree',
  },
  requiresEducation: (noun) => `Requires ${noun}`,
  levelNotOpen: (noun) => `Not open to students who already have ${noun}`,
  needsDiploma: 'These programs need a high school diploma or GED',
  citizenshipOnly: 'Open to US citizens only',
  noProgramInSubject: (subject) => `No program in ${subject}`,
  hiddenSchools: (count) => `${plural(count, "school doesn't", "schools don't")} match your answers`,
  showMore: 'Show more',
  yourAnswers: 'Your answers',
  clear: 'Clear',
  clearAnswer: (question) => `Clear: ${question}`,
  startOver: 'Start over',
  resultCount: (programs, schools) =>
    programs === 0
      ? 'No programs match your answers'
      : `${plural(programs, 'program', 'programs')} at ${plural(schools, 'school', 'schools')} ${programs === 1 ? 'matches' : 'match'} your answers`,
  allResults: (programs, schools) =>
    `Showing all ${plural(programs, 'program', 'programs')} at ${plural(schools, 'school', 'schools')}`,
  beforeRequest: 'Before you request info, please answer:',
  continueRequest: 'Continue',
  answerAllFirst: 'Please answer every question above first.',
  ...requestMessages.en,
};
