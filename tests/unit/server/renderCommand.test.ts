import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderEmbed } from '../../../widget/server/renderEmbed.ts';
import { runRenderCommand } from '../../../widget/server/renderCommand.ts';

const fixturePath = (name: string): string => fileURLToPath(new URL(`../../../fixtures/${name}`, import.meta.url));
const SEED = fixturePath('catalog.json');
const REQUIRED = ['--catalog', SEED, '--endpoint', '/api/leads', '--publisher', 'pub-123'];

/** Runs `schoolmatch render` with `args`; returns its exit code and what it wrote. */
async function render(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runRenderCommand(args, {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
  });
  return { code, stdout, stderr };
}

describe('schoolmatch render', () => {
  it('prints what renderEmbed returns for the same settings, and exits 0', async () => {
    const result = await render([
      ...REQUIRED,
      '--placement',
      'sidebar',
      '--sub-id',
      's1',
      '--subject',
      'medical-billing-coding',
      '--sections',
      'popular',
      '--max-schools',
      '3',
      '--locale',
      'es',
      '--test-mode',
    ]);
    const catalog = JSON.parse(readFileSync(SEED, 'utf8')) as object;
    const expected = renderEmbed({
      catalog,
      endpoint: '/api/leads',
      publisher: 'pub-123',
      placement: 'sidebar',
      subId: 's1',
      subject: 'medical-billing-coding',
      sections: 'popular',
      maxSchools: '3',
      locale: 'es',
      testMode: true,
    });
    expect(result).toEqual({ code: 0, stdout: `${expected}\n`, stderr: '' });
    expect(result.stdout).toContain(' test-mode>');
  });

  it('prints its usage for --help and exits 0', async () => {
    const result = await render(['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Usage: schoolmatch render --catalog <file> --endpoint <url> --publisher <id>');
  });

  const bad: [string, string[], RegExp][] = [
    ['an unknown argument', [...REQUIRED, '--colour', 'red'], /^\[schoolmatch\] render: unknown argument --colour\. /],
    [
      'an argument without its value',
      [...REQUIRED, '--placement'],
      /^\[schoolmatch\] render: argument --placement needs a value/,
    ],
    ['a stray value', [...REQUIRED, 'extra'], /^\[schoolmatch\] render: unexpected argument "extra"/],
    ['no --catalog', REQUIRED.slice(2), /^\[schoolmatch\] render: argument --catalog is missing/],
    [
      'a catalog file that does not exist',
      ['--catalog', '/no/such/catalog.json', ...REQUIRED.slice(2)],
      /^\[schoolmatch\] --catalog "\/no\/such\/catalog.json" cannot be read \(ENOENT\)/,
    ],
    [
      'a catalog file that is not JSON',
      ['--catalog', fixturePath('broken/not-json.txt'), ...REQUIRED.slice(2)],
      /^\[schoolmatch\] --catalog ".*not-json.txt" is not valid JSON/,
    ],
    [
      'a catalog of the wrong shape',
      ['--catalog', fixturePath('broken/wrong-top-level.json'), ...REQUIRED.slice(2)],
      /^\[schoolmatch\] --catalog ".*wrong-top-level.json" is invalid at \$\.schools/,
    ],
    [
      'no --endpoint',
      [...REQUIRED.slice(0, 2), ...REQUIRED.slice(4)],
      /^\[schoolmatch\] --endpoint is missing: it must be an https URL/,
    ],
    [
      'an ftp --endpoint',
      [...REQUIRED, '--endpoint', 'ftp://x'],
      /^\[schoolmatch\] --endpoint must be an https URL.*; got "ftp:\/\/x"$/,
    ],
    ['no --publisher', REQUIRED.slice(0, 4), /^\[schoolmatch\] --publisher is missing/],
    [
      'a --max-schools that is not a number',
      [...REQUIRED, '--max-schools', 'ten'],
      /^\[schoolmatch\] --max-schools must be a whole number from 1 to 1000; got "ten"$/,
    ],
    [
      'an unknown --locale',
      [...REQUIRED, '--locale', 'fr'],
      /^\[schoolmatch\] --locale must be "en" or "es"; got "fr"$/,
    ],
    [
      'unknown --sections',
      [...REQUIRED, '--sections', 'sidebar'],
      /^\[schoolmatch\] --sections must list featured and\/or popular/,
    ],
  ];
  it.each(bad)('for %s prints one line naming the argument, prints no HTML and exits 2', async (_, args, message) => {
    const result = await render(args);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.endsWith('\n')).toBe(true);
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(result.stderr.trimEnd()).toMatch(message);
  });
});
