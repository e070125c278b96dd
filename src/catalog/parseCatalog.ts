import * as v from 'valibot';
import { describeIssue } from './describeIssue.ts';
import { CatalogTopSchema, ProgramSchema, SchoolSchema, type Catalog, type Program, type School } from './schema.ts';

/** Why a catalog cannot be used at all. */
export interface CatalogError {
  /** The JSON path of the wrong value, like "$.schools". */
  path: string;
  /** What is wrong and how to fix it. */
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
const SchoolShellSchema = v.object(
  {
    ...SchoolSchema.entries,
    featured: v.optional(v.array(v.unknown(), 'must be an array of program ids')),
    programs: v.array(v.unknown(), 'must be an array of programs'),
  },
  'must be an object (a school)',
);
const ProgramShellSchema = v.object(
  { ...ProgramSchema.entries, subjects: v.array(v.unknown(), 'must be an array of subject ids') },
  'must be an object (a program)',
);
const FIRST_ISSUE = { abortEarly: true } as const;
// Messages carry no final period: callers append them to sentences of their own.
const FORMAT_HINT = 'a catalog is a JSON object {"version": 1, "subjects": [{"id", "label"}], "schools": [...]}';

/** Validates an untrusted catalog: never throws, skips (and reports) bad schools and programs, sorts by rank. */
export function parseCatalog(input: unknown): CatalogResult {
  try {
    return parse(input);
  } catch (error) {
    // Only exotic inputs get here (throwing getters, proxies); they are bad data, not a bug,
    // and even what they throw may refuse to be read.
    let detail = 'it threw';
    try {
      if (error instanceof Error) detail = String(error.message).slice(0, 200);
    } catch {}
    return fail('$', `could not be read (${detail}); ${FORMAT_HINT}`);
  }
}

function parse(input: unknown): CatalogResult {
  if (Array.isArray(input)) return fail('$', `must be a JSON object; got an array; ${FORMAT_HINT}`);
  const top = v.safeParse(CatalogTopSchema, input, FIRST_ISSUE);
  if (!top.success) {
    const { path, text } = describeIssue('$', top.issues[0]);
    return fail(path, `${text}; ${FORMAT_HINT}`);
  }
  const subjectIds = new Set<string>();
  for (const [k, subject] of top.output.subjects.entries()) {
    if (subjectIds.has(subject.id)) {
      return fail(`$.subjects[${k}].id`, `repeats the subject id "${subject.id}"; give each subject a unique id`);
    }
    subjectIds.add(subject.id);
  }
  const skipped: SkippedItem[] = [];
  const ctx: Context = {
    subjectIds,
    schoolIds: new Set(),
    programIds: new Map(),
    skip: (path, id, reason) => {
      skipped.push(typeof id === 'string' ? { path, id: id.slice(0, 120), reason } : { path, reason });
    },
  };
  const schools: School[] = [];
  const rawSchools = top.output.schools;
  for (let i = 0; i < rawSchools.length; i++) {
    const school = parseSchool(rawSchools[i], i, ctx);
    if (school !== undefined) schools.push(school);
  }
  if (schools.length === 0) {
    const first = skipped[0];
    return fail('$.schools', `has no usable school${first ? ` (${skipped.length} skipped; first: ${first.reason})` : ''}; add at least one valid school with at least one valid program`);
  }
  // Array.prototype.sort is stable: equal ranks keep catalog order.
  schools.sort((a, b) => a.rank - b.rank);
  return { ok: true, catalog: { version: 1, subjects: top.output.subjects, schools }, skipped };
}

// The common case: every id is a known string, listed once.
function allKnown(ids: readonly unknown[], known: ReadonlySet<string>): boolean {
  for (let k = 0; k < ids.length; k++) {
    const id = ids[k];
    if (typeof id !== 'string' || !known.has(id) || ids.indexOf(id) !== k) return false;
  }
  return true;
}

interface Context {
  subjectIds: ReadonlySet<string>;
  schoolIds: Set<string>;
  /** Program id → index of the school that first used it. */
  programIds: Map<string, number>;
  skip: (path: string, id: unknown, reason: string) => void;
}

function parseSchool(raw: unknown, i: number, ctx: Context): School | undefined {
  const at = `$.schools[${i}]`;
  const shell = v.safeParse(SchoolShellSchema, raw, FIRST_ISSUE);
  if (!shell.success) {
    ctx.skip(at, idOf(raw), reason(at, shell.issues[0]));
    return undefined;
  }
  const s = shell.output;
  if (ctx.schoolIds.has(s.id)) {
    ctx.skip(at, s.id, `${at}.id: repeats the school id "${s.id}"; give each school a unique id`);
    return undefined;
  }
  const programs: Program[] = [];
  for (let j = 0; j < s.programs.length; j++) {
    const program = parseProgram(s.programs[j], i, `${at}.programs[${j}]`, ctx);
    if (program !== undefined) programs.push(program);
  }
  if (programs.length === 0) {
    const why = s.programs.length === 0 ? 'has no program; add at least one' : 'has no valid program (see the skipped programs)';
    ctx.skip(at, s.id, `${at}.programs: ${why}`);
    return undefined;
  }
  ctx.schoolIds.add(s.id);
  const school: School = { id: s.id, name: s.name, rank: s.rank, online: s.online, questions: s.questions, rules: s.rules, programs };
  if (s.featured !== undefined) {
    const own = new Set(programs.map((program) => program.id));
    const featured = kept(s.featured, `${at}.featured`, (id) => own.has(id), ctx.skip, 'is not a program id of this school; list only its own program ids');
    // A school is featured only through programs it really has.
    if (featured.length > 0) school.featured = featured;
  }
  if (s.consentText !== undefined) school.consentText = s.consentText;
  return school;
}

function parseProgram(raw: unknown, i: number, at: string, ctx: Context): Program | undefined {
  const p = v.safeParse(ProgramShellSchema, raw, FIRST_ISSUE);
  if (!p.success) {
    ctx.skip(at, idOf(raw), reason(at, p.issues[0]));
    return undefined;
  }
  const program = p.output;
  const first = ctx.programIds.get(program.id);
  if (first !== undefined) {
    ctx.skip(at, program.id, `${at}.id: repeats the program id "${program.id}" already used in $.schools[${first}]; program ids must be unique across the catalog`);
    return undefined;
  }
  ctx.programIds.set(program.id, i);
  // valibot's output is a fresh object, so it becomes the program itself (large catalogs allocate less).
  if (!allKnown(program.subjects, ctx.subjectIds)) {
    program.subjects = kept(program.subjects, `${at}.subjects`, (id) => ctx.subjectIds.has(id), ctx.skip, "is not one of the catalog's subjects ($.subjects); add it there or fix the id");
  }
  return program as Program;
}

// Keeps the unique string ids that pass `known`, reporting every other entry as skipped.
function kept(
  ids: readonly unknown[],
  at: string,
  known: (id: string) => boolean,
  skip: (path: string, id: unknown, reason: string) => void,
  problem: string,
): string[] {
  const out: string[] = [];
  for (let k = 0; k < ids.length; k++) {
    const id = ids[k];
    const path = `${at}[${k}]`;
    if (typeof id !== 'string' || !known(id)) skip(path, id, `${path}: ${show(id)} ${problem}`);
    else if (out.includes(id)) skip(path, id, `${path}: "${id}" is listed twice; list it once`);
    else out.push(id);
  }
  return out;
}

function fail(path: string, message: string): CatalogResult {
  return { ok: false, error: { path, message } };
}

function reason(at: string, issue: v.BaseIssue<unknown>): string {
  const { path, text } = describeIssue(at, issue);
  return `${path}: ${text}`;
}

function show(value: unknown): string {
  const text = typeof value === 'string' ? `"${value}"` : typeof value;
  return text.length > 80 ? `${text.slice(0, 80)}…` : text;
}

function idOf(raw: unknown): unknown {
  return typeof raw === 'object' && raw !== null ? (raw as { id?: unknown }).id : undefined;
}
