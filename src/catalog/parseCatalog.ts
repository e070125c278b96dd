import * as v from 'valibot';
import { check } from '../schemaHelpers.ts';
import {
  CatalogTopSchema,
  ProgramShell,
  SchoolShell,
  SubjectSchema,
  type Catalog,
  type School,
  type Subject,
} from './schema.ts';

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

/** (v2) Something the widget fixed in a usable catalog and that its author should fix too. */
export interface CatalogWarning {
  /** The JSON path of what was fixed, like "$.schools[3].questions". */
  path: string;
  /** What was fixed and how to fix it in the catalog (no final period). */
  message: string;
}

/** The outcome of parsing a catalog: a usable catalog plus what was skipped and fixed, or why none is usable. */
export type CatalogResult =
  | { ok: true; catalog: Catalog; skipped: SkippedItem[]; warnings: CatalogWarning[] }
  | { ok: false; error: CatalogError };

const HINT = '. A catalog is {"version": 1, "subjects": [...], "schools": [...]}';

/** How many schools parseCatalogInSteps validates between two steps. */
const SCHOOLS_PER_STEP = 100;

/** Validates an untrusted catalog: never throws, skips (and reports) bad schools and programs, sorts by rank. */
export function parseCatalog(input: unknown): CatalogResult {
  const steps = parseCatalogInSteps(input);
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

/**
 * parseCatalog in steps: yields after every 100 schools, so a caller can give the page its turn while a
 * large catalog is validated; returns the same result.
 */
export function* parseCatalogInSteps(input: unknown): Generator<void, CatalogResult> {
  const fail = (path: string, message: string): CatalogResult => ({ ok: false, error: { path, message } });
  const repeats = (id: string) => `repeats the id "${id}"; ids must be unique`;
  const skipped: SkippedItem[] = [];
  const warnings: CatalogWarning[] = [];
  const skip = (path: string, id: unknown, reason: string): void => {
    skipped.push(typeof id === 'string' ? { path, id: id.slice(0, 120), reason } : { path, reason });
  };
  // Keeps the ids `ok` accepts (once each), reporting every other entry. `ok` accepts only known ids,
  // which are strings.
  const keep = (ids: unknown[], at: string, known: string, ok: (id: unknown) => boolean): string[] =>
    ids.filter((id, k): id is string => {
      const good = ok(id);
      const once = ids.indexOf(id) === k;
      if (!good || !once) {
        const path = `${at}[${k}]`;
        skip(
          path,
          id,
          `${path}: ${good ? repeats(id as string) : `${JSON.stringify(String(id).slice(0, 80))} is not in ${known}; add it there or remove it`}`,
        );
      }
      return good && once;
    });
  // The first problem `valid` found, as [JSON path of the wrong value, what is wrong]: a wrong subject fails the catalog.
  let first: [string, string] | undefined;
  // The subjects, schools or programs of `list` that `schema` accepts, with ids not `seen` before (each
  // kept one is added) and no problem `finish` finds; every other one is skipped with the JSON path of what is wrong.
  // `offset` is the index of list[0] in the whole list, for the paths.
  const valid = <T extends { id: string }>(
    list: unknown[],
    schema: v.GenericSchema<unknown, T>,
    at: string,
    seen: Set<string>,
    finish?: (item: T, path: string) => [string, string] | void,
    offset = 0,
  ): T[] =>
    list.flatMap((raw, i) => {
      const path = `${at}[${offset + i}]`;
      const item = check(schema, raw, path);
      const problem: [string, string] | void = Array.isArray(item)
        ? item
        : seen.has(item.id)
          ? [`${path}.id`, repeats(item.id)]
          : finish?.(item, path);
      if (problem) {
        first ??= problem;
        skip(path, (raw as { id?: unknown } | null)?.id, problem.join(': '));
        return [];
      }
      seen.add((item as T).id);
      return [item as T];
    });
  try {
    // v.object takes an array for an object; handed a string instead, it says what came.
    const top = check(CatalogTopSchema, Array.isArray(input) ? 'an array' : input, '$');
    if (Array.isArray(top)) return fail(top[0], top[1] + HINT);
    // Every subject must be valid and unique: programs and the subject question depend on them all.
    const subjectIds = new Set<string>();
    const subjects: Subject[] = valid(top.subjects, SubjectSchema, '$.subjects', subjectIds);
    if (first) return fail(first[0], first[1] + HINT);
    const programIds = new Set<string>();
    const schoolIds = new Set<string>();
    const finishSchool = (school: v.InferOutput<typeof SchoolShell>, at: string): [string, string] | void => {
      const programs = valid(school.programs, ProgramShell, `${at}.programs`, programIds, (program, path) => {
        program.subjects = keep(program.subjects, `${path}.subjects`, '$.subjects', (id) =>
          subjectIds.has(id as string),
        );
      });
      if (!programs.length) return [`${at}.programs`, 'has no valid program; add one'];
      school.programs = programs;
      // A school is featured only through programs it really has.
      const featured =
        school.featured &&
        keep(school.featured, `${at}.featured`, `${at}.programs`, (id) => programs.some((p) => p.id === id));
      if (featured?.length) school.featured = featured;
      else delete school.featured;
      // A state rule needs the student's ZIP code: asked last when the school forgot to ask it.
      if (
        (school.rules.states || programs.some((program) => program.states)) &&
        !school.questions.includes('postalCode')
      ) {
        school.questions.push('postalCode');
        warnings.push({
          path: `${at}.questions`,
          message: `school "${school.id}" has a state rule but does not ask postalCode; it is asked last. Add "postalCode" to its questions`,
        });
      }
    };
    const schools: School[] = [];
    for (let start = 0; start < top.schools.length; start += SCHOOLS_PER_STEP) {
      const part = top.schools.slice(start, start + SCHOOLS_PER_STEP);
      schools.push(...(valid(part, SchoolShell, '$.schools', schoolIds, finishSchool, start) as unknown as School[]));
      yield;
    }
    const firstSkipped = skipped[0];
    if (!schools.length)
      return fail(
        '$.schools',
        `has no valid school${firstSkipped ? ` (first skipped: ${firstSkipped.reason})` : ''}; add one`,
      );
    // Array.prototype.sort is stable: equal ranks keep catalog order.
    schools.sort((a, b) => a.rank - b.rank);
    return { ok: true, catalog: { version: 1, subjects, schools }, skipped, warnings };
  } catch {
    // Only exotic inputs get here (throwing getters, proxies): bad data, not a bug.
    return fail('$', `could not be read${HINT}`);
  }
}
