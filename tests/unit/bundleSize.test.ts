import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { BUNDLE_BUDGET_BYTES as BUDGET_BYTES } from './bundleBudget.ts';

const BUNDLE = fileURLToPath(new URL('../../dist/schoolmatch.js', import.meta.url));

describe('the script-tag bundle', () => {
  it(`stays within ${BUDGET_BYTES} bytes gzipped`, () => {
    expect(existsSync(BUNDLE), 'dist/schoolmatch.js is missing: run "npm run build" (npm test builds first)').toBe(
      true,
    );
    const code = readFileSync(BUNDLE);
    const gzipped = gzipSync(code, { level: 9 }).length;
    console.log(`[size] dist/schoolmatch.js: ${code.length} bytes, ${gzipped} bytes gzip -9 (budget ${BUDGET_BYTES})`);
    expect(gzipped).toBeLessThanOrEqual(BUDGET_BYTES);
  });

  it('is one self-contained file that never evaluates strings as code or loads more code', () => {
    const code = readFileSync(BUNDLE, 'utf8');
    const found = ['eval(', 'new Function(', 'import(', 'importScripts('].filter((call) => code.includes(call));
    expect(found).toEqual([]);
  });
});
