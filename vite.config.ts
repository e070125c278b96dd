import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

// `npm run build` runs Vite four times: the default mode writes the self-contained script-tag IIFE
// (dist/schoolmatch.js, with dist/lead.schema.json and dist/catalog.schema.json beside it); `--mode esm` writes
// dist/schoolmatch.mjs for npm users, with the runtime dependencies left as imports so their bundler dedupes them;
// `--mode server` writes dist/server.mjs (`schoolmatch/server`, renderEmbed for Node) and dist/csp.json; `--mode cli`
// writes dist/cli.mjs (below).
const RUNTIME_DEPENDENCIES = [/^preact(\/|$)/, /^@preact\/signals/, /^valibot$/];
const SERVER_DEPENDENCIES = [...RUNTIME_DEPENDENCIES, /^preact-render-to-string(\/|$)/, /^node:/];

/**
 * Publishes dist/csp.json: the CSP source that allows the server-rendered `<style>`, the sha256 of its exact
 * text, for publishers who cannot give each response a nonce. Read from the built module, so it is the text
 * renderEmbed() writes.
 */
function cspHashFile(): Plugin {
  return {
    name: 'schoolmatch:csp-hash',
    apply: 'build',
    async writeBundle(options) {
      const dir = options.dir ?? resolve('dist');
      const module = (await import(`${pathToFileURL(join(dir, 'server.mjs')).href}?built=${Date.now()}`)) as {
        embedStyles: string;
      };
      const hash = createHash('sha256').update(module.embedStyles, 'utf8').digest('base64');
      writeFileSync(join(dir, 'csp.json'), `${JSON.stringify({ 'style-src': `'sha256-${hash}'` }, null, 2)}\n`);
    },
  };
}

/** Publishes the lead and (v2) catalog JSON Schemas (generated from the valibot schemas) for school marketers. */
function jsonSchemaFiles(): Plugin {
  const files = [
    { fileName: 'lead.schema.json', module: './src/receiver/leadJsonSchema.ts', generate: 'leadJsonSchema' },
    { fileName: 'catalog.schema.json', module: './src/catalog/catalogJsonSchema.ts', generate: 'catalogJsonSchema' },
  ];
  return {
    name: 'schoolmatch:json-schemas',
    apply: 'build',
    async generateBundle() {
      // Loaded through tsx at build time, not bundled into the config, so tests never depend on it.
      const { tsImport } = await import('tsx/esm/api');
      for (const { fileName, module, generate } of files) {
        const loaded = (await tsImport(module, pathToFileURL(`${process.cwd()}/`).href)) as Record<
          string,
          () => object
        >;
        this.emitFile({ type: 'asset', fileName, source: `${JSON.stringify(loaded[generate]!(), null, 2)}\n` });
      }
    },
  };
}

// `--mode cli` writes dist/cli.mjs, the package's `schoolmatch` command for Node, from widget/cli/schoolmatch.ts:
// an SSR build, so its dependencies stay imports (npm installs them with the package), left readable.
const CLI_BUILD = {
  target: 'node20',
  ssr: 'widget/cli/schoolmatch.ts',
  outDir: 'dist',
  emptyOutDir: false,
  minify: false,
  sourcemap: false,
  reportCompressedSize: false,
  rolldownOptions: { output: { entryFileNames: 'cli.mjs', format: 'es', banner: '#!/usr/bin/env node' } },
} as const;

export default defineConfig(({ mode, command }) => ({
  // Classic `h(type, props, ...children)` calls are shorter than the automatic runtime's
  // `jsx(type, { children: [...] })` objects: about 300 bytes gzipped off the script-tag bundle.
  oxc: {
    // Never the development transform's __self/__source props, which preact-render-to-string would write out as
    // attributes in tests (the builds never have them).
    jsx: { runtime: 'classic', pragma: 'jsxH', pragmaFrag: 'JsxFragment', development: false },
    jsxInject: "import { h as jsxH, Fragment as JsxFragment } from 'preact'",
  },
  define:
    mode === 'esm' || mode === 'cli'
      ? {}
      : {
          'process.env.NODE_ENV': '"production"',
          // The script-tag bundle never talks to the Preact Signals devtools: their hooks stay out of it. Builds
          // only: Vitest would make this a global `window` object in Node tests, hiding code that touches `window`.
          ...(command === 'build' ? { 'window.__PREACT_SIGNALS_DEVTOOLS__': 'undefined' } : {}),
        },
  plugins: mode === 'server' ? [cspHashFile()] : mode === 'esm' || mode === 'cli' ? [] : [jsonSchemaFiles()],
  // The libraries' modern builds (their "import" entries) rather than their ES5 "browser" ones: the bundle
  // targets ES2022 anyway, and they are smaller.
  resolve: { conditions: ['module', 'import', 'production', 'default'] },
  build:
    mode === 'cli'
      ? CLI_BUILD
      : {
          target: mode === 'server' ? 'node20' : 'es2022',
          // terser with several passes packs about 1% tighter than the default minifier, and every byte counts
          // against the 20 KB gzipped budget.
          // The server module is read by publishers' tools and debuggers, not downloaded by visitors: left readable.
          minify: mode === 'server' ? false : 'terser',
          terserOptions: { compress: { passes: 3, pure_getters: true }, format: { comments: false } },
          cssMinify: true,
          sourcemap: false,
          emptyOutDir: mode === 'production',
          reportCompressedSize: false,
          lib:
            mode === 'esm'
              ? { entry: 'widget/index.ts', formats: ['es'], fileName: () => 'schoolmatch.mjs' }
              : mode === 'server'
                ? { entry: 'widget/server/index.ts', formats: ['es'], fileName: () => 'server.mjs' }
                : {
                    entry: 'widget/entry.ts',
                    formats: ['iife'],
                    name: 'SchoolMatch',
                    fileName: () => 'schoolmatch.js',
                  },
          rolldownOptions: {
            external: mode === 'esm' ? RUNTIME_DEPENDENCIES : mode === 'server' ? SERVER_DEPENDENCIES : [],
          },
        },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts'],
          // The PostgreSQL store tests run against a throwaway cluster started once for the project.
          globalSetup: ['tests/unit/postgresGlobalSetup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'widget',
          environment: 'happy-dom',
          include: ['tests/widget/**/*.test.{ts,tsx}'],
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          environment: 'node',
          include: ['tests/browser/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
}));
