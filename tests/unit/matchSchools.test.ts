import { describe, expect, it } from 'vitest';
import { matchSchools } from '../../src/matchSchools.ts';
import { catalog, program, school } from './coreCatalogs.ts';

const ids = (result: ReturnType<typeof matchSchools>) => ({
  shown: result.shown.map((m) => `${m.school.id}: ${m.programs.map((p) => p.id).join(' ')}`),
  hidden: result.hidden.map((s) => s.id),
  programCount: result.programCount,
});

// Listed out of rank order on purpose, with a tie between "tie-a" and "tie-b".
const schools = catalog([
  school('third', [program('t-cert', 'certificate', ['medical-billing-coding']), program('t-ms', 'master')], {
    rank: 3,
  }),
  school('tie-a', [program('a-ba', 'bachelor'), program('a-phd', 'doctorate')], { rank: 2 }),
  school('first', [program('f-ms', 'master'), program('f-aa', 'associate', ['health-science'])], {
    rank: 1,
    rules: { requiresUsCitizen: true },
  }),
  school('tie-b', [program('b-gc', 'graduate-certificate', ['health-science'])], { rank: 2 }),
]);

describe('matchSchools', () => {
  it('shows every school and program, in rank order, while nothing is answered', () => {
    expect(ids(matchSchools(schools, {}))).toEqual({
      shown: ['first: f-ms f-aa', 'tie-a: a-ba a-phd', 'tie-b: b-gc', 'third: t-cert t-ms'],
      hidden: [],
      programCount: 7,
    });
  });

  it('keeps catalog order between schools of equal rank', () => {
    const swapped = catalog([schools.schools[3]!, schools.schools[1]!]);
    expect(matchSchools(swapped, {}).shown.map((m) => m.school.id)).toEqual(['tie-b', 'tie-a']);
  });

  it('shows only the programs open to the education level, in catalog order', () => {
    expect(ids(matchSchools(schools, { educationLevel: 'bachelor' }))).toEqual({
      shown: ['first: f-ms', 'tie-b: b-gc', 'third: t-cert t-ms'],
      hidden: ['tie-a'],
      programCount: 4,
    });
  });

  it('hides every school from a student without a diploma', () => {
    expect(ids(matchSchools(schools, { educationLevel: 'no-diploma' }))).toEqual({
      shown: [],
      hidden: ['first', 'tie-a', 'tie-b', 'third'],
      programCount: 0,
    });
  });

  it('hides citizens-only schools from a non-citizen only', () => {
    expect(ids(matchSchools(schools, { usCitizen: 'no' })).hidden).toEqual(['first']);
    expect(ids(matchSchools(schools, { usCitizen: 'yes' })).hidden).toEqual([]);
  });

  it('shows only programs in the chosen subject', () => {
    expect(ids(matchSchools(schools, { subject: 'health-science' }))).toEqual({
      shown: ['first: f-aa', 'tie-b: b-gc'],
      hidden: ['tie-a', 'third'],
      programCount: 2,
    });
  });

  it('hides every school for a subject no program lists', () => {
    expect(matchSchools(schools, { subject: 'unknown-subject' }).shown).toEqual([]);
  });

  it('combines all three answers', () => {
    expect(
      ids(matchSchools(schools, { subject: 'health-informatics', educationLevel: 'master', usCitizen: 'no' })),
    ).toEqual({
      shown: ['tie-a: a-phd'],
      hidden: ['first', 'tie-b', 'third'],
      programCount: 1,
    });
  });

  it('gives the same result for the same catalog and answers every time', () => {
    const answers = { subject: 'health-informatics', educationLevel: 'high-school' } as const;
    expect(matchSchools(schools, answers)).toEqual(matchSchools(schools, answers));
  });

  it('follows a catalog whose schools array was replaced', () => {
    const changing = catalog([school('one', [program('one-p', 'bachelor')])]);
    expect(matchSchools(changing, {}).shown.map((m) => m.school.id)).toEqual(['one']);
    changing.schools = [school('two', [program('two-p', 'bachelor')])];
    expect(matchSchools(changing, {}).shown.map((m) => m.school.id)).toEqual(['two']);
  });

  it('hides every school, without failing, for an education level it does not know', () => {
    const answers = JSON.parse('{"educationLevel":"phd"}') as Parameters<typeof matchSchools>[1];
    expect(ids(matchSchools(schools, answers)).hidden).toEqual(['first', 'tie-a', 'tie-b', 'third']);
  });

  it('shows a program once even when it lists the chosen subject twice', () => {
    const twice = catalog([school('one', [program('one-p', 'certificate', ['health-science', 'health-science'])])]);
    expect(ids(matchSchools(twice, { subject: 'health-science' })).shown).toEqual(['one: one-p']);
  });

  it('returns an empty result for a catalog without schools', () => {
    expect(matchSchools(catalog([]), { educationLevel: 'bachelor' })).toEqual({
      shown: [],
      hidden: [],
      programCount: 0,
    });
  });
});
