import type { Lead } from '../lead/schema.ts';

/** How many days back a lead for the same school and person counts as a duplicate, unless DEDUPE_DAYS says otherwise. */
export const DEFAULT_DEDUPE_DAYS = 30;

const DAY_MS = 24 * 60 * 60 * 1000;

/** What the dedupe window compares: the school, the email in lower case, the phone (already E.164). */
export interface DedupeKey {
  schoolId: string;
  email: string;
  phone: string;
  /** Test leads are compared only with test leads, so a test never hides a real student's request. */
  testMode: boolean;
}

/** A stored lead as the dedupe window sees it. */
export interface EarlierLead extends DedupeKey {
  leadId: string;
  receivedAt: number;
  /** Set when it was itself a duplicate: only originals start a window. */
  duplicateOf: string | null;
}

/** The dedupe key of a lead. */
export function dedupeKeyOf(lead: Lead): DedupeKey {
  return {
    schoolId: lead.school.id,
    email: lead.contact.email.toLowerCase(),
    phone: lead.contact.phone,
    testMode: lead.testMode,
  };
}

/** The earliest receipt time inside the window of a lead received at `receivedAt`. */
export function dedupeWindowStart(receivedAt: number, days: number): number {
  return receivedAt - days * DAY_MS;
}

/**
 * The leadId a lead received at `receivedAt` duplicates: among the leads stored before it, the latest original
 * (not itself a duplicate) for the same school, with the same email (any case) or phone, received within
 * `days` days before; or null.
 * The stores run the same rule in SQL; this is its definition (and the in-memory store's implementation).
 */
export function findDuplicateOf(
  key: DedupeKey,
  receivedAt: number,
  earlier: Iterable<EarlierLead>,
  days: number,
): string | null {
  const since = dedupeWindowStart(receivedAt, days);
  let found: EarlierLead | null = null;
  for (const lead of earlier) {
    // No upper bound: a lead stored first counts as earlier even when another process's clock stamped it a
    // moment later, so of two copies arriving together exactly one is the duplicate.
    const inWindow = lead.receivedAt >= since;
    const samePerson = lead.email === key.email || lead.phone === key.phone;
    if (
      inWindow &&
      samePerson &&
      lead.duplicateOf === null &&
      lead.schoolId === key.schoolId &&
      lead.testMode === key.testMode
    ) {
      if (found === null || lead.receivedAt > found.receivedAt) found = lead;
    }
  }
  return found?.leadId ?? null;
}
