/** A fresh lowercase UUID v4 for a lead: `crypto.randomUUID()`, or one built from `crypto.getRandomValues()` where that is missing (non-secure http pages). */
export const newLeadId = (): string =>
  crypto.randomUUID?.() ??
  // Each 0 and 1 becomes a random hex digit, each 8 one of 8-b (the variant); the 4 (the version) stays.
  '10000000-1000-4000-8000-100000000000'.replace(/[018]/g, (c) =>
    (+c ^ (crypto.getRandomValues(new Uint8Array(1))[0]! & (15 >> (+c / 4)))).toString(16),
  );
