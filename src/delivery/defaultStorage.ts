/** This page's `localStorage`, or null where there is none or reading it throws (sandboxed iframes, storage blocked). */
export function defaultStorage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}
