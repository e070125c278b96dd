// Core speed figures: a full match over a 10,000-school catalog, and parsing that catalog.
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { parseCatalog } from '../../src/catalog/parseCatalog.ts';
import { matchSchools } from '../../src/matchSchools.ts';
import { CITIZENSHIP_OPTIONS, EDUCATION_LEVELS, type Answers } from '../../src/questions.ts';
import { largeCatalog } from '../../fixtures/largeCatalog.ts';

interface Figure {
  name: string;
  value: number;
  unit: string;
  target?: string;
}

const SCHOOLS = 10_000;
const PROGRAMS_PER_SCHOOL = 10;
// The seed's subjects, which the large catalog generator also uses.
const SUBJECT_IDS = [
  'health-information-management',
  'health-informatics',
  'healthcare-administration',
  'medical-billing-coding',
  'medical-office-administration',
  'health-care-quality',
  'health-science',
];

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

// Every combination of unanswered and answered questions: 8 × 8 × 3 = 192 answer sets.
function answerSets(): Answers[] {
  const sets: Answers[] = [];
  for (const subject of [undefined, ...SUBJECT_IDS]) {
    for (const educationLevel of [undefined, ...EDUCATION_LEVELS]) {
      for (const usCitizen of [undefined, ...CITIZENSHIP_OPTIONS]) {
        const answers: Answers = {};
        if (subject !== undefined) answers.subject = subject;
        if (educationLevel !== undefined) answers.educationLevel = educationLevel;
        if (usCitizen !== undefined) answers.usCitizen = usCitizen;
        sets.push(answers);
      }
    }
  }
  return sets;
}

/** Measures matchSchools and parseCatalog over a 10,000 × 10 catalog. */
export async function benchCore(): Promise<Figure[]> {
  const raw = largeCatalog(SCHOOLS, PROGRAMS_PER_SCHOOL);
  const parseTimes: number[] = [];
  let parsed = parseCatalog(raw);
  for (let run = 0; run < 5; run++) {
    const start = performance.now();
    parsed = parseCatalog(raw);
    parseTimes.push(performance.now() - start);
  }
  if (!parsed.ok) throw new Error(`the bench catalog did not parse: ${parsed.error.path}: ${parsed.error.message}`);
  const { catalog } = parsed;

  const sets = answerSets();
  let sink = 0;
  for (let round = 0; round < 3; round++)
    for (const answers of sets) sink += matchSchools(catalog, answers).programCount;
  const matchTimes: number[] = [];
  const allAnsweredTimes: number[] = [];
  for (let round = 0; round < 2; round++) {
    for (const answers of sets) {
      const start = performance.now();
      sink += matchSchools(catalog, answers).programCount;
      const elapsed = performance.now() - start;
      matchTimes.push(elapsed);
      if (Object.keys(answers).length === 3) allAnsweredTimes.push(elapsed);
    }
  }
  // A new catalog object misses the index cache, so this is what the first match after a (re)load costs.
  const firstTimes: number[] = [];
  for (let run = 0; run < 5; run++) {
    const fresh = { ...catalog };
    const start = performance.now();
    sink += matchSchools(fresh, {}).programCount;
    firstTimes.push(performance.now() - start);
  }
  // Keeps the results observably used, so no engine can skip the work.
  if (sink < 0) console.log(sink);

  return [
    {
      name: `matchSchools, ${SCHOOLS.toLocaleString('en-US')} schools × ${PROGRAMS_PER_SCHOOL}, median of ${matchTimes.length} answer sets`,
      value: median(matchTimes),
      unit: 'ms',
      target: '≤ 2 ms',
    },
    { name: 'matchSchools, all three questions answered, p95', value: percentile(allAnsweredTimes, 0.95), unit: 'ms' },
    {
      name: 'matchSchools, first run on a new catalog (builds its index), median of 5',
      value: median(firstTimes),
      unit: 'ms',
    },
    {
      name: `parseCatalog, ${(SCHOOLS * PROGRAMS_PER_SCHOOL).toLocaleString('en-US')} programs, median of ${parseTimes.length}`,
      value: median(parseTimes),
      unit: 'ms',
    },
    { name: 'parseCatalog, schools kept', value: catalog.schools.length, unit: 'schools' },
  ];
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] as number;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const figure of await benchCore()) {
    console.log(
      `${figure.name.padEnd(72)} ${figure.value.toFixed(3).padStart(10)} ${figure.unit}${figure.target ? `  (target ${figure.target})` : ''}`,
    );
  }
}
