import * as v from 'valibot';
import { QUESTION_IDS } from '../questions.ts';

/** The levels a program can have, lowest first. */
export const PROGRAM_LEVELS = [
  'certificate',
  'associate',
  'bachelor',
  'graduate-certificate',
  'master',
  'doctorate',
] as const;

/** A program's level. */
export type ProgramLevel = (typeof PROGRAM_LEVELS)[number];

/** A catalog id: lower-case letters, digits and hyphens. */
export const IdSchema = v.pipe(
  v.string('must be a string'),
  v.regex(/^[a-z0-9-]+$/, 'must be lower-case letters, digits and hyphens ([a-z0-9-]+)'),
  v.maxLength(120, 'must be at most 120 characters'),
);

const TextSchema = v.pipe(
  v.string('must be a string'),
  v.trim(),
  v.minLength(1, 'must not be empty'),
  v.maxLength(300, 'must be at most 300 characters'),
);

/** A subject a program can be tagged with. */
export const SubjectSchema = v.object({ id: IdSchema, label: TextSchema }, 'must be an object (a subject)');

/** One program of a school. */
export const ProgramSchema = v.object({
  id: IdSchema,
  name: TextSchema,
  level: v.picklist(PROGRAM_LEVELS, `must be one of ${PROGRAM_LEVELS.join(', ')}`),
  subjects: v.array(IdSchema, 'must be an array of subject ids'),
});

/** One school with its programs and the order it asks its questions in. */
export const SchoolSchema = v.object({
  id: IdSchema,
  name: TextSchema,
  rank: v.pipe(v.number('must be a number'), v.integer('must be a whole number'), v.minValue(1, 'must be 1 or more')),
  online: v.optional(v.boolean('must be true or false'), false),
  questions: v.pipe(
    v.array(v.picklist(QUESTION_IDS, `must be one of ${QUESTION_IDS.join(', ')}`)),
    v.length(3, 'must list all three questions (subject, educationLevel, usCitizen)'),
    v.check((ids) => new Set(ids).size === 3, 'must list each question once'),
  ),
  rules: v.optional(
    v.object({ requiresUsCitizen: v.optional(v.boolean('must be true or false'), false) }, 'must be an object'),
    // A factory, so schools never share one mutable default object.
    () => ({ requiresUsCitizen: false }),
  ),
  featured: v.optional(v.array(IdSchema, 'must be an array of program ids')),
  consentText: v.optional(
    v.pipe(
      v.string('must be a string'),
      v.trim(),
      v.minLength(1, 'must not be empty (leave it out to use the default consent text)'),
      v.maxLength(2000, 'must be at most 2000 characters'),
    ),
  ),
  programs: v.array(ProgramSchema, 'must be an array of programs'),
});

/** The catalog's top level: the shape a catalog must have to be used at all. */
export const CatalogTopSchema = v.object(
  {
    version: v.literal(1, 'must be 1'),
    subjects: v.array(SubjectSchema, 'must be an array of subjects'),
    schools: v.array(v.unknown(), 'must be an array of schools'),
  },
  'must be a JSON object',
);

/** A whole, valid catalog. */
export const CatalogSchema = v.object({
  version: v.literal(1),
  subjects: v.array(SubjectSchema),
  schools: v.array(SchoolSchema),
});

/** A subject of the catalog. */
export type Subject = v.InferOutput<typeof SubjectSchema>;
/** A program of the catalog. */
export type Program = v.InferOutput<typeof ProgramSchema>;
/** A school of the catalog. */
export type School = v.InferOutput<typeof SchoolSchema>;
/** A validated catalog: schools sorted by rank, every school with at least one program. */
export type Catalog = v.InferOutput<typeof CatalogSchema>;
