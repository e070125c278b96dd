// The npm entry (dist/schoolmatch.mjs): the same widget without side effects; call defineElement() or mount().
export { defineElement } from './element.ts';
export { mount } from './mountWidget.ts';
import { version as packageVersion } from '../package.json';

/** The widget's semver version. */
export const version: string = packageVersion;

export type { MountConfig } from '../src/config/MountConfig.ts';
export type { Handle } from './mountWidget.ts';
export type { SchoolMatchElement } from './element.ts';
export type {
  SchoolMatchEventMap,
  SchoolMatchEventDetail,
  SchoolMatchReadyDetail,
  SchoolMatchAnswerDetail,
  SchoolMatchLeadDetail,
  SchoolMatchErrorDetail,
  SchoolMatchErrorCode,
} from './embedEvents.ts';
export type { EmbedConfig, Locale, Section } from '../src/embedConfig.ts';
export type { Catalog, School, Program, Subject, ProgramLevel } from '../src/catalog/schema.ts';
export type { Lead } from '../src/lead/schema.ts';
export type { Answers, QuestionId, EducationLevel, Citizenship } from '../src/questions.ts';
