const encoder = new TextEncoder();

async function sha256(text: string): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', encoder.encode(text)));
}

/**
 * Whether `given` equals the marketer's token, in time that does not depend on where they differ.
 * Both are hashed first so lengths leak nothing either; Web Crypto keeps it working on edge runtimes.
 */
export async function tokenMatches(given: string, expected: string): Promise<boolean> {
  const [a, b] = await Promise.all([sha256(given), sha256(expected)]);
  let difference = 0;
  for (let i = 0; i < a.length; i++) difference |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return difference === 0;
}

/** The value of the marketer's session cookie for `token`: derived from it, so the cookie never holds the token. */
export async function sessionValue(token: string): Promise<string> {
  const digest = await sha256(`schoolmatch-leads-session:${token}`);
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
