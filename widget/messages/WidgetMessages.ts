import type { EducationLevel } from '../../src/questions.ts';
import type { ProgramHeading } from '../../src/programHeadings.ts';

/** Every string the widget's own components show (the request dialog's strings are merged in separately). */
export interface WidgetMessages {
  featuredHeading: string;
  popularHeading: string;
  sponsored: string;
  sponsoredSummary: string;
  sponsoredDetails: string;
  selectPlaceholder: string;
  onlinePrograms: string;
  programHeadings: Record<ProgramHeading, string>;
  featuredPrograms: (school: string) => string;
  chooseProgram: string;
  requestInfo: string;
  noMatch: string;
  /** The education as an object of "requires …" / "already have …" ("a bachelor's degree"). */
  educationNoun: Record<EducationLevel, string>;
  requiresEducation: (noun: string) => string;
  levelNotOpen: (noun: string) => string;
  needsDiploma: string;
  citizenshipOnly: string;
  noProgramInSubject: (subject: string) => string;
  hiddenSchools: (count: number) => string;
  showMore: string;
  yourAnswers: string;
  clear: string;
  clearAnswer: (question: string) => string;
  startOver: string;
  resultCount: (programs: number, schools: number) => string;
  allResults: (programs: number, schools: number) => string;
  beforeRequest: string;
  continueRequest: string;
  answerAllFirst: string;
}
