import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type OutgoingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root, where dist/ and fixtures/ live. */
export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
};

/** A test page: its HTML and any extra response headers (such as a Content-Security-Policy). */
export interface TestPage {
  html: string;
  headers?: OutgoingHttpHeaders;
}

/** A running test server: `url(path)` gives an absolute URL; `page()` adds a page; `close()` stops it. */
export interface TestServer {
  url(path: string): string;
  page(path: string, page: TestPage): string;
  close(): Promise<void>;
}

/** Builds dist/ once when it is missing, so `vitest run --project browser` also works on a fresh clone. */
function ensureBuilt(): void {
  if (existsSync(join(ROOT, 'dist/schoolmatch.js'))) return;
  const result = spawnSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`npm run build failed (exit ${result.status}): ${result.stderr}`);
}

/** Serves dist/, fixtures/ and the given pages from 127.0.0.1 on a free port. */
export async function startTestServer(pages: Record<string, TestPage> = {}): Promise<TestServer> {
  ensureBuilt();
  const routes = new Map(Object.entries(pages));
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    if (path === '/favicon.ico') {
      response.writeHead(204).end(); // browsers ask for it; a 404 would show up as a console error
      return;
    }
    const page = routes.get(path);
    if (page) {
      response.writeHead(200, { 'Content-Type': TYPES['.html'], 'Cache-Control': 'no-store', ...page.headers });
      response.end(page.html);
      return;
    }
    const file = normalize(join(ROOT, path));
    const servable = (file.startsWith(join(ROOT, 'dist/')) || file.startsWith(join(ROOT, 'fixtures/'))) && existsSync(file);
    if (!servable || !TYPES[extname(file)]) {
      response.writeHead(404, { 'Content-Type': 'text/plain' });
      response.end('not found');
      return;
    }
    response.writeHead(200, { 'Content-Type': TYPES[extname(file)], 'Cache-Control': 'no-store' });
    response.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: (path) => `${origin}${path}`,
    page(path, page) {
      routes.set(path, page);
      return `${origin}${path}`;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
