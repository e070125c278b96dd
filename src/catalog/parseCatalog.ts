import * as v from 'valibot';
import { CatalogTopSchema, ProgramShell, SchoolShell, validate, type Catalog, type School } from './schema.ts';

/** Why a catalog cannot be used at all. */
export interface CatalogError {
  /** The JSON path of the wrong value, like "$.schools". */
  path: string;
  /** What is wrong and how to fix it (no final period). */
  message: string;
}

/** A school, program or value left out of an otherwise usable catalog. */
export interface SkippedItem {
  /** The JSON path of what was left out, like "$.schools[3].programs[1]". */
  path: string;
  /** Its id, when it had one. */
  id?: string;
  /** Why, starting with the JSON path of the wrong value. */
  reason: string;
}

/** The outcome of parsing a catalog: a usable catalog plus what was skipped, or why none is usable. */
export type CatalogResult = { ok: true; catalog: Catalog; skipped: SkippedItem[] } | { ok: false; error: CatalogError };

const HINT = '. A catalog looks like {"version": 1, "subjects": [...], "schools": [...]}';

/** The output, or `[JSON path, what is wrong]` for the first valibot issue below `base`. */
function check<T extends v.GenericSchema>(schema: T, raw: unknown, base: string): v.InferOutput<T> | [string, string] {
  const { value, issues } = validate(schema, raw);
  if (!issues) return value;
  const [issue] = issues;
  for (const item of issue.path ?? []) base += typeof item.key === 'number' ? `[${item.key}]` : `.${String(item.key)}`;
  // Cut short: hostile catalogs can hold megabyte strings, and valibot's message quotes the value.
  return [base, issue.message.slice(0, 160)];
}

/** Validates an untrusted catalog: never throws, skips (and reports) bad schools and programs, sorts by rank. */
export function parseCatalog(input: unknown): CatalogResult {
  const fail = (path: string, message: string): CatalogResult => ({ ok: false, error: { path, message } });
  const repeats = (id: string) => `repeats the id "${id}"; ids must be unique`;
  const skipped: SkippedItem[] = [];
  const skip = (path: string, id: unknown, reason: string): void => {
    skipped.push(typeof id === 'string' ? { path, id: id.slice(0, 120), reason } : { path, reason });
  };
  // Keeps the ids `ok` accepts (once each), reporting every other entry.
  const keep = (ids: unknown[], at: string, known: string, ok: (id: string) => boolean): string[] =>
    ids.filter((id, k): id is string => {
      const good = typeof id === 'string' && ok(id);
      const once = ids.indexOf(id) === k;
      if (!good || !once) {
        const path = `${at}[${k}]`;
        skip(path, id, `${path}: ${good ? repeats(id) : `${JSON.stringify(String(id).slice(0, 80))} is not in ${known}; add it there or remove it`}`);
      }
      return good && once;
    });
  // The schools or programs of `list` that `schema` accepts, with ids not `seen` before and no problem
  // `finish` finds; every other one is skipped with the JSON path of what is wrong.
  const valid = <T extends { id: string }>(list: unknown[], schema: v.GenericSchema<unknown, T>, at: string, seen: Set<string>, finish: (item: T, path: string) => string | void): T[] =>
    list.flatMap((raw, i) => {
      const path = `${at}[${i}]`;
      const item = check(schema, raw, path);
      const problem = Array.isArray(item) ? `${item[0]}: ${item[1]}` : seen.has(item.id) ? `${path}.id: ${repeats(item.id)}` : finish(item, path);
      if (problem) {
        skip(path, (raw as { id?: unknown } | null)?.id, problem);
        return [];
      }
      seen.add((item as T).id);
      return [item as T];
    });
  try {
    if (Array.isArray(input)) return fail('$', `Expected Object but received Array${HINT}`);
    const top = check(CatalogTopSchema, input, '$');
    if (Array.isArray(top)) return fail(top[0], top[1] + HINT);
    const subjectIds = new Set<string>();
    for (const [k, { id }] of top.subjects.entries()) {
      if (subjectIds.has(id)) return fail(`$.subjects[${k}].id`, repeats(id));
      subjectIds.add(id);
    }
    const programIds = new Set<string>();
    const schools = valid(top.schools, SchoolShell, '$.schools', new Set(), (school, at) => {
      const programs = valid(school.programs, ProgramShell, `${at}.programs`, programIds, (program, path) => {
        program.subjects = keep(program.subjects, `${path}.subjects`, '$.subjects', (id) => subjectIds.has(id));
      });
      if (!programs.length) return `${at}.programs: has no valid program; add one`;
      school.programs = programs;
      // A school is featured only through programs it really has.
      const featured = school.featured && keep(school.featured, `${at}.featured`, `${at}.programs`, (id) => programs.some((p) => p.id === id));
      if (featured?.length) school.featured = featured;
      else delete school.featured;
    }) as unknown as School[];
    const first = skipped[0];
    if (!schools.length) return fail('$.schools', `has no valid school${first ? ` (first skipped: ${first.reason})` : ''}; add one`);
    // Array.prototype.sort is stable: equal ranks keep catalog order.
    schools.sort((a, b) => a.rank - b.rank);
    return { ok: true, catalog: { version: 1, subjects: top.subjects, schools }, skipped };
  } catch {
    // Only exotic inputs get here (throwing getters, proxies): bad data, not a bug.
    return fail('$', `could not be read${HINT}`);
  }
}
