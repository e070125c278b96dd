import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { describeIssue } from '../../src/catalog/describeIssue.ts';

const firstIssue = (schema: v.GenericSchema, input: unknown) => {
  const result = v.safeParse(schema, input);
  if (result.success) throw new Error('expected an issue');
  return result.issues[0];
};

describe('describeIssue', () => {
  const schema = v.object({ items: v.array(v.object({ n: v.number('must be a number') })) });

  it('writes the JSON path with dots for keys and brackets for indexes', () => {
    expect(describeIssue('$.schools[2]', firstIssue(schema, { items: [{ n: 1 }, { n: 'x' }] }))).toEqual({
      path: '$.schools[2].items[1].n',
      text: 'must be a number; got "x"',
    });
  });

  it('says plainly that a required value is missing', () => {
    expect(describeIssue('$', firstIssue(schema, { items: [{}] }))).toEqual({ path: '$.items[0].n', text: 'is required but missing; add it' });
  });

  it('shortens a huge received value so the message stays readable', () => {
    const { text } = describeIssue('$', firstIssue(v.number('must be a number'), 'x'.repeat(10_000)));
    expect(text.length).toBeLessThan(120);
    expect(text.endsWith('…')).toBe(true);
  });
});
