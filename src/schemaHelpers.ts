// Valibot building blocks shared by the catalog and lead schemas, and the way both are validated.
import * as v from 'valibot';

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
export function check<T extends v.GenericSchema>(
  schema: T,
  raw: unknown,
  base: string,
): v.InferOutput<T> | [string, string] {
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
 * Any value `test` accepts, typed as T (shared with the catalog schema): one v.check on v.unknown, so the bundle needs neither v.number,
 * v.array nor v.picklist (shared with the lead schema). `options`, on the check, are for leadJsonSchema.
 */
export const checked = <T>(
  test: (input: any) => boolean,
  message?: v.ErrorMessage<v.CheckIssue<unknown>>,
  options?: readonly unknown[],
) => v.pipe(ANY, Object.assign(v.check(test, message), { options })) as unknown as v.GenericSchema<T>;

/** One of `options` (shared with the lead schema); the message names them and the value that came. */
export const oneOf = <const T>(options: readonly T[]) =>
  checked<T>(
    (input) => options.includes(input),
    (issue) => `must be one of ${options.join(', ')}; got ${issue.received}`,
    options,
  );

/** true or false: a oneOf, so the bundle needs no v.boolean (shared with the lead schema). */
export const BooleanSchema = oneOf([true, false]);

/**
 * A length rule for strings, shared with the lead schema: a regex, so the lead's JSON Schema carries it as a
 * pattern, and one valibot action fewer in the bundle than minLength and maxLength.
 */
export const length = (max: number, min = 1, message?: string) => v.regex(RegExp(`^[\\s\\S]{${min},${max}}$`), message);

/** A whole number, `min` or more (shared with the lead schema). */
export const wholeNumber = (min: number, message?: string) =>
  checked<number>((n) => Number.isInteger(n) && n >= min, message);

/** Plain text, trimmed, 1 to `max` characters (shared with the lead schema); max keeps a hostile catalog from filling the page. */
export const text = (max: number) => v.pipe(STRING, TRIM, length(max, 1, `must be 1 to ${max} characters`));
