import { describe, expect, it } from 'vitest';
import { STATE_CODES } from '../../src/zipState.ts';
import { stateNames } from '../../widget/messages/stateNames.ts';

describe('the state names', () => {
  it('name every state code a ZIP code can have, in English and in Spanish, and nothing else', () => {
    for (const names of [stateNames.en, stateNames.es]) expect(Object.keys(names).sort()).toEqual([...STATE_CODES].sort());
    expect(Object.values(stateNames.es).every((name) => name.trim().length > 2)).toBe(true);
  });

  it('read after "in" in each language', () => {
    expect(`Not available in ${stateNames.en.AR}`).toBe('Not available in Arkansas');
    expect(`Not available in ${stateNames.en.DC}`).toBe('Not available in the District of Columbia');
    expect(`No disponible en ${stateNames.es.NY}`).toBe('No disponible en Nueva York');
    expect(`No disponible en ${stateNames.es.TX}`).toBe('No disponible en Texas');
  });
});
