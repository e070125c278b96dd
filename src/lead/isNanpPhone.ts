/**
 * Whether `phone` is a dialable North American number in E.164 form (`+1NPANXXXXXX`).
 *
 * NANP rules applied: area code and exchange start with 2-9; neither is an N11 service code
 * (211, 311, … 911); area codes with 9 in the middle are reserved for expansion and never assigned.
 * The fictional 555-01XX range is accepted: real students do not use it, but demos and tests do.
 */
export function isNanpPhone(phone: string): boolean {
  const match = /^\+1([2-9])(\d)(\d)([2-9])(\d)(\d)\d{4}$/.exec(phone);
  if (!match) return false;
  const [, , a2, a3, , e2, e3] = match;
  if (a2 === '1' && a3 === '1') return false;
  if (a2 === '9') return false;
  if (e2 === '1' && e3 === '1') return false;
  return true;
}
