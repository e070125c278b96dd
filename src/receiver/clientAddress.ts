import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';

// The Node adapter's own helper reads the socket; on other runtimes (or a request made in code) there is none.
function socketAddress(c: Context): string | undefined {
  try {
    return getConnInfo(c).remote.address;
  } catch {
    return undefined;
  }
}

// The last entry of a comma-separated proxy header: the one the nearest (trusted) proxy wrote. Earlier
// entries come from the client and can say anything.
function lastListEntry(header: string | undefined): string | undefined {
  const last = header?.split(',').at(-1)?.trim();
  return last === undefined || last === '' ? undefined : last;
}

/**
 * The client address of a request: with `trustProxy`, the last address of X-Forwarded-For (the one the
 * proxy in front of the receiver saw); without, the socket's peer address, and the header is ignored.
 */
export function clientAddress(c: Context, trustProxy: boolean): string {
  const forwarded = trustProxy ? lastListEntry(c.req.header('x-forwarded-for')) : undefined;
  return (forwarded ?? socketAddress(c) ?? 'unknown').slice(0, 100);
}

/** Whether the browser reached the receiver over HTTPS: the URL's scheme, or with `trustProxy` the proxy's X-Forwarded-Proto. */
export function reachedOverHttps(c: Context, trustProxy: boolean): boolean {
  if (new URL(c.req.url).protocol === 'https:') return true;
  return trustProxy && lastListEntry(c.req.header('x-forwarded-proto'))?.toLowerCase() === 'https';
}
