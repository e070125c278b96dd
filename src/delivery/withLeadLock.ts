// Leads being sent by any delivery instance of this page: module-level so that two widgets on one page
// (two instances) never POST the same lead at the same time.
const inFlight = new Set<string>();

interface LockManagerLike {
  request(name: string, options: { ifAvailable: boolean }, callback: (lock: unknown) => Promise<unknown>): Promise<unknown>;
}

/**
 * Runs `task` while holding the lead's lock, or returns null at once when someone else holds it:
 * this page (in-memory set) and other tabs (`navigator.locks`, where the browser has Web Locks).
 */
export async function withLeadLock<T>(leadId: string, task: () => Promise<T>): Promise<T | null> {
  if (inFlight.has(leadId)) return null;
  inFlight.add(leadId);
  try {
    const locks = lockManager();
    if (!locks) return await task();
    let result: T | null = null;
    await locks.request(`schoolmatch:lead:${leadId}`, { ifAvailable: true }, async (lock) => {
      if (lock) result = await task();
    });
    return result;
  } finally {
    inFlight.delete(leadId);
  }
}

function lockManager(): LockManagerLike | null {
  const nav = (globalThis as { navigator?: { locks?: LockManagerLike } }).navigator;
  return typeof nav?.locks?.request === 'function' ? nav.locks : null;
}
