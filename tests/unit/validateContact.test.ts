import { describe, expect, it } from 'vitest';
import { validateContact } from '../../src/lead/validateContact.ts';

const good = {
  firstName: 'José',
  lastName: "O'Brien",
  email: 'jose@example.com',
  phone: '(212) 555-0123',
  postalCode: '10001',
};

describe('validateContact', () => {
  it('returns the contact ready for a lead when every field is valid', () => {
    expect(
      validateContact({ ...good, email: '  Jose.B@Example.COM ', postalCode: '10001-1234', firstName: '  José ' }),
    ).toEqual({
      ok: true,
      contact: {
        firstName: 'José',
        lastName: "O'Brien",
        email: 'Jose.B@example.com',
        phone: '+12125550123',
        postalCode: '10001',
        state: 'NY',
      },
    });
  });

  it("adds the ZIP code's state to the contact", () => {
    const stateOf = (postalCode: string) => {
      const result = validateContact({ ...good, postalCode });
      return result.ok ? result.contact.state : result.errors;
    };
    expect(['72201', '00901', '20500', '96910', '09021'].map(stateOf)).toEqual(['AR', 'PR', 'DC', 'GU', 'AE']);
  });

  it.each(['00000', '69401', '96940'])('refuses the ZIP code %s, which belongs to no US state', (postalCode) => {
    expect(validateContact({ ...good, postalCode })).toEqual({
      ok: false,
      errors: { postalCode: 'postal-code-invalid' },
    });
  });

  it('reports every empty or blank field as required', () => {
    expect(validateContact({ firstName: '', lastName: ' ', email: '', phone: '\t', postalCode: '' })).toEqual({
      ok: false,
      errors: {
        firstName: 'required',
        lastName: 'required',
        email: 'required',
        phone: 'required',
        postalCode: 'required',
      },
    });
  });

  it.each(['José', "O'Brien", 'Anne-Marie', '李', 'Мария', 'J. R.', 'Zoë', 'محمد'])(
    'accepts the name %s',
    (firstName) => {
      expect(validateContact({ ...good, firstName }).ok).toBe(true);
    },
  );

  it('turns a typographic apostrophe into a plain one and collapses inner spaces', () => {
    const result = validateContact({ ...good, lastName: 'O’Brien', firstName: 'Mary   Ann' });
    expect(result.ok && result.contact).toMatchObject({ lastName: "O'Brien", firstName: 'Mary Ann' });
  });

  it.each(['R2D2', 'jane@doe', '<b>', '---', '😀'])('refuses the name %s as invalid', (lastName) => {
    expect(validateContact({ ...good, lastName })).toEqual({ ok: false, errors: { lastName: 'name-invalid' } });
  });

  it('refuses a name over 50 characters as too long', () => {
    expect(validateContact({ ...good, firstName: 'A'.repeat(51) })).toEqual({
      ok: false,
      errors: { firstName: 'name-too-long' },
    });
    expect(validateContact({ ...good, firstName: 'A'.repeat(50) }).ok).toBe(true);
  });

  it.each(['jose', 'jose@', '@example.com', 'jose@example', 'jo se@example.com', 'jose@example..com'])(
    'refuses the email %s',
    (email) => {
      expect(validateContact({ ...good, email })).toEqual({ ok: false, errors: { email: 'email-invalid' } });
    },
  );

  it.each([
    '(212) 555-0123',
    '212-555-0123',
    '212.555.0123',
    '2125550123',
    '+1 212 555 0123',
    '1-212-555-0123',
    '+1 (212) 555-0123',
  ])('normalises the phone %s to +12125550123', (phone) => {
    const result = validateContact({ ...good, phone });
    expect(result.ok && result.contact.phone).toBe('+12125550123');
  });

  it.each([
    ['area code starting with 0', '012-555-0123'],
    ['area code starting with 1', '112-555-0123'],
    ['N11 area code', '911-555-0123'],
    ['exchange starting with 0', '212-055-0123'],
    ['exchange starting with 1', '212-155-0123'],
    ['N11 exchange', '212-411-0123'],
    ['too few digits', '212-555-012'],
    ['too many digits', '212-555-01234'],
    ['a country code other than 1', '+44 20 7946 0958'],
    ['letters', '212-555-CALL'],
    ['an extension', '212-555-0123 ext 4'],
  ])('refuses a phone with %s', (_case, phone) => {
    expect(validateContact({ ...good, phone })).toEqual({ ok: false, errors: { phone: 'phone-invalid' } });
  });

  it.each(['1234', '123456', 'ABCDE', '12345-67', '1234-56789'])('refuses the ZIP code %s', (postalCode) => {
    expect(validateContact({ ...good, postalCode })).toEqual({
      ok: false,
      errors: { postalCode: 'postal-code-invalid' },
    });
  });

  it('reports each bad field at once so the form can mark them all', () => {
    const result = validateContact({ ...good, email: 'nope', phone: '123', postalCode: '' });
    expect(result).toEqual({
      ok: false,
      errors: { email: 'email-invalid', phone: 'phone-invalid', postalCode: 'required' },
    });
  });
});

describe('phone and ZIP normalising', () => {
  const contact = (overrides: Partial<typeof good>) => {
    const result = validateContact({ ...good, ...overrides });
    return result.ok ? result.contact : result.errors;
  };

  it('accepts the fictional 555-01XX range used in examples', () => {
    expect(contact({ phone: '555-555-0100' })).toMatchObject({ phone: '+15555550100' });
  });

  it('refuses a leading + that is not followed by country code 1', () => {
    expect(contact({ phone: '+2125550123' })).toEqual({ phone: 'phone-invalid' });
  });

  it('cuts ZIP+4 to its five digits', () => {
    expect(contact({ postalCode: ' 02134-1234 ' })).toMatchObject({ postalCode: '02134' });
    expect(contact({ postalCode: '021341234' })).toMatchObject({ postalCode: '02134' });
  });
});
