import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { runCheckCatalog, type CatalogReport } from '../../src/catalog/checkCatalogCommand.ts';
import { runCli } from '../../widget/cli/runCli.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const fixture = (path: string) => `fixtures/${path}`;

/** Runs a subcommand with captured output, from the project root (fixture paths are relative to it). */
async function run(
  args: string[],
  command = (argv: string[], io: Parameters<typeof runCheckCatalog>[1]) => runCheckCatalog(argv, io),
) {
  let stdout = '';
  let stderr = '';
  const cwd = process.cwd();
  process.chdir(root);
  try {
    const code = await command(args, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) });
    return { code, stdout, stderr };
  } finally {
    process.chdir(cwd);
  }
}

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

describe('schoolmatch check-catalog', () => {
  it('exits 0 for the seed catalog and says it is valid, with its counts', async () => {
    expect(await run([fixture('catalog.json')])).toEqual({
      code: 0,
      stdout: '✔ fixtures/catalog.json is valid: 10 schools, 53 programs\n',
      stderr: '',
    });
  });

  it('exits 0 for the catalog with state rules, and for the hostile strings (plain text is not its business)', async () => {
    expect((await run([fixture('catalog-states.json')])).code).toBe(0);
    expect((await run([fixture('hostile.json')])).code).toBe(0);
  });

  it('exits 1 and prints each skipped entry with the JSON path of the wrong value', async () => {
    const { code, stdout, stderr } = await run([fixture('broken/bad-program.json')]);
    expect(code).toBe(1);
    expect(stderr).toBe('');
    expect(stdout.split('\n')).toEqual([
      'skipped  $.schools[0].programs[1].level: must be one of certificate, associate, bachelor, graduate-certificate, master, doctorate; got "phd" (leaves out $.schools[0].programs[1] "ncu-phd-hca")',
      'skipped  $.schools[0].programs[2].name: Invalid key: Expected "name" but received undefined (leaves out $.schools[0].programs[2] "ncu-unnamed")',
      '✖ fixtures/broken/bad-program.json would be used without 2 invalid entries (2 schools, 3 programs left); fix them',
      '',
    ]);
  });

  it('exits 1 for bad state codes, and prints the warning about a state rule without postalCode', async () => {
    const { code, stdout } = await run([fixture('broken/bad-states.json')]);
    expect(code).toBe(1);
    expect(stdout).toContain(
      'skipped  $.schools[0].rules.states: must list two-letter USPS state codes like "AR"; got ["DC","MD","Virginia"]',
    );
    expect(stdout).toContain(
      'skipped  $.schools[1].programs[1].states: must list two-letter USPS state codes like "AR"; got ["pa"]',
    );
    expect(stdout).toContain(
      'warning  $.schools[1].questions: school "saint-josephs-university" has a state rule but does not ask postalCode; it is asked last. Add "postalCode" to its questions',
    );
  });

  it('exits 1 for the entries only parseCatalog can see: repeated ids', async () => {
    const { code, stdout } = await run([fixture('broken/duplicate-ids.json')]);
    expect(code).toBe(1);
    expect(stdout).toContain('skipped  $.schools[2].id: repeats the id "american-university"; ids must be unique');
  });

  it.each([
    [
      'broken/wrong-top-level.json',
      'error    $.schools: must be an array. A catalog is {"version": 1, "subjects": [...], "schools": [...]}',
    ],
    ['broken/wrong-version.json', 'error    $.version: must be one of 1; got 2.'],
    ['broken/not-json.txt', 'error    $: is not valid JSON'],
  ])('exits 1 for %s, which the widget would reject, with the error at its path', async (path, line) => {
    const { code, stdout } = await run([fixture(path)]);
    expect(code).toBe(1);
    expect(stdout).toContain(line);
    expect(stdout).toContain(`✖ fixtures/${path} is rejected: the widget would show nothing; fix it`);
  });

  it('prints the same as JSON with --json', async () => {
    const { code, stdout } = await run(['--json', fixture('broken/bad-states.json')]);
    expect(code).toBe(1);
    const report = JSON.parse(stdout) as CatalogReport;
    expect(report).toMatchObject({
      catalog: 'fixtures/broken/bad-states.json',
      verdict: 'skipped',
      errors: [],
      schools: 1,
      programs: 1,
    });
    expect(report.skipped.map(({ path, id }) => [path, id])).toEqual([
      ['$.schools[0]', 'american-university'],
      ['$.schools[1].programs[1]', 'sju-ms-hai'],
    ]);
    expect(report.warnings).toEqual([
      {
        path: '$.schools[1].questions',
        message:
          'school "saint-josephs-university" has a state rule but does not ask postalCode; it is asked last. Add "postalCode" to its questions',
      },
    ]);
  });

  it('checks a catalog at an https URL', async () => {
    const seed = JSON.parse(readFileSync(`${root}/fixtures/catalog.json`, 'utf8'));
    server.use(http.get('https://cdn.example/catalog.json', () => HttpResponse.json(seed)));
    expect(await run(['https://cdn.example/catalog.json'])).toMatchObject({
      code: 0,
      stdout: '✔ https://cdn.example/catalog.json is valid: 10 schools, 53 programs\n',
    });
  });

  it('exits 1 when the URL answers an error or cannot be reached, as the widget would report it', async () => {
    server.use(
      http.get('https://cdn.example/gone.json', () => new HttpResponse(null, { status: 404 })),
      http.get('https://cdn.example/down.json', () => HttpResponse.error()),
    );
    const gone = await run(['https://cdn.example/gone.json']);
    expect(gone.code).toBe(1);
    expect(gone.stdout).toContain(
      'error    $: could not be loaded: "https://cdn.example/gone.json" answered HTTP 404. Check the URL',
    );
    const down = await run(['https://cdn.example/down.json', '--json']);
    expect(down.code).toBe(1);
    expect(JSON.parse(down.stdout).errors).toEqual([
      {
        path: '$',
        message:
          'could not be loaded: "https://cdn.example/down.json" failed (network error or timeout). Check the URL',
      },
    ]);
  });

  it.each([
    [[], 'missing the catalog to check'],
    [['a.json', 'b.json'], 'unexpected argument "b.json"; check one catalog at a time'],
    [['--jsn', 'a.json'], "Unknown option '--jsn'"],
    [
      ['fixtures/nope.json'],
      'cannot read "fixtures/nope.json" (ENOENT); give the path of a catalog JSON file or its http(s) URL',
    ],
  ])('exits 2 with one line naming the problem for the arguments %j', async (args, problem) => {
    const { code, stdout, stderr } = await run(args);
    expect([code, stdout]).toEqual([2, '']);
    expect(stderr).toBe(
      `[schoolmatch] check-catalog: ${problem}. Usage: schoolmatch check-catalog <file or URL> [--json]\n`,
    );
  });
});

describe('the schoolmatch command', () => {
  it('runs check-catalog by name', async () => {
    expect((await run(['check-catalog', fixture('catalog.json')], runCli)).code).toBe(0);
  });

  it('exits 2 naming the subcommands when the subcommand is unknown or missing', async () => {
    expect(await run(['check', 'x'], runCli)).toEqual({
      code: 2,
      stdout: '',
      stderr:
        '[schoolmatch] unknown subcommand "check"; use one of: check-catalog, render. Usage: schoolmatch <subcommand> [arguments]\n',
    });
    expect((await run([], runCli)).stderr).toMatch(
      /^\[schoolmatch\] missing the subcommand; use one of: check-catalog, render\./,
    );
    expect((await run(['toString'], runCli)).code).toBe(2);
  });

  describe('built as dist/cli.mjs, the package bin', () => {
    const cli = `${root}/dist/cli.mjs`;
    const exec = (args: string[]) =>
      promisify(execFile)(process.execPath, [cli, ...args], { cwd: root }).then(
        ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
        (error: { code: number; stdout: string; stderr: string }) => ({
          code: error.code,
          stdout: error.stdout,
          stderr: error.stderr,
        }),
      );

    it('is built with a node shebang and named as the bin in package.json', () => {
      expect(existsSync(cli), 'dist/cli.mjs is missing: run "npm run build" (npm test builds first)').toBe(true);
      expect(readFileSync(cli, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
      expect(JSON.parse(readFileSync(`${root}/package.json`, 'utf8')).bin).toEqual({ schoolmatch: './dist/cli.mjs' });
    });

    it('exits 0, 1 and 2 as a process, with the report on stdout and usage errors on stderr', async () => {
      expect(await exec(['check-catalog', 'fixtures/catalog.json'])).toEqual({
        code: 0,
        stdout: '✔ fixtures/catalog.json is valid: 10 schools, 53 programs\n',
        stderr: '',
      });
      const broken = await exec(['check-catalog', 'fixtures/broken/bad-states.json', '--json']);
      expect([broken.code, JSON.parse(broken.stdout).verdict]).toEqual([1, 'skipped']);
      expect(await exec(['check-catalog'])).toEqual({
        code: 2,
        stdout: '',
        stderr:
          '[schoolmatch] check-catalog: missing the catalog to check. Usage: schoolmatch check-catalog <file or URL> [--json]\n',
      });
    });
  });
});
