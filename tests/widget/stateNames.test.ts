import { describe, expect, it } from 'vitest';
import { STATE_CODES } from '../../src/zipState.ts';
import { en } from '../../widget/messages/en.ts';
import { es } from '../../widget/messages/es.ts';

describe('the state names', () => {
  it('name every state code a ZIP code can have, in English and in Spanish, and nothing else', () => {
    for (const names of [en.states, es.states]) expect(Object.keys(names).sort()).toEqual([...STATE_CODES].sort());
    expect(Object.values(es.states).every((name) => name.trim().length > 2)).toBe(true);
  });

  it('read after "in" in each language', () => {
    expect(en.notAvailableIn(en.states.AR)).toBe('Not available in Arkansas');
    expect(en.notAvailableIn(en.states.DC)).toBe('Not available in the District of Columbia');
    expect(es.notAvailableIn(es.states.NY)).toBe('No disponible en Nueva York');
    expect(es.notAvailableIn(es.states.TX)).toBe('No disponible en Texas');
  });
});
