/**
 * A typed name tidied for the lead: trimmed, inner runs of spaces collapsed, and typographic
 * apostrophes (’ as phones insert them) turned into the plain ' the lead format allows.
 */
export function normalizeName(input: string): string {
  return input.normalize('NFC').trim().replace(/\s+/g, ' ').replace(/[\u2018\u2019\u02BC]/g, "'");
}
