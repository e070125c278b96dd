import { isNanpPhone } from './isNanpPhone.ts';

/**
 * A US phone number typed in any common format ("(212) 555-0123", "212.555.0123", "+1 212 555 0123",
 * "1-212-555-0123", …) in E.164 form ("+12125550123"), or null when it is not a valid NANP number.
 */
export function normalizePhone(input: string): string | null {
  const text = input.trim();
  // Only digits and the separators people type; anything else (letters, "ext", a second "+") is refused
  // rather than guessed at.
  if (!/^\+?[\d\s().-]+$/.test(text)) return null;
  const digits = text.replace(/\D/g, '');
  let national: string;
  if (digits.length === 11 && digits.startsWith('1')) national = digits.slice(1);
  else if (digits.length === 10 && !text.startsWith('+')) national = digits;
  else return null;
  const phone = `+1${national}`;
  return isNanpPhone(phone) ? phone : null;
}
