import { createServer, type OutgoingHttpHeaders } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, normalize, join } from 'node:path';
import { ensureBuilt } from './ensureBuilt.ts';
import { projectPath } from './expectedMatches.ts';

/** A test page: its HTML and any extra response headers (such as a Content-Security-Policy). */
export interface TestPage {
  html: string;
  headers?: OutgoingHttpHeaders;
}

/** A tiny file server for test pages, the built bundle and the fixtures. */
export interface StaticServer {
  origin: string;
  /** The absolute URL of a path on this server. */
  url(path: string): string;
  /** Adds or replaces an in-memory response (page or JSON) at a path. */
  put(path: string, body: string, type?: string): void;
  /** Adds or replaces a page, with its extra headers, and returns its URL. */
  page(path: string, page: TestPage): string;
  stop(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

/** Where each URL prefix is read from on disk. */
const ROOTS: Record<string, string> = {
  '/dist/': projectPath('dist/'),
  '/fixtures/': projectPath('fixtures/'),
  '/pages/': projectPath('tests/browser/acceptance/pages/'),
};

/**
 * Serves /dist/ (built first when missing, so the browser tests also run on a fresh clone), /fixtures/,
 * /pages/ and in-memory entries on 127.0.0.1 at a free port.
 */
export async function startStaticServer(): Promise<StaticServer> {
  ensureBuilt();
  const memory = new Map<string, { body: string; headers: OutgoingHttpHeaders }>();
  const server = createServer((req, res) => {
    void (async () => {
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      const inMemory = memory.get(path);
      if (inMemory) {
        res.writeHead(200, { 'cache-control': 'no-store', ...inMemory.headers });
        res.end(inMemory.body);
        return;
      }
      // Browsers ask for it; a 404 would show up as a console error in the tests that watch for them.
      if (path === '/favicon.ico') {
        res.writeHead(204).end();
        return;
      }
      const prefix = Object.keys(ROOTS).find((p) => path.startsWith(p));
      const root = prefix === undefined ? undefined : ROOTS[prefix];
      if (prefix === undefined || root === undefined) {
        res.writeHead(404).end();
        return;
      }
      const relative = normalize(decodeURIComponent(path.slice(prefix.length)));
      if (relative.startsWith('..')) {
        res.writeHead(403).end();
        return;
      }
      try {
        const body = await readFile(join(root, relative));
        res.writeHead(200, {
          'content-type': TYPES[extname(relative)] ?? 'application/octet-stream',
          'cache-control': 'no-store',
        });
        res.end(body);
      } catch {
        res.writeHead(404).end();
      }
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (path) => `${origin}${path}`,
    put(path, body, type = TYPES[extname(path)] ?? 'text/html; charset=utf-8') {
      memory.set(path, { body, headers: { 'content-type': type } });
    },
    page(path, { html, headers }) {
      memory.set(path, { body: html, headers: { 'content-type': TYPES['.html'], ...headers } });
      return `${origin}${path}`;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
