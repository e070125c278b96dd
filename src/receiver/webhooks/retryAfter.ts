/**
 * A `Retry-After` header as a wait in ms from `now`: delay-seconds or an HTTP date; undefined when absent,
 * unreadable or already past.
 */
export function retryAfterMs(header: string | null, now: number): number | undefined {
  if (header === null) return undefined;
  const text = header.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  // Only a date-shaped value: Date.parse would read "7" or "1.5" as dates.
  const date = /[a-z]/i.test(text) ? Date.parse(text) : NaN;
  return Number.isNaN(date) || date <= now ? undefined : date - now;
}
