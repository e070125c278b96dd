import * as v from 'valibot';
import { OPTIONAL_QUESTION_IDS, type CatalogQuestionId } from '../optionalQuestions.ts';
import { QUESTION_IDS } from '../questions.ts';
import { STATE_CODES, type StateCode } from '../zipState.ts';

/** The levels a program can have, lowest first. */
export const PROGRAM_LEVELS = ['certificate', 'associate', 'bachelor', 'graduate-certificate', 'master', 'doctorate'] as const;

/** A program's level. */
export type ProgramLevel = (typeof PROGRAM_LEVELS)[number];

/**
 * Validates `input` through the schema's Standard Schema entry point, which keeps v.safeParse out of the
 * bundle: `issues` (valibot's, first found first) when invalid, else the output as `value`.
 */
export const validate = <T extends v.GenericSchema>(schema: T, input: unknown) =>
  schema['~standard'].validate(input) as { value: v.InferOutput<T>; issues?: [v.InferIssue<T>, ...v.InferIssue<T>[]] };

/**
 * The output, or `[JSON path, what is wrong]` for the first valibot issue, its path appended to `base` (shared
 * by parseCatalog and buildLead).
 */
export function check<T extends v.GenericSchema>(schema: T, raw: unknown, base: string): v.InferOutput<T> | [string, string] {
  const { value, issues } = validate(schema, raw);
  if (!issues) return value;
  const [issue] = issues;
  // Only object keys: these schemas hold no v.array (lists are checked item by item by their callers).
  for (const item of issue.path ?? []) base += `.${item.key}`;
  // Cut short: hostile catalogs can hold megabyte strings, and valibot's message quotes the value.
  return [base, issue.message.slice(0, 160)];
}

// Few custom messages: valibot's own English names what was expected and what came ("Invalid type: Expected
// string but received 5"), and parseCatalog puts the JSON path in front. Only rules whose expectation
// valibot cannot show clearly (lengths, checks, oneOf) say it in words.

/** Any string (one shared instance). */
export const STRING = v.string();

/** Trims the string (one shared instance, shared with the lead schema). */
export const TRIM = v.trim();

const ANY = v.unknown();

/**
 * Any value `test` accepts, typed as T: one v.check on v.unknown, so the bundle needs neither v.number,
 * v.array nor v.picklist (shared with the lead schema). `options`, on the check, are for leadJsonSchema.
 */
const checked = <T>(test: (input: any) => boolean, message?: v.ErrorMessage<v.CheckIssue<unknown>>, options?: readonly unknown[]) =>
  v.pipe(ANY, Object.assign(v.check(test, message), { options })) as unknown as v.GenericSchema<T>;

/** One of `options` (shared with the lead schema); the message names them and the value that came. */
export const oneOf = <const T>(options: readonly T[]) =>
  checked<T>((input) => options.includes(input), (issue) => `must be one of ${options.join(', ')}; got ${issue.received}`, options);

/** true or false: a oneOf, so the bundle needs no v.boolean (shared with the lead schema). */
export const BooleanSchema = oneOf([true, false]);
const BOOL = v.optional(BooleanSchema, false);

/**
 * A length rule for strings, shared with the lead schema: a regex, so the lead's JSON Schema carries it as a
 * pattern, and one valibot action fewer in the bundle than minLength and maxLength.
 */
export const length = (max: number, min = 1, message?: string) => v.regex(RegExp(`^[\\s\\S]{${min},${max}}$`), message);

/** A whole number, `min` or more (shared with the lead schema). */
export const wholeNumber = (min: number, message?: string) => checked<number>((n) => Number.isInteger(n) && n >= min, message);

/** Plain text, trimmed, 1 to `max` characters (shared with the lead schema); max keeps a hostile catalog from filling the page. */
export const text = (max: number) => v.pipe(STRING, TRIM, length(max, 1, `must be 1 to ${max} characters`));

/** A catalog id: 1 to 120 lower-case letters, digits and hyphens. */
export const IdSchema = v.pipe(STRING, v.regex(/^[a-z0-9-]{1,120}$/));

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
export const ProgramShell = v.object({ id: IdSchema, name: TextSchema, level: oneOf(PROGRAM_LEVELS), subjects: LIST, states: StatesSchema });

/** A school as parseCatalog first reads it: its programs and featured ids are checked one by one afterwards. */
export const SchoolShell = v.object({
  id: IdSchema,
  name: TextSchema,
  rank: wholeNumber(1, 'must be a whole number, 1 or more'),
  online: BOOL,
  // Each of the three qualifying questions, then any optional ones, once each, in the order the school asks them.
  questions: checked<CatalogQuestionId[]>(
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
export const ProgramSchema = /* @__PURE__ */ v.object({ ...ProgramShell.entries, subjects: /* @__PURE__ */ v.array(IdSchema) });

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
