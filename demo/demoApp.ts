import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Receiver } from '../src/receiver/createReceiver.ts';
import { serverRenderedPage } from './serverRenderedPage.ts';

/** Options of {@link createDemoApp}. */
export interface DemoAppOptions {
  /** The project root (holds demo/, dist/ and fixtures/). */
  root: string;
  receiver: Receiver;
}

interface StaticFile {
  path: string;
  type: string;
  /** What to tell the visitor when the file is missing, and how to make it. */
  missing: string;
  headers?: Record<string, string>;
}

function files(root: string): Record<string, StaticFile> {
  // The script-only embed of the article; `/` serves the same article with the widget server-rendered.
  const page: StaticFile = {
    path: join(root, 'demo/index.html'),
    type: 'text/html; charset=utf-8',
    missing: 'demo/index.html is missing from the project.',
    // The publisher page proves the widget needs no inline script or style: only same-origin resources.
    headers: { 'Content-Security-Policy': "default-src 'self'" },
  };
  const build = 'run "npm run build" (npm start does it first), then reload.';
  return {
    '/client.html': page,
    '/article.css': {
      path: join(root, 'demo/article.css'),
      type: 'text/css; charset=utf-8',
      missing: 'demo/article.css is missing.',
    },
    '/schoolmatch.js': {
      path: join(root, 'dist/schoolmatch.js'),
      type: 'text/javascript; charset=utf-8',
      missing: `[schoolmatch] dist/schoolmatch.js is not built yet: ${build}`,
    },
    '/schoolmatch.js.map': {
      path: join(root, 'dist/schoolmatch.js.map'),
      type: 'application/json',
      missing: 'no source map built.',
    },
    '/lead.schema.json': {
      path: join(root, 'dist/lead.schema.json'),
      type: 'application/schema+json',
      missing: `[schoolmatch] dist/lead.schema.json is not built yet: ${build}`,
    },
    '/catalog.json': {
      path: join(root, 'fixtures/catalog.json'),
      type: 'application/json; charset=utf-8',
      missing: '[schoolmatch] fixtures/catalog.json is missing: restore it from the repository.',
      // The widget fetches the catalog cross-origin when the page is on another host.
      headers: { 'Access-Control-Allow-Origin': '*' },
    },
    // (v2) A page offering the catalog with state rules and optional questions, for trying ZIP codes.
    '/states.html': {
      ...page,
      path: join(root, 'demo/states.html'),
      missing: 'demo/states.html is missing from the project.',
    },
    '/catalog-states.json': {
      path: join(root, 'fixtures/catalog-states.json'),
      type: 'application/json; charset=utf-8',
      missing: '[schoolmatch] fixtures/catalog-states.json is missing: restore it from the repository.',
      headers: { 'Access-Control-Allow-Origin': '*' },
    },
  };
}

async function serveFile(file: StaticFile, method: string): Promise<Response> {
  const common = { 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-cache' };
  let body: Buffer;
  try {
    body = await readFile(file.path);
  } catch {
    return new Response(file.missing, {
      status: 404,
      headers: { ...common, 'Content-Type': 'text/plain; charset=utf-8' },
    });
  }
  return new Response(method === 'HEAD' ? null : new Uint8Array(body), {
    headers: { ...common, 'Content-Type': file.type, 'Content-Length': String(body.byteLength), ...file.headers },
  });
}

/** The article with the widget server-rendered, or what to do when the server module is not built yet. */
async function serveServerRendered(root: string, method: string): Promise<Response> {
  const common = { 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-cache' };
  let page;
  try {
    page = await serverRenderedPage(root);
  } catch (error) {
    const message = `[schoolmatch] the server-rendered page could not be made (${(error as Error).message}): run "npm run build" (npm start does it first), then reload. The script-only page is at /client.html.`;
    return new Response(message, { status: 500, headers: { ...common, 'Content-Type': 'text/plain; charset=utf-8' } });
  }
  return new Response(method === 'HEAD' ? null : page.html, {
    headers: {
      ...common,
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': page.contentSecurityPolicy,
    },
  });
}

/**
 * The demo's one request handler: the publisher page (server-rendered at `/`, script-only at `/client.html`), the
 * widget bundle, the catalog, then the receiver.
 */
export function createDemoApp(options: DemoAppOptions): Receiver {
  const table = files(options.root);
  return {
    async fetch(request: Request, env?: unknown): Promise<Response> {
      const path = new URL(request.url).pathname;
      // Browsers ask for a favicon on their own; "no content" keeps their consoles free of 404 noise.
      if (path === '/favicon.ico') return new Response(null, { status: 204 });
      if ((path === '/' || path === '/index.html') && (request.method === 'GET' || request.method === 'HEAD')) {
        return serveServerRendered(options.root, request.method);
      }
      const file = table[path];
      if (file !== undefined && (request.method === 'GET' || request.method === 'HEAD'))
        return serveFile(file, request.method);
      return options.receiver.fetch(request, env);
    },
  };
}
