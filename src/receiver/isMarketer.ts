import { sessionValue, tokenMatches } from './tokenMatches.ts';

/** The cookie that remembers, for the leads page, that the marketer typed the right token. */
export const SESSION_COOKIE = 'schoolmatch_leads';

function cookie(request: Request, name: string): string | null {
  for (const part of (request.headers.get('cookie') ?? '').split(';')) {
    const [key, ...value] = part.split('=');
    if (key?.trim() === name) return value.join('=').trim();
  }
  return null;
}

/** Whether the request carries the marketer's token: `Authorization: Bearer {token}`, or the leads page's session cookie. */
export async function isMarketer(request: Request, token: string): Promise<boolean> {
  const authorization = request.headers.get('authorization');
  const bearer = authorization === null ? null : /^Bearer\s+(.+)$/i.exec(authorization.trim())?.[1];
  if (bearer !== undefined && bearer !== null) return tokenMatches(bearer, token);
  const session = cookie(request, SESSION_COOKIE);
  return session !== null && tokenMatches(session, await sessionValue(token));
}
