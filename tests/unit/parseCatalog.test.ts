import { describe, expect, it } from 'vitest';
import { largeCatalog } from '../../fixtures/largeCatalog.ts';
import { parseCatalog, parseCatalogInSteps, type CatalogResult } from '../../src/catalog/parseCatalog.ts';

type Json = Record<string, unknown>;

const rawProgram = (id: string, extra: Json = {}): Json => ({
  id,
  name: `Program ${id}`,
  level: 'bachelor',
  subjects: ['health-informatics'],
  ...extra,
});

const rawSchool = (id: string, programs: unknown[], extra: Json = {}): Json => ({
  id,
  name: `School ${id}`,
  rank: 1,
  questions: ['educationLevel', 'subject', 'usCitizen'],
  programs,
  ...extra,
});

const rawCatalog = (schools: unknown[], extra: Json = {}): Json => ({
  version: 1,
  subjects: [
    { id: 'health-informatics', label: 'Health Informatics' },
    { id: 'health-science', label: 'Health Science' },
  ],
  schools,
  ...extra,
});

function accepted(result: CatalogResult) {
  if (!result.ok) throw new Error(`expected a usable catalog, got ${result.error.path}: ${result.error.message}`);
  return result;
}

function rejected(result: CatalogResult) {
  if (result.ok) throw new Error('expected the catalog to be rejected');
  return result.error;
}

describe('parseCatalog', () => {
  it('accepts a valid catalog and fills in the defaults', () => {
    const { catalog, skipped } = accepted(parseCatalog(rawCatalog([rawSchool('a', [rawProgram('a-1')])])));
    expect(skipped).toEqual([]);
    expect(catalog.schools[0]).toEqual({
      id: 'a',
      name: 'School a',
      rank: 1,
      online: false,
      questions: ['educationLevel', 'subject', 'usCitizen'],
      rules: { requiresUsCitizen: false },
      programs: [{ id: 'a-1', name: 'Program a-1', level: 'bachelor', subjects: ['health-informatics'] }],
    });
  });

  it('keeps featured programs, consent text and the citizenship rule', () => {
    const school = rawSchool('a', [rawProgram('a-1'), rawProgram('a-2')], {
      online: true,
      featured: ['a-2'],
      consentText: '  Custom consent.  ',
      rules: { requiresUsCitizen: true },
    });
    const { catalog } = accepted(parseCatalog(rawCatalog([school])));
    expect(catalog.schools[0]).toMatchObject({
      online: true,
      featured: ['a-2'],
      consentText: 'Custom consent.',
      rules: { requiresUsCitizen: true },
    });
  });

  it('sorts schools by rank and keeps catalog order for equal ranks', () => {
    const schools = [
      rawSchool('c', [rawProgram('c-1')], { rank: 3 }),
      rawSchool('b1', [rawProgram('b1-1')], { rank: 2 }),
      rawSchool('a', [rawProgram('a-1')], { rank: 1 }),
      rawSchool('b2', [rawProgram('b2-1')], { rank: 2 }),
    ];
    expect(accepted(parseCatalog(rawCatalog(schools))).catalog.schools.map((s) => s.id)).toEqual([
      'a',
      'b1',
      'b2',
      'c',
    ]);
  });

  it('trims names and drops unknown fields', () => {
    const { catalog } = accepted(
      parseCatalog(rawCatalog([rawSchool('a', [rawProgram('a-1', { name: '  BS  ', html: '<b>' })], { extra: 1 })])),
    );
    expect(catalog.schools[0]?.programs[0]).toEqual({
      id: 'a-1',
      name: 'BS',
      level: 'bachelor',
      subjects: ['health-informatics'],
    });
    expect(catalog.schools[0]).not.toHaveProperty('extra');
  });

  it('does not change the object it was given', () => {
    const input = rawCatalog([
      rawSchool('a', [rawProgram('a-1', { subjects: ['health-informatics', 'nope'] })], { featured: ['zz'] }),
    ]);
    const before = JSON.stringify(input);
    parseCatalog(input);
    expect(JSON.stringify(input)).toBe(before);
  });

  describe('rejects a catalog of the wrong shape with the JSON path and a fix', () => {
    it.each([
      ['null', null, '$'],
      ['a number', 42, '$'],
      ['a string', '{"version":1}', '$'],
      ['an array', [], '$'],
      ['version 2', rawCatalog([], { version: 2 }), '$.version'],
      ['a missing version', { subjects: [], schools: [] }, '$.version'],
      ['subjects that are not an array', rawCatalog([], { subjects: {} }), '$.subjects'],
      ['an invalid subject', rawCatalog([], { subjects: [{ id: 'Health Science', label: 'x' }] }), '$.subjects[0].id'],
      ['a subject without a label', rawCatalog([], { subjects: [{ id: 'a' }] }), '$.subjects[0].label'],
      ['schools that are not an array', rawCatalog([], { schools: { a: 1 } }), '$.schools'],
    ])('%s', (_, input, path) => {
      const error = rejected(parseCatalog(input));
      expect(error.path).toBe(path);
      expect(error.message).toMatch(/\{"version": 1, "subjects"/);
      expect(error.message.endsWith('.')).toBe(false);
    });

    it('says which value it got', () => {
      expect(rejected(parseCatalog(rawCatalog([], { version: 2 }))).message).toMatch(/^must be one of 1; got 2\. /);
      expect(rejected(parseCatalog(null)).message).toMatch(/Expected Object but received null/);
    });

    it('names a repeated subject id', () => {
      const subjects = [
        { id: 'a', label: 'A' },
        { id: 'a', label: 'A again' },
      ];
      expect(rejected(parseCatalog(rawCatalog([], { subjects })))).toEqual({
        path: '$.subjects[1].id',
        message:
          'repeats the id "a"; ids must be unique. A catalog is {"version": 1, "subjects": [...], "schools": [...]}',
      });
    });

    it('rejects a catalog with no usable school and says why the first one was skipped', () => {
      const error = rejected(parseCatalog(rawCatalog([rawSchool('a', [rawProgram('a-1', { level: 'phd' })])])));
      expect(error.path).toBe('$.schools');
      expect(error.message).toContain(
        '$.schools[0].programs[0].level: must be one of certificate, associate, bachelor, graduate-certificate, master, doctorate; got "phd"',
      );
      expect(rejected(parseCatalog(rawCatalog([]))).path).toBe('$.schools');
    });
  });

  describe('skips what is invalid and keeps the rest', () => {
    const good = rawSchool('good', [rawProgram('good-1')]);

    it('skips an invalid program with the JSON path of the wrong value', () => {
      const school = rawSchool('a', [rawProgram('a-1'), rawProgram('a-2', { level: 'masters' })]);
      const { catalog, skipped } = accepted(
        parseCatalog(rawCatalog([good, rawSchool('x', [rawProgram('x-1')]), school])),
      );
      expect(catalog.schools.find((s) => s.id === 'a')?.programs.map((p) => p.id)).toEqual(['a-1']);
      expect(skipped).toEqual([
        {
          path: '$.schools[2].programs[1]',
          id: 'a-2',
          reason:
            '$.schools[2].programs[1].level: must be one of certificate, associate, bachelor, graduate-certificate, master, doctorate; got "masters"',
        },
      ]);
    });

    it('skips an invalid school and says which field is wrong', () => {
      const { catalog, skipped } = accepted(
        parseCatalog(rawCatalog([good, rawSchool('b', [rawProgram('b-1')], { rank: 0 })])),
      );
      expect(catalog.schools.map((s) => s.id)).toEqual(['good']);
      expect(skipped).toEqual([
        { path: '$.schools[1]', id: 'b', reason: '$.schools[1].rank: must be a whole number, 1 or more' },
      ]);
    });

    it.each([
      [
        'a missing name',
        { name: undefined },
        '$.schools[1].name: Invalid type: Expected string but received undefined',
      ],
      [
        'two questions',
        { questions: ['subject', 'usCitizen'] },
        '$.schools[1].questions: must list each of subject, educationLevel, usCitizen once',
      ],
      [
        'a repeated question',
        { questions: ['subject', 'subject', 'usCitizen'] },
        '$.schools[1].questions: must list each of subject, educationLevel, usCitizen once',
      ],
      [
        'an unknown question',
        { questions: ['subject', 'age', 'usCitizen'] },
        '$.schools[1].questions: must list each of subject, educationLevel, usCitizen once',
      ],
      [
        'an upper-case id',
        { id: 'Bad' },
        '$.schools[1].id: Invalid format: Expected /^[a-z0-9-]{1,120}$/ but received "Bad"',
      ],
      ['programs that are not an array', { programs: 'none' }, '$.schools[1].programs: must be an array'],
      ['a text rank', { rank: '2' }, '$.schools[1].rank: must be a whole number, 1 or more'],
    ])('names the path for %s', (_, extra, reason) => {
      const { skipped } = accepted(parseCatalog(rawCatalog([good, rawSchool('b', [rawProgram('b-1')], extra)])));
      expect(skipped).toHaveLength(1);
      expect(skipped[0]?.reason.startsWith(reason)).toBe(true);
    });

    it('skips a school or program that is not an object', () => {
      const { skipped } = accepted(parseCatalog(rawCatalog([good, 5, rawSchool('b', [rawProgram('b-1'), 'b-2'])])));
      expect(skipped).toEqual([
        { path: '$.schools[1]', reason: '$.schools[1]: Invalid type: Expected Object but received 5' },
        {
          path: '$.schools[2].programs[1]',
          reason: '$.schools[2].programs[1]: Invalid type: Expected Object but received "b-2"',
        },
      ]);
    });

    it('skips a school whose id repeats an earlier one', () => {
      const { catalog, skipped } = accepted(
        parseCatalog(rawCatalog([good, rawSchool('good', [rawProgram('other-1')], { name: 'Copy' })])),
      );
      expect(catalog.schools.map((s) => s.name)).toEqual(['School good']);
      expect(skipped).toEqual([
        { path: '$.schools[1]', id: 'good', reason: '$.schools[1].id: repeats the id "good"; ids must be unique' },
      ]);
    });

    it('skips a program whose id is already used anywhere in the catalog', () => {
      const school = rawSchool('b', [rawProgram('good-1'), rawProgram('b-1')]);
      const { catalog, skipped } = accepted(parseCatalog(rawCatalog([good, school])));
      expect(catalog.schools.find((s) => s.id === 'b')?.programs.map((p) => p.id)).toEqual(['b-1']);
      expect(skipped).toEqual([
        {
          path: '$.schools[1].programs[0]',
          id: 'good-1',
          reason: '$.schools[1].programs[0].id: repeats the id "good-1"; ids must be unique',
        },
      ]);
    });

    it('skips a school left without a valid program', () => {
      const { skipped } = accepted(
        parseCatalog(rawCatalog([good, rawSchool('b', [rawProgram('b-1', { subjects: 'x' })]), rawSchool('c', [])])),
      );
      expect(skipped.map((s) => s.path)).toEqual(['$.schools[1].programs[0]', '$.schools[1]', '$.schools[2]']);
      expect(skipped[1]?.reason).toBe('$.schools[1].programs: has no valid program; add one');
      expect(skipped[2]?.reason).toBe('$.schools[2].programs: has no valid program; add one');
    });

    it('drops featured ids that are not programs of the school and reports each', () => {
      const school = rawSchool('a', [rawProgram('a-1')], { featured: ['a-1', 'good-1', 'a-1', 7] });
      const { catalog, skipped } = accepted(parseCatalog(rawCatalog([good, school])));
      expect(catalog.schools.find((s) => s.id === 'a')?.featured).toEqual(['a-1']);
      expect(skipped.map((s) => s.path)).toEqual([
        '$.schools[1].featured[1]',
        '$.schools[1].featured[2]',
        '$.schools[1].featured[3]',
      ]);
      expect(skipped[0]?.reason).toBe(
        '$.schools[1].featured[1]: "good-1" is not in $.schools[1].programs; add it there or remove it',
      );
    });

    it('leaves a school unfeatured when none of its featured ids is its own', () => {
      const { catalog } = accepted(
        parseCatalog(rawCatalog([rawSchool('a', [rawProgram('a-1')], { featured: ['nope'] })])),
      );
      expect(catalog.schools[0]).not.toHaveProperty('featured');
    });

    it('drops program subjects that are not catalog subjects and reports each', () => {
      const school = rawSchool('a', [
        rawProgram('a-1', { subjects: ['health-science', 'nursing', 'health-informatics'] }),
      ]);
      const { catalog, skipped } = accepted(parseCatalog(rawCatalog([school])));
      expect(catalog.schools[0]?.programs[0]?.subjects).toEqual(['health-science', 'health-informatics']);
      expect(skipped).toEqual([
        {
          path: '$.schools[0].programs[0].subjects[1]',
          id: 'nursing',
          reason: '$.schools[0].programs[0].subjects[1]: "nursing" is not in $.subjects; add it there or remove it',
        },
      ]);
    });
  });

  describe('never throws', () => {
    it('on a cyclic catalog', () => {
      const input = rawCatalog([rawSchool('a', [rawProgram('a-1')])]);
      input.self = input;
      (input.schools as Json[])[0]!.parent = input;
      expect(accepted(parseCatalog(input)).catalog.schools).toHaveLength(1);
    });

    it('on a catalog that throws when read', () => {
      const hostile = new Proxy(
        {},
        {
          get: () => {
            throw new Error('nope');
          },
        },
      );
      expect(rejected(parseCatalog(hostile)).path).toBe('$');
    });

    it('on a catalog that throws something that cannot even be printed', () => {
      const hostile = new Proxy(
        {},
        {
          get: () => {
            throw Object.create(null);
          },
        },
      );
      expect(rejected(parseCatalog(hostile)).message).toMatch(/^could not be read/);
    });

    it('on a very long string where a name should be, and keeps the reason short', () => {
      const { skipped } = accepted(
        parseCatalog(
          rawCatalog([
            rawSchool('a', [rawProgram('a-1')]),
            rawSchool('b', [rawProgram('b-1')], { name: 'x'.repeat(100_000) }),
          ]),
        ),
      );
      expect(skipped[0]?.reason.length).toBeLessThan(300);
    });
  });
});

describe('parseCatalogInSteps', () => {
  it('gives the caller a step after every 100 schools and ends with what parseCatalog returns', () => {
    const raw = largeCatalog(250, 2);
    const steps = parseCatalogInSteps(raw);
    let pauses = 0;
    let step = steps.next();
    while (!step.done) {
      pauses += 1;
      step = steps.next();
    }
    expect(pauses).toBe(3);
    expect(step.value).toEqual(parseCatalog(raw));
  });

  it('names a skipped school by its index in the whole list, past the first step', () => {
    const raw = largeCatalog(150, 2) as { schools: { id: unknown }[] };
    raw.schools[120]!.id = 'Not An Id';
    const result = parseCatalog(raw);
    expect(result.ok && result.skipped.map((item) => item.path)).toEqual(['$.schools[120]']);
  });
});
