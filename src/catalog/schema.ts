import * as v from 'valibot';
import { QUESTION_IDS } from '../questions.ts';

/** The levels a program can have, lowest first. */
export const PROGRAM_LEVELS = ['certificate', 'associate', 'bachelor', 'graduate-certificate', 'master', 'doctorate'] as const;

/** A program's level. */
export type ProgramLevel = (typeof PROGRAM_LEVELS)[number];

const STRING = v.string('must be a string');
const BOOL = v.boolean('must be true or false');
const oneOf = <T extends readonly string[]>(items: T) => v.picklist(items, `must be one of ${items.join(', ')}`);
// Plain text, trimmed; max keeps a hostile catalog from filling the page.
const text = (max: number) =>
  v.pipe(STRING, v.trim(), v.check((s) => s.length > 0 && s.length <= max, `must be 1 to ${max} characters`));

/** A catalog id: 1 to 120 lower-case letters, digits and hyphens. */
export const IdSchema = v.pipe(STRING, v.regex(/^[a-z0-9-]{1,120}$/, 'must be 1 to 120 of a-z, 0-9, -'));

const TextSchema = text(300);

/** A subject a program can be tagged with. */
export const SubjectSchema = v.object({ id: IdSchema, label: TextSchema }, 'must be an object (a subject)');

/** One program of a school. */
export const ProgramSchema = v.object({
  id: IdSchema,
  name: TextSchema,
  level: oneOf(PROGRAM_LEVELS),
  subjects: v.array(IdSchema, 'must be an array of subject ids'),
});

/** One school with its programs and the order it asks its questions in. */
export const SchoolSchema = v.object({
  id: IdSchema,
  name: TextSchema,
  rank: v.pipe(v.number('must be a number'), v.check((n) => Number.isInteger(n) && n > 0, 'must be a whole number, 1 or more')),
  online: v.optional(BOOL, false),
  questions: v.pipe(
    v.array(oneOf(QUESTION_IDS)),
    v.check((ids) => ids.length === 3 && new Set(ids).size === 3, 'must list each of subject, educationLevel, usCitizen once'),
  ),
  // A factory default, so schools never share one mutable object.
  rules: v.optional(v.object({ requiresUsCitizen: v.optional(BOOL, false) }, 'must be an object'), () => ({ requiresUsCitizen: false })),
  featured: v.optional(v.array(IdSchema, 'must be an array of program ids')),
  consentText: v.optional(text(2000)),
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
export const CatalogSchema = v.object({ version: v.literal(1), subjects: v.array(SubjectSchema), schools: v.array(SchoolSchema) });

/** A subject of the catalog. */
export type Subject = v.InferOutput<typeof SubjectSchema>;
/** A program of the catalog. */
export type Program = v.InferOutput<typeof ProgramSchema>;
/** A school of the catalog. */
export type School = v.InferOutput<typeof SchoolSchema>;
/** A validated catalog: schools sorted by rank, every school with at least one program. */
export type Catalog = v.InferOutput<typeof CatalogSchema>;
