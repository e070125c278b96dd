import type { Context } from 'hono';
import { getCookie } from 'hono/cookie';
import { timingSafeEqual } from 'hono/utils/buffer';
import type { LeadStore } from './LeadStore.ts';

/** The cookie that holds the marketer's sign-in session id (random; the store keeps only its hash). */
export const SESSION_COOKIE = 'schoolmatch_leads';

/** How long a sign-in lasts. */
export const SESSION_SECONDS = 8 * 60 * 60;

/** Who is asking for the leads: the marketer, someone with no credentials, or someone with a wrong token. */
export type MarketerAccess = { kind: 'marketer' } | { kind: 'anonymous' } | { kind: 'wrong-token' };

/** A new random session id (256 bits, URL-safe). */
export function newSessionId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return btoa(String.fromCharCode(...bytes))
    .replaceAll('+', '-')
    .replaceAll('/', '_')
    .replace(/=+$/, '');
}

/** The SHA-256 (hex) of a session id: what the store keeps, so reading the database gives no usable session. */
export async function hashSessionId(id: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(id)));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Whether a typed or sent token is the marketer's, in time that does not depend on where they differ. */
export function tokenMatches(given: string, token: string): Promise<boolean> {
  return timingSafeEqual(given, token);
}

/**
 * Decides who is asking: `Authorization: Bearer {token}` (checked against the token), else the session
 * cookie (checked against the store's unexpired sessions). A wrong Bearer token counts as a guess.
 */
export async function marketerAccess(c: Context, store: LeadStore, token: string, now: Date): Promise<MarketerAccess> {
  const authorization = c.req.header('authorization');
  if (authorization !== undefined) {
    const bearer = /^Bearer\s+(\S+)\s*$/i.exec(authorization.trim())?.[1];
    return bearer !== undefined && (await tokenMatches(bearer, token)) ? { kind: 'marketer' } : { kind: 'wrong-token' };
  }
  const session = getCookie(c, SESSION_COOKIE);
  if (session === undefined || session === '') return { kind: 'anonymous' };
  const valid = await store.sessionIsValid(await hashSessionId(session), now.toISOString());
  return valid ? { kind: 'marketer' } : { kind: 'anonymous' };
}
