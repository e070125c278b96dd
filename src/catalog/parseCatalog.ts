import * as v from 'valibot';
import { CatalogTopSchema, ProgramSchema, SchoolSchema, type Catalog, type Program, type School } from './schema.ts';

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

// Schools and programs are checked in two layers so one bad program, featured id or subject id
// costs only itself, not the whole school.
const list = (of: string) => v.array(v.unknown(), `must be an array of ${of}`);
const SchoolShell = v.object({ ...SchoolSchema.entries, featured: v.optional(list('program ids')), programs: list('programs') }, 'must be an object');
const ProgramShell = v.object({ ...ProgramSchema.entries, subjects: list('subject ids') }, 'must be an object');
const HINT = '; expected {"version": 1, "subjects": [...], "schools": [...]}';

// Hostile catalogs can hold megabyte strings; a message must stay readable in a console.
const show = (value: unknown): string => (typeof value === 'string' ? `"${value.slice(0, 80)}"` : typeof value);

/** The output, or `[JSON path, "what is wrong; got …"]` for the first valibot issue below `base`. */
function check<T extends v.GenericSchema>(schema: T, raw: unknown, base: string): v.InferOutput<T> | [string, string] {
  const result = v.safeParse(schema, raw, { abortEarly: true });
  if (result.success) return result.output;
  const issue = result.issues[0];
  for (const item of issue.path ?? []) base += typeof item.key === 'number' ? `[${item.key}]` : `.${String(item.key)}`;
  return [base, issue.received === 'undefined' ? 'is missing; add it' : `${issue.message}; got ${issue.received.slice(0, 80)}`];
}

/** Validates an untrusted catalog: never throws, skips (and reports) bad schools and programs, sorts by rank. */
export function parseCatalog(input: unknown): CatalogResult {
  const fail = (path: string, message: string): CatalogResult => ({ ok: false, error: { path, message } });
  const repeats = (id: string) => `repeats the id "${id}"; ids must be unique`;
  try {
    if (Array.isArray(input)) return fail('$', `must be a JSON object; got an array${HINT}`);
    const top = check(CatalogTopSchema, input, '$');
    if (Array.isArray(top)) return fail(top[0], top[1] + HINT);
    const subjectIds = new Set<string>();
    for (const [k, { id }] of top.subjects.entries()) {
      if (subjectIds.has(id)) return fail(`$.subjects[${k}].id`, repeats(id));
      subjectIds.add(id);
    }
    const skipped: SkippedItem[] = [];
    const skip = (path: string, id: unknown, why: string, where = path): void => {
      const reason = `${where}: ${why}`;
      skipped.push(typeof id === 'string' ? { path, id: id.slice(0, 120), reason } : { path, reason });
    };
    const idOf = (raw: unknown): unknown => (raw as { id?: unknown } | null)?.id;
    // Keeps the ids listed in `known` (once each), reporting every other entry.
    const keep = (ids: unknown[], at: string, known: string, ok: (id: string) => boolean): string[] =>
      ids.filter((id, k): id is string => {
        const good = typeof id === 'string' && ok(id);
        const once = ids.indexOf(id) === k;
        if (!good || !once) skip(`${at}[${k}]`, id, good ? repeats(id) : `${show(id)} is not in ${known}; add it there or remove it`);
        return good && once;
      });
    const schoolIds = new Set<string>();
    const programIds = new Set<string>();
    const schools: School[] = [];
    top.schools.forEach((raw, i) => {
      const at = `$.schools[${i}]`;
      const s = check(SchoolShell, raw, at);
      if (Array.isArray(s)) return skip(at, idOf(raw), s[1], s[0]);
      if (schoolIds.has(s.id)) return skip(at, s.id, repeats(s.id), `${at}.id`);
      const programs: Program[] = [];
      s.programs.forEach((rawProgram, j) => {
        const pat = `${at}.programs[${j}]`;
        const p = check(ProgramShell, rawProgram, pat);
        if (Array.isArray(p)) return skip(pat, idOf(rawProgram), p[1], p[0]);
        if (programIds.has(p.id)) return skip(pat, p.id, repeats(p.id), `${pat}.id`);
        programIds.add(p.id);
        p.subjects = keep(p.subjects, `${pat}.subjects`, '$.subjects', (id) => subjectIds.has(id));
        programs.push(p as Program);
      });
      if (!programs.length) return skip(at, s.id, 'has no valid program; add one', `${at}.programs`);
      schoolIds.add(s.id);
      const { featured, ...school } = s;
      // A school is featured only through programs it really has.
      const own = featured && keep(featured, `${at}.featured`, `${at}.programs`, (id) => programs.some((p) => p.id === id));
      schools.push({ ...school, programs, ...(own?.length && { featured: own }) });
    });
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
