import { pathToFileURL } from 'node:url';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

// `npm run build` runs Vite twice: the default mode writes the self-contained script-tag IIFE
// (dist/schoolmatch.js, with dist/lead.schema.json beside it); `--mode esm` writes dist/schoolmatch.mjs
// for npm users, with the runtime dependencies left as imports so their bundler dedupes them.
const RUNTIME_DEPENDENCIES = [/^preact(\/|$)/, /^@preact\/signals/, /^valibot$/];

/** Publishes the lead JSON Schema (generated from the valibot schema) for school marketers. */
function leadSchemaFile(): Plugin {
  return {
    name: 'schoolmatch:lead-schema',
    apply: 'build',
    async generateBundle() {
      // Loaded through tsx at build time, not bundled into the config, so tests never depend on it.
      const { tsImport } = await import('tsx/esm/api');
      const module = (await tsImport('./src/receiver/leadJsonSchema.ts', pathToFileURL(`${process.cwd()}/`).href)) as {
        leadJsonSchema: () => object;
      };
      this.emitFile({
        type: 'asset',
        fileName: 'lead.schema.json',
        source: `${JSON.stringify(module.leadJsonSchema(), null, 2)}\n`,
      });
    },
  };
}

export default defineConfig(({ mode }) => ({
  // Classic `h(type, props, ...children)` calls are shorter than the automatic runtime's
  // `jsx(type, { children: [...] })` objects: about 300 bytes gzipped off the script-tag bundle.
  oxc: {
    jsx: { runtime: 'classic', pragma: 'jsxH', pragmaFrag: 'JsxFragment' },
    jsxInject: "import { h as jsxH, Fragment as JsxFragment } from 'preact'",
  },
  define: mode === 'esm' ? {} : { 'process.env.NODE_ENV': '"production"' },
  plugins: mode === 'esm' ? [] : [leadSchemaFile()],
  build: {
    target: 'es2022',
    // terser with several passes packs about 1% tighter than the default minifier, and every byte counts
    // against the 20 KB gzipped budget.
    minify: 'terser',
    terserOptions: { compress: { passes: 3, pure_getters: true }, format: { comments: false } },
    cssMinify: true,
    sourcemap: false,
    emptyOutDir: mode !== 'esm',
    reportCompressedSize: false,
    lib:
      mode === 'esm'
        ? { entry: 'widget/index.ts', formats: ['es'], fileName: () => 'schoolmatch.mjs' }
        : { entry: 'widget/entry.ts', formats: ['iife'], name: 'SchoolMatch', fileName: () => 'schoolmatch.js' },
    rolldownOptions: {
      external: mode === 'esm' ? RUNTIME_DEPENDENCIES : [],
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
