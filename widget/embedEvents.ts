import type { QuestionId } from '../src/questions.ts';

/** `schoolmatch:ready`: the catalog is loaded and every school is shown (a large one renders in slices first). */
export interface SchoolMatchReadyDetail {
  schools: number;
  programs: number;
}

/** `schoolmatch:answer`: the student answered a qualifying question. */
export interface SchoolMatchAnswerDetail {
  question: QuestionId;
  value: string;
}

/** `schoolmatch:lead`: a lead was delivered, or saved to be sent later. Never carries contact details. */
export interface SchoolMatchLeadDetail {
  leadId: string;
  schoolId: string;
  programId: string;
  status: 'delivered' | 'queued';
}

/** Why the widget shows nothing: a publisher mistake or unreachable/invalid data. */
export type SchoolMatchErrorCode =
  'config-invalid' | 'catalog-unreachable' | 'catalog-invalid' | 'target-invalid' | 'internal';

/** `schoolmatch:error`: the widget could not render; `message` is the console text. */
export interface SchoolMatchErrorDetail {
  code: SchoolMatchErrorCode;
  message: string;
}

/** Every event the widget dispatches on its element (or mount target), with its detail. */
export interface SchoolMatchEventMap {
  'schoolmatch:ready': CustomEvent<SchoolMatchReadyDetail>;
  'schoolmatch:answer': CustomEvent<SchoolMatchAnswerDetail>;
  'schoolmatch:lead': CustomEvent<SchoolMatchLeadDetail>;
  'schoolmatch:error': CustomEvent<SchoolMatchErrorDetail>;
}

/** The detail type of one widget event. */
export type SchoolMatchEventDetail<K extends keyof SchoolMatchEventMap> =
  SchoolMatchEventMap[K] extends CustomEvent<infer D> ? D : never;
