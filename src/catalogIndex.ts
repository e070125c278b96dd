import type { Catalog, Program, ProgramLevel, School } from './catalog/schema.ts';

/** A flat, typed-array view of a catalog that lets matching run without per-program string work. */
export interface CatalogIndex {
  /** Schools in rank order (ties: catalog order). */
  schools: readonly School[];
  /** Every program, school after school, in that order. */
  programs: readonly Program[];
  /** `start[s]` … `start[s + 1]` are school s's indexes into `programs`. */
  start: Uint32Array;
  /** Each program's level as one bit of LEVEL_BIT. */
  level: Uint8Array;
  /** Each school's program levels, OR-ed. */
  levelMask: Uint8Array;
  /** 1 where the school requires US citizenship. */
  citizensOnly: Uint8Array;
  /** For each subject id, the ascending indexes of the programs that list it. */
  bySubject: ReadonlyMap<string, Uint32Array>;
  /** A ready match per school with all its programs, reused whenever every program is shown. */
  whole: readonly { school: School; programs: readonly Program[] }[];
}

/** One bit per program level, so "is this level open" is a single AND. */
export const LEVEL_BIT: Readonly<Record<ProgramLevel, number>> = {
  certificate: 1,
  associate: 2,
  bachelor: 4,
  'graduate-certificate': 8,
  master: 16,
  doctorate: 32,
};

// Keyed by the catalog object; `source` catches a schools array replaced after indexing.
const cache = new WeakMap<Catalog, { source: readonly School[]; index: CatalogIndex }>();

/** The index of a catalog, built once per catalog object (catalogs are treated as immutable). */
export function catalogIndex(catalog: Catalog): CatalogIndex {
  const hit = cache.get(catalog);
  if (hit !== undefined && hit.source === catalog.schools) return hit.index;
  const index = build(catalog.schools);
  cache.set(catalog, { source: catalog.schools, index });
  return index;
}

function build(source: readonly School[]): CatalogIndex {
  const schools = inRankOrder(source);
  const total = schools.reduce((sum, school) => sum + school.programs.length, 0);
  const programs: Program[] = [];
  const start = new Uint32Array(schools.length + 1);
  const level = new Uint8Array(total);
  const levelMask = new Uint8Array(schools.length);
  const citizensOnly = new Uint8Array(schools.length);
  const lists = new Map<string, number[]>();
  for (let s = 0; s < schools.length; s++) {
    const school = schools[s] as School;
    start[s] = programs.length;
    citizensOnly[s] = school.rules.requiresUsCitizen ? 1 : 0;
    let mask = 0;
    for (let j = 0; j < school.programs.length; j++) {
      const program = school.programs[j] as Program;
      const k = programs.length;
      programs.push(program);
      const bit = LEVEL_BIT[program.level];
      level[k] = bit;
      mask |= bit;
      for (let t = 0; t < program.subjects.length; t++) {
        const subject = program.subjects[t] as string;
        const list = lists.get(subject);
        // A program listing a subject twice must still appear once.
        if (list === undefined) lists.set(subject, [k]);
        else if (list[list.length - 1] !== k) list.push(k);
      }
    }
    levelMask[s] = mask;
  }
  start[schools.length] = programs.length;
  const bySubject = new Map<string, Uint32Array>();
  for (const [subject, list] of lists) bySubject.set(subject, Uint32Array.from(list));
  // Frozen because every result that shows a whole school shares this object.
  const whole = schools.map((school) => Object.freeze({ school, programs: school.programs }));
  return { schools, programs, start, level, levelMask, citizensOnly, bySubject, whole };
}

// parseCatalog already sorts by rank; a hand-built catalog may not be, and results must be in rank order.
function inRankOrder(schools: readonly School[]): readonly School[] {
  for (let i = 1; i < schools.length; i++) {
    if ((schools[i - 1] as School).rank > (schools[i] as School).rank) {
      return [...schools].sort((a, b) => a.rank - b.rank);
    }
  }
  return schools;
}
