import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateContact } from '../../src/lead/validateContact.ts';

// The phone the form would put into a lead, or null when it refuses what was typed.
function normalizePhone(phone: string): string | null {
  const result = validateContact({
    firstName: 'Ana',
    lastName: 'Pérez',
    email: 'ana@example.com',
    phone,
    postalCode: '10001',
  });
  return result.ok ? result.contact.phone : null;
}

const E164_NANP = /^\+1[2-9]\d{2}[2-9]\d{6}$/;

// NANP codes as the normaliser accepts them: 2-9 first, not N11, and (area codes) no 9 in the middle.
const areaCode = fc
  .tuple(fc.integer({ min: 2, max: 9 }), fc.integer({ min: 0, max: 8 }), fc.integer({ min: 0, max: 9 }))
  .filter(([, b, c]) => !(b === 1 && c === 1))
  .map((digits) => digits.join(''));
const exchange = fc
  .tuple(fc.integer({ min: 2, max: 9 }), fc.integer({ min: 0, max: 9 }), fc.integer({ min: 0, max: 9 }))
  .filter(([, b, c]) => !(b === 1 && c === 1))
  .map((digits) => digits.join(''));
const line = fc.integer({ min: 0, max: 9999 }).map((n) => String(n).padStart(4, '0'));

const FORMATS: ((a: string, e: string, l: string) => string)[] = [
  (a, e, l) => `(${a}) ${e}-${l}`,
  (a, e, l) => `${a}-${e}-${l}`,
  (a, e, l) => `${a}.${e}.${l}`,
  (a, e, l) => `${a}${e}${l}`,
  (a, e, l) => `+1 ${a} ${e} ${l}`,
  (a, e, l) => `1-${a}-${e}-${l}`,
  (a, e, l) => `+1${a}${e}${l}`,
  (a, e, l) => ` +1 (${a}) ${e}-${l} `,
];

describe('phone normalising properties', () => {
  it('normalises every valid NANP number to the same E.164 in every supported format', () => {
    fc.assert(
      fc.property(areaCode, exchange, line, (a, e, l) => {
        const expected = `+1${a}${e}${l}`;
        for (const format of FORMATS) expect(normalizePhone(format(a, e, l))).toBe(expected);
      }),
      { numRuns: 500 },
    );
  });

  it('either refuses a string or returns a valid US E.164 number', () => {
    const phoneish = fc.string({ unit: fc.constantFrom(...'0123456789 +-().x'.split('')), maxLength: 20 });
    fc.assert(
      fc.property(fc.oneof(phoneish, fc.string()), (input) => {
        const phone = normalizePhone(input);
        expect(phone === null || E164_NANP.test(phone)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('refuses every number whose area code or exchange starts with 0 or 1', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 999_999_999 }),
        fc.constantFrom('0', '1'),
        fc.boolean(),
        (rest, bad, inArea) => {
          const digits = String(rest).padStart(9, '0');
          const national = inArea ? bad + digits : `2${digits.slice(0, 2)}${bad}${digits.slice(3)}`;
          expect(normalizePhone(national)).toBeNull();
        },
      ),
    );
  });
});
