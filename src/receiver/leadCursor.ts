/** A position in the newest-first lead order: the receipt time, then the store's insertion sequence for ties. */
export interface LeadCursor {
  receivedAt: string;
  seq: number;
}

const CURSOR = /^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z)~(\d{1,15})$/;

/** The cursor text for a stored lead (safe in a URL as is). */
export function encodeCursor(receivedAt: string, seq: number | string): string {
  return `${receivedAt}~${seq}`;
}

/** The cursor a text names, or null when it is not one (a hand-edited URL). */
export function decodeCursor(text: string): LeadCursor | null {
  const match = CURSOR.exec(text);
  return match === null ? null : { receivedAt: match[1] ?? '', seq: Number(match[2]) };
}
