import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../widget/cli/runCli.ts';

const project = (path: string): string => fileURLToPath(new URL(`../../../${path}`, import.meta.url));
const RENDER = [
  'render',
  '--catalog',
  project('fixtures/catalog.json'),
  '--endpoint',
  '/api/leads',
  '--publisher',
  'pub-123',
];

describe('schoolmatch render, through the schoolmatch command', () => {
  it('runs with the arguments after its name', async () => {
    let stdout = '';
    const code = await runCli(RENDER, { stdout: (text) => void (stdout += text), stderr: () => {} });
    expect(code).toBe(0);
    expect(stdout).toMatch(
      /^<school-match endpoint="\/api\/leads" publisher="pub-123"><template shadowrootmode="open">/,
    );
  });

  it('is in the built bin, dist/cli.mjs, which prints the HTML and exits 0, or one error line and exits 2', () => {
    expect(
      existsSync(project('dist/cli.mjs')),
      'dist/cli.mjs is missing: run "npm run build" (npm test builds first)',
    ).toBe(true);
    const good = spawnSync(process.execPath, [project('dist/cli.mjs'), ...RENDER], { encoding: 'utf8' });
    expect(good.status).toBe(0);
    expect(good.stdout).toContain('<article aria-label="Kaplan University">');
    const bad = spawnSync(process.execPath, [project('dist/cli.mjs'), ...RENDER, '--max-schools', 'ten'], {
      encoding: 'utf8',
    });
    expect({ status: bad.status, stdout: bad.stdout, stderr: bad.stderr }).toEqual({
      status: 2,
      stdout: '',
      stderr: '[schoolmatch] --max-schools must be a whole number from 1 to 1000; got "ten"\n',
    });
  });
});
