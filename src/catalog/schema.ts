import * as v from 'valibot';
import { OPTIONAL_QUESTION_IDS } from '../optionalQuestions.ts';
import { QUESTION_IDS, type QuestionId } from '../questions.ts';
import { BooleanSchema, checked, oneOf, STRING, text, wholeNumber } from '../schemaHelpers.ts';
import { STATE_CODES, type StateCode } from '../zipState.ts';

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

/** A catalog id: 1 to 120 lower-case letters, digits and hyphens. */
export const IdSchema = v.pipe(STRING, v.regex(/^[a-z0-9-]{1,120}$/));

const BOOL = v.optional(BooleanSchema, false);

const TextSchema = text(300);

/** A subject a program can be tagged with. */
export const SubjectSchema = v.object({ id: IdSchema, label: TextSchema });

// parseCatalog reads schools and programs in two layers so one bad program, featured id or subject id
// costs only itself, not the whole school: first these shells, whose lists are checked item by item
// after. The full schemas below are for types, tests and tools; marked pure, they stay out of the bundle.
const LIST = checked<unknown[]>(Array.isArray, 'must be an array');

/** (v2) The states a school or program enrols residents of: two-letter USPS codes; absent means every state. */
export const StatesSchema = v.optional(
  checked<StateCode[]>(
    (codes) => Array.isArray(codes) && codes.length > 0 && codes.every((code) => STATE_CODES.includes(code)),
    (issue) => `must list two-letter USPS state codes like "AR"; got ${JSON.stringify(issue.input).slice(0, 80)}`,
  ),
);

/** A program as parseCatalog first reads it: its subject ids are checked one by one afterwards. */
export const ProgramShell = v.object({
  id: IdSchema,
  name: TextSchema,
  level: oneOf(PROGRAM_LEVELS),
  subjects: LIST,
  states: StatesSchema,
});

/** A school as parseCatalog first reads it: its programs and featured ids are checked one by one afterwards. */
export const SchoolShell = v.object({
  id: IdSchema,
  name: TextSchema,
  rank: wholeNumber(1, 'must be a whole number, 1 or more'),
  online: BOOL,
  // Each of the three qualifying questions, then any optional ones, once each, in the order the school asks them.
  questions: checked<QuestionId[]>(
    (ids) =>
      Array.isArray(ids) &&
      QUESTION_IDS.every((id) => ids.includes(id)) &&
      ids.every((id, i) => [...QUESTION_IDS, ...OPTIONAL_QUESTION_IDS].includes(id) && ids.indexOf(id) === i),
    `must list each of ${QUESTION_IDS.join(', ')} once, and may add ${OPTIONAL_QUESTION_IDS.join(', ')}`,
  ),
  // The default goes through the object schema too, so every school gets its own { requiresUsCitizen: false }.
  rules: v.optional(v.object({ requiresUsCitizen: BOOL, states: StatesSchema }), {}),
  featured: v.optional(LIST),
  consentText: v.optional(text(2000)),
  programs: LIST,
});

/** One program of a school. */
export const ProgramSchema = /* @__PURE__ */ v.object({
  ...ProgramShell.entries,
  subjects: /* @__PURE__ */ v.array(IdSchema),
});

/** One school with its programs and the order it asks its questions in. */
export const SchoolSchema = /* @__PURE__ */ v.object({
  ...SchoolShell.entries,
  featured: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.array(IdSchema)),
  programs: /* @__PURE__ */ v.array(ProgramSchema),
});

/** The catalog's top level: the shape a catalog must have to be used at all. */
export const CatalogTopSchema = v.object({ version: oneOf([1]), subjects: LIST, schools: LIST });

/** A whole, valid catalog. */
export const CatalogSchema = /* @__PURE__ */ v.object({
  // (v2) Editors read it to find the JSON Schema; the widget ignores it.
  $schema: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.unknown()),
  version: CatalogTopSchema.entries.version,
  subjects: /* @__PURE__ */ v.array(SubjectSchema),
  schools: /* @__PURE__ */ v.array(SchoolSchema),
});

/** A subject of the catalog. */
export type Subject = v.InferOutput<typeof SubjectSchema>;
/** A program of the catalog. */
export type Program = v.InferOutput<typeof ProgramSchema>;
/** A school of the catalog. */
export type School = v.InferOutput<typeof SchoolSchema>;
/** A validated catalog: schools sorted by rank, every school with at least one program. */
export type Catalog = v.InferOutput<typeof CatalogSchema>;
