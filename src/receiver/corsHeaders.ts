/** The CORS headers for a response to `origin`: the echo only for allowed origins, `Vary: Origin` always. */
export function corsHeaders(origin: string | null, allowedOrigins: ReadonlySet<string>): Record<string, string> {
  if (origin === null || !allowedOrigins.has(origin)) return { Vary: 'Origin' };
  return {
    Vary: 'Origin',
    'Access-Control-Allow-Origin': origin,
    // The widget honours Retry-After on 429, so a cross-origin page must be allowed to read it.
    'Access-Control-Expose-Headers': 'Retry-After',
  };
}

/** The extra headers of a successful preflight (OPTIONS) answer. */
export const PREFLIGHT_HEADERS: Readonly<Record<string, string>> = {
  'Access-Control-Allow-Methods': 'POST',
  'Access-Control-Allow-Headers': 'Content-Type, Idempotency-Key, Authorization',
  'Access-Control-Max-Age': '600',
};
