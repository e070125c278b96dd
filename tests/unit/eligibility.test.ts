import { describe, expect, it } from 'vitest';
import { PROGRAM_LEVELS, type ProgramLevel } from '../../src/catalog/schema.ts';
import { hiddenReasons, isProgramShown, openLevels } from '../../src/eligibility.ts';
import type { Answers, EducationLevel } from '../../src/questions.ts';
import { program, school } from './coreCatalogs.ts';

// SPEC section 2, "Matching rules", row by row.
const TABLE: Array<[EducationLevel, ProgramLevel[]]> = [
  ['no-diploma', []],
  ['high-school', ['certificate', 'associate', 'bachelor']],
  ['some-college', ['certificate', 'associate', 'bachelor']],
  ['associate', ['certificate', 'bachelor']],
  ['bachelor', ['certificate', 'graduate-certificate', 'master']],
  ['master', ['certificate', 'graduate-certificate', 'doctorate']],
  ['doctorate', ['certificate', 'graduate-certificate']],
];

describe('openLevels', () => {
  it.each(TABLE)('opens to a student with %s exactly the program levels %j', (education, levels) => {
    expect([...openLevels(education)].sort()).toEqual([...levels].sort());
  });
});

describe('isProgramShown', () => {
  describe.each(TABLE)('for a student with %s', (education, open) => {
    it.each(PROGRAM_LEVELS.map((level) => [level, open.includes(level)] as const))(
      'a %s program is shown: %s',
      (level, shown) => {
        const p = program('p', level);
        expect(isProgramShown(school('s', [p]), p, { educationLevel: education })).toBe(shown);
      },
    );
  });

  it('hides a program, without failing, for an education level it does not know', () => {
    const p = program('p', 'certificate');
    const answers = JSON.parse('{"educationLevel":"phd"}') as Answers;
    expect(isProgramShown(school('s', [p]), p, answers)).toBe(false);
    expect(hiddenReasons(school('s', [p]), answers).length).toBeGreaterThan(0);
  });

  it('shows every program while no question is answered', () => {
    for (const level of PROGRAM_LEVELS) {
      const p = program('p', level, []);
      expect(isProgramShown(school('s', [p], { rules: { requiresUsCitizen: true } }), p, {})).toBe(true);
    }
  });

  it('shows only programs that list the chosen subject', () => {
    const informatics = program('a', 'bachelor', ['health-informatics', 'health-science']);
    const billing = program('b', 'bachelor', ['medical-billing-coding']);
    const s = school('s', [informatics, billing]);
    expect(isProgramShown(s, informatics, { subject: 'health-science' })).toBe(true);
    expect(isProgramShown(s, billing, { subject: 'health-science' })).toBe(false);
  });

  it('hides every program of a citizens-only school from a non-citizen, and from nobody else', () => {
    const p = program('p', 'certificate');
    const citizensOnly = school('s', [p], { rules: { requiresUsCitizen: true } });
    const open = school('t', [p]);
    expect(isProgramShown(citizensOnly, p, { usCitizen: 'no' })).toBe(false);
    expect(isProgramShown(citizensOnly, p, { usCitizen: 'yes' })).toBe(true);
    expect(isProgramShown(open, p, { usCitizen: 'no' })).toBe(true);
  });

  it('requires every answered question to admit the program', () => {
    const p = program('p', 'master', ['health-informatics']);
    const s = school('s', [p]);
    expect(isProgramShown(s, p, { subject: 'health-informatics', educationLevel: 'bachelor', usCitizen: 'no' })).toBe(
      true,
    );
    expect(isProgramShown(s, p, { subject: 'health-informatics', educationLevel: 'associate', usCitizen: 'no' })).toBe(
      false,
    );
    expect(isProgramShown(s, p, { subject: 'health-science', educationLevel: 'bachelor', usCitizen: 'no' })).toBe(
      false,
    );
  });
});

describe('hiddenReasons', () => {
  const mixed = school('s', [
    program('cert', 'certificate', ['medical-billing-coding']),
    program('assoc', 'associate', ['health-informatics']),
    program('ms', 'master', ['health-informatics']),
    program('phd', 'doctorate', ['health-informatics']),
  ]);

  it('gives no reason when every program is shown', () => {
    expect(hiddenReasons(mixed, {})).toEqual([]);
    expect(
      hiddenReasons(school('s', [program('c', 'certificate')]), { educationLevel: 'doctorate', usCitizen: 'no' }),
    ).toEqual([]);
  });

  it('says a student without a diploma needs one', () => {
    expect(hiddenReasons(mixed, { educationLevel: 'no-diploma' })).toEqual([{ kind: 'needs-diploma' }]);
  });

  it("says master's programs need a bachelor's and doctorates a master's, lowest requirement first", () => {
    expect(hiddenReasons(mixed, { educationLevel: 'high-school' })).toEqual([
      { kind: 'requires-education', minimum: 'bachelor' },
      { kind: 'requires-education', minimum: 'master' },
    ]);
  });

  it("says a graduate certificate needs a bachelor's degree", () => {
    const s = school('s', [program('gc', 'graduate-certificate')]);
    expect(hiddenReasons(s, { educationLevel: 'some-college' })).toEqual([
      { kind: 'requires-education', minimum: 'bachelor' },
    ]);
  });

  it('says a level is not open when the student already holds that level or more', () => {
    expect(hiddenReasons(school('s', [program('a', 'associate')]), { educationLevel: 'associate' })).toEqual([
      { kind: 'level-not-open', education: 'associate' },
    ]);
    expect(hiddenReasons(school('s', [program('d', 'doctorate')]), { educationLevel: 'doctorate' })).toEqual([
      { kind: 'level-not-open', education: 'doctorate' },
    ]);
    expect(hiddenReasons(school('s', [program('b', 'bachelor')]), { educationLevel: 'master' })).toEqual([
      { kind: 'level-not-open', education: 'master' },
    ]);
  });

  it('lists each reason once however many programs it hides', () => {
    const s = school('s', [program('a', 'master'), program('b', 'master'), program('c', 'graduate-certificate')]);
    expect(hiddenReasons(s, { educationLevel: 'associate' })).toEqual([
      { kind: 'requires-education', minimum: 'bachelor' },
    ]);
  });

  it('says a citizens-only school is open to US citizens only', () => {
    const s = school('s', [program('a', 'certificate')], { rules: { requiresUsCitizen: true } });
    expect(hiddenReasons(s, { usCitizen: 'no' })).toEqual([{ kind: 'citizenship' }]);
    expect(hiddenReasons(s, { usCitizen: 'yes' })).toEqual([]);
  });

  it('names the subject when the school has no program in it', () => {
    expect(hiddenReasons(mixed, { subject: 'health-science', educationLevel: 'no-diploma' })).toEqual([
      { kind: 'subject', subjectId: 'health-science' },
    ]);
  });

  it('explains education only for the programs in the chosen subject', () => {
    // The billing certificate is off-topic; the informatics programs are what the student wants.
    expect(hiddenReasons(mixed, { subject: 'health-informatics', educationLevel: 'associate' })).toEqual([
      { kind: 'requires-education', minimum: 'bachelor' },
      { kind: 'requires-education', minimum: 'master' },
      { kind: 'level-not-open', education: 'associate' },
    ]);
    expect(hiddenReasons(mixed, { subject: 'medical-billing-coding', educationLevel: 'associate' })).toEqual([]);
  });

  it('puts citizenship first and still explains the rest', () => {
    const s = school('s', [program('ms', 'master')], { rules: { requiresUsCitizen: true } });
    const answers: Answers = { usCitizen: 'no', educationLevel: 'high-school' };
    expect(hiddenReasons(s, answers)).toEqual([
      { kind: 'citizenship' },
      { kind: 'requires-education', minimum: 'bachelor' },
    ]);
  });
});
