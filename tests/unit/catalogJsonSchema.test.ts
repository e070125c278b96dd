import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { catalogJsonSchema } from '../../src/catalog/catalogJsonSchema.ts';
import { parseCatalog } from '../../src/catalog/parseCatalog.ts';

const fixturesDir = new URL('../../fixtures/', import.meta.url);
const read = (path: string): string => readFileSync(new URL(path, fixturesDir), 'utf8');
const validate = new Ajv({ allErrors: true, strict: false }).compile(catalogJsonSchema());

// The rules across fields that a JSON Schema cannot express, as parseCatalog words them: unique ids, program
// subjects listed in $.subjects, featured ids among the school's programs. An entry skipped for one of these
// alone is valid for the JSON Schema. Every other verdict must be the same.
const CROSS_FIELD =
  /: repeats the id "[^"]*"; ids must be unique$|" is not in \$\.(subjects|schools\[\d+\]\.programs); add it there or remove it$/;

type Verdict = 'valid' | 'invalid';

/** parseCatalog's verdict as the JSON Schema can see it: valid when nothing but cross-field rules were broken. */
function parseVerdict(input: unknown): Verdict {
  const result = parseCatalog(input);
  if (!result.ok) return 'invalid';
  return result.skipped.every(({ reason }) => CROSS_FIELD.test(reason)) ? 'valid' : 'invalid';
}

const schemaVerdict = (input: unknown): Verdict => (validate(input) ? 'valid' : 'invalid');

const jsonFixtures = [
  'catalog.json',
  'catalog-states.json',
  'hostile.json',
  ...readdirSync(new URL('broken/', fixturesDir))
    .filter((name) => name.endsWith('.json'))
    .map((name) => `broken/${name}`),
];

describe('the catalog JSON Schema (dist/catalog.schema.json)', () => {
  it.each(jsonFixtures)('gives %s the same verdict as parseCatalog', (path) => {
    const input = JSON.parse(read(path));
    expect(schemaVerdict(input)).toBe(parseVerdict(input));
  });

  it('accepts the seed, the states catalog and the hostile strings, and refuses every broken fixture but the cross-field one', () => {
    const verdicts = Object.fromEntries(jsonFixtures.map((path) => [path, schemaVerdict(JSON.parse(read(path)))]));
    expect(verdicts).toEqual({
      'catalog.json': 'valid',
      'catalog-states.json': 'valid',
      'hostile.json': 'valid',
      'broken/bad-program.json': 'invalid',
      'broken/bad-states.json': 'invalid',
      // Two schools and two programs share ids: only parseCatalog can see that (it skips the later ones).
      'broken/duplicate-ids.json': 'valid',
      'broken/wrong-top-level.json': 'invalid',
      'broken/wrong-version.json': 'invalid',
    });
    expect(parseCatalog(JSON.parse(read('broken/duplicate-ids.json')))).toMatchObject({ ok: true, skipped: [{}, {}] });
  });

  it('has no verdict for a file that is not JSON, which parseCatalog never sees either', () => {
    expect(() => JSON.parse(read('broken/not-json.txt'))).toThrow(SyntaxError);
  });

  // One change at a time to the states catalog, for each rule the schema carries.
  const states = () => JSON.parse(read('catalog-states.json'));
  const changes: [string, Verdict, (catalog: any) => void][] = [
    ['a state code that is not USPS', 'invalid', (c) => (c.schools[3].rules.states[0] = 'XX')],
    ['a lower-case state code', 'invalid', (c) => (c.schools[4].programs[6].states = ['tx'])],
    ['an empty list of states', 'invalid', (c) => (c.schools[1].rules.states = [])],
    ['an unknown question', 'invalid', (c) => c.schools[0].questions.push('phone')],
    ['a question asked twice', 'invalid', (c) => c.schools[0].questions.push('startDate')],
    ['a qualifying question left out', 'invalid', (c) => c.schools[0].questions.shift()],
    ['a rank of 0', 'invalid', (c) => (c.schools[0].rank = 0)],
    ['a rank of 1.5', 'invalid', (c) => (c.schools[0].rank = 1.5)],
    ['a name of spaces only', 'invalid', (c) => (c.schools[0].programs[0].name = '   ')],
    ['a school without programs', 'invalid', (c) => (c.schools[0].programs = [])],
    ['no schools', 'invalid', (c) => (c.schools = [])],
    ['an unknown level', 'invalid', (c) => (c.schools[0].programs[0].level = 'phd')],
    ['online as a string', 'invalid', (c) => (c.schools[0].online = 'yes')],
    ['a subject id that is not in subjects', 'valid', (c) => c.schools[0].programs[0].subjects.push('nursing')],
    ['a featured id that is not a program', 'valid', (c) => c.schools[0].featured.push('nope')],
    ['a repeated program id', 'valid', (c) => (c.schools[1].programs[1].id = c.schools[1].programs[0].id)],
    ['an extra key on a school', 'valid', (c) => (c.schools[0].notes = 'kept out')],
    ['a "$schema" that is not a string', 'valid', (c) => (c.$schema = 5)],
    [
      'a state rule without postalCode in questions (a warning)',
      'valid',
      (c) => (c.schools[0].rules = { states: ['TX'] }),
    ],
  ];

  it.each(changes)('agrees with parseCatalog on %s: %s', (_, verdict, change) => {
    const input = states();
    change(input);
    expect([schemaVerdict(input), parseVerdict(input)]).toEqual([verdict, verdict]);
  });

  it('is the file the build writes', () => {
    const built = new URL('../../dist/catalog.schema.json', import.meta.url);
    expect(existsSync(built), 'dist/catalog.schema.json is missing: run "npm run build" (npm test builds first)').toBe(
      true,
    );
    expect(JSON.parse(readFileSync(built, 'utf8'))).toEqual(catalogJsonSchema());
  });
});
