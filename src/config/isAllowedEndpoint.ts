/** Hosts where a plain-http endpoint is allowed, because traffic never leaves the machine. */
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Whether leads may be POSTed to `endpoint`: an https URL, an http URL on localhost/127.0.0.1,
 * or a path on the page's own origin such as `/api/leads`.
 */
export function isAllowedEndpoint(endpoint: string, origin: string): boolean {
  if (endpoint.startsWith('/')) {
    // "//host" and "/\host" are protocol-relative URLs to another origin, not paths.
    if (endpoint.startsWith('//') || endpoint.startsWith('/\\')) return false;
    try {
      return new URL(endpoint, origin).origin === origin;
    } catch {
      return false;
    }
  }
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    return false;
  }
  if (url.username !== '' || url.password !== '') return false;
  if (url.protocol === 'https:') return url.hostname !== '';
  return url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname);
}
