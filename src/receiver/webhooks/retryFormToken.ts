import { timingSafeEqual } from 'hono/utils/buffer';

const encoder = new TextEncoder();

/**
 * The token a signed-in marketer's Retry form carries: an HMAC of the purpose keyed by the session id,
 * which only the session's own pages can know (the cookie is HttpOnly), so another site cannot forge the POST.
 */
export async function retryFormToken(sessionId: string): Promise<string> {
  const key = await crypto.subtle.importKey(
    'raw',
    encoder.encode(sessionId),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  const mac = new Uint8Array(await crypto.subtle.sign('HMAC', key, encoder.encode('schoolmatch retry-delivery')));
  return btoa(String.fromCharCode(...mac))
    .replaceAll('+', '-')
    .replaceAll('/', '_')
    .replace(/=+$/, '');
}

/** Whether a submitted form token belongs to this session. */
export async function retryFormTokenMatches(sessionId: string, submitted: string): Promise<boolean> {
  return timingSafeEqual(await retryFormToken(sessionId), submitted);
}
