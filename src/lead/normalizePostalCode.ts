/** A US ZIP code typed as 5 digits or ZIP+4 ("12345-6789"), cut to its 5 digits, or null when it is neither. */
export function normalizePostalCode(input: string): string | null {
  const match = /^(\d{5})(?:[\s-]?\d{4})?$/.exec(input.trim());
  return match?.[1] ?? null;
}
