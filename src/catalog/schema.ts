import * as v from 'valibot';
import { QUESTION_IDS } from '../questions.ts';

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

// Few custom messages: valibot's own English names what was expected and what came ("Invalid type: Expected
// string but received 5"), and parseCatalog puts the JSON path in front. Only rules whose expectation
// valibot cannot show clearly (lengths, code checks) say it in words.

/** Any string (one shared instance). */
export const STRING = v.string();

/** true or false: a picklist, so the bundle needs no v.boolean (shared with the lead schema). */
export const BooleanSchema = v.picklist([true, false] as never[]) as unknown as v.GenericSchema<boolean>;
const BOOL = v.optional(BooleanSchema, false);

/**
 * A length rule for strings, shared with the lead schema: a regex, so the lead's JSON Schema carries it as a
 * pattern, and one valibot action fewer in the bundle than minLength and maxLength.
 */
export const length = (max: number, min = 1, message?: string) => v.regex(RegExp(`^[\\s\\S]{${min},${max}}$`), message);

/**
 * A whole number, `min` or more (shared with the lead schema). The check proves it is a number, so no
 * v.number is needed: one valibot schema type fewer in the bundle.
 */
export const wholeNumber = (min: number, message?: string) =>
  v.pipe(v.unknown(), v.check((n) => Number.isInteger(n) && (n as number) >= min, message)) as unknown as v.GenericSchema<number>;

/** Plain text, trimmed, 1 to `max` characters (shared with the lead schema); max keeps a hostile catalog from filling the page. */
export const text = (max: number) => v.pipe(STRING, v.trim(), length(max, 1, `must be 1 to ${max} characters`));

/** A catalog id: 1 to 120 lower-case letters, digits and hyphens. */
export const IdSchema = v.pipe(STRING, v.regex(/^[a-z0-9-]{1,120}$/));

const TextSchema = text(300);

/** A subject a program can be tagged with. */
export const SubjectSchema = v.object({ id: IdSchema, label: TextSchema });

// parseCatalog reads schools and programs in two layers so one bad program, featured id or subject id
// costs only itself, not the whole school: first these shells, whose lists are checked item by item
// after. The full schemas below are for types, tests and tools; marked pure, they stay out of the bundle.
const LIST = v.array(v.unknown());

/** A program as parseCatalog first reads it: its subject ids are checked one by one afterwards. */
export const ProgramShell = v.object({ id: IdSchema, name: TextSchema, level: v.picklist(PROGRAM_LEVELS), subjects: LIST });

/** A school as parseCatalog first reads it: its programs and featured ids are checked one by one afterwards. */
export const SchoolShell = v.object({
  id: IdSchema,
  name: TextSchema,
  rank: wholeNumber(1, 'must be a whole number, 1 or more'),
  online: BOOL,
  questions: v.pipe(
    v.array(v.picklist(QUESTION_IDS)),
    v.check((ids) => ids.length === 3 && new Set(ids).size === 3, 'must list each of subject, educationLevel, usCitizen once'),
  ),
  // The default goes through the object schema too, so every school gets its own { requiresUsCitizen: false }.
  rules: v.optional(v.object({ requiresUsCitizen: BOOL }), {}),
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
export const CatalogTopSchema = v.object({ version: v.picklist([1]), subjects: v.array(SubjectSchema), schools: LIST });

/** A whole, valid catalog. */
export const CatalogSchema = /* @__PURE__ */ v.object({ ...CatalogTopSchema.entries, schools: /* @__PURE__ */ v.array(SchoolSchema) });

/** A subject of the catalog. */
export type Subject = v.InferOutput<typeof SubjectSchema>;
/** A program of the catalog. */
export type Program = v.InferOutput<typeof ProgramSchema>;
/** A school of the catalog. */
export type School = v.InferOutput<typeof SchoolSchema>;
/** A validated catalog: schools sorted by rank, every school with at least one program. */
export type Catalog = v.InferOutput<typeof CatalogSchema>;
