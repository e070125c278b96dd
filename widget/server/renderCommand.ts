import { readFile } from 'node:fs/promises';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { CommandIo } from '../../src/catalog/checkCatalogCommand.ts';
import { optionName } from '../../src/config/parseEmbedConfig.ts';
import { EmbedConfigError } from './EmbedConfigError.ts';
import { renderEmbed, type RenderEmbedConfig } from './renderEmbed.ts';

const STRING_OPTIONS = [
  'catalog',
  'endpoint',
  'publisher',
  'placement',
  'sub-id',
  'subject',
  'sections',
  'max-schools',
  'locale',
  'evidence',
] as const;

const OPTIONS = {
  ...Object.fromEntries(STRING_OPTIONS.map((name) => [name, { type: 'string' }])),
  'test-mode': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} satisfies ParseArgsConfig['options'];

const USAGE = `Usage: schoolmatch render --catalog <file> --endpoint <url> --publisher <id>
                          [--placement <id>] [--sub-id <id>] [--subject <subject id>]
                          [--sections "featured popular"] [--max-schools <n>] [--locale en|es] [--test-mode]
                          [--evidence "trustedform jornaya"]
Prints the <school-match> element with the widget's first view rendered in (SPEC: server-rendered embed),
for static sites and CMS pages. Allow its styles with the CSP source in schoolmatch/csp.json.
`;

/** Exit codes: done, or the arguments were wrong (nothing printed on standard output). */
const OK = 0;
const BAD_ARGUMENTS = 2;

/** The one-line message for what node:util parseArgs refused, naming the argument. */
function argumentError(error: Error & { code?: string }): string {
  const name = /'(-[^' ]+)/.exec(error.message)?.[1] ?? 'an argument';
  switch (error.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `[schoolmatch] render: unknown argument ${name}. Run "schoolmatch render --help" for the arguments.`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return `[schoolmatch] render: argument ${name} needs a value (or, for --test-mode, none). Run "schoolmatch render --help".`;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `[schoolmatch] render: unexpected argument ${JSON.stringify(/'([^']*)'/.exec(error.message)?.[1] ?? '')}: every value follows its --name.`;
    default:
      return `[schoolmatch] render: ${error.message.replace(/\s+/g, ' ')}`;
  }
}

/** Reads the catalog file as JSON, or says in one line why it cannot. */
async function readCatalog(file: string): Promise<{ ok: true; catalog: object } | { ok: false; error: string }> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    return {
      ok: false,
      error: `[schoolmatch] --catalog ${JSON.stringify(file)} cannot be read (${reason}). Give the path of the catalog JSON file.`,
    };
  }
  try {
    return { ok: true, catalog: JSON.parse(text) };
  } catch (error) {
    return {
      ok: false,
      error: `[schoolmatch] --catalog ${JSON.stringify(file)} is not valid JSON (${(error as Error).message.replace(/\s+/g, ' ')}). Fix it.`,
    };
  }
}

/**
 * `schoolmatch render …`: prints the server-rendered `<school-match>` element for a catalog file. Returns the
 * exit code: 0, or 2 for a wrong argument (one line on standard error naming it).
 */
export async function runRenderCommand(args: string[], io: CommandIo): Promise<number> {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({ args, options: OPTIONS, strict: true, allowPositionals: false }));
  } catch (error) {
    io.stderr(`${argumentError(error as Error)}\n`);
    return BAD_ARGUMENTS;
  }
  if (values.help) {
    io.stdout(USAGE);
    return OK;
  }
  const file = values.catalog;
  if (typeof file !== 'string') {
    io.stderr('[schoolmatch] render: argument --catalog is missing: give the path of the catalog JSON file.\n');
    return BAD_ARGUMENTS;
  }
  const read = await readCatalog(file);
  if (!read.ok) {
    io.stderr(`${read.error}\n`);
    return BAD_ARGUMENTS;
  }
  // Each argument given becomes its option (`--sub-id` → `subId`); required ones left out are reported by
  // renderEmbed itself, as for any embed.
  const given = Object.fromEntries(
    STRING_OPTIONS.filter((name) => name !== 'catalog' && values[name] !== undefined).map((name) => [
      optionName(name),
      values[name],
    ]),
  );
  try {
    const html = renderEmbed({
      ...given,
      ...(values['test-mode'] ? { testMode: true } : {}),
      catalog: read.catalog,
    } as RenderEmbedConfig);
    io.stdout(`${html}\n`);
    return OK;
  } catch (error) {
    if (!(error instanceof EmbedConfigError)) throw error;
    io.stderr(
      `${error.describe(error.setting === 'catalog' ? `--catalog ${JSON.stringify(file)}` : `--${error.setting}`)}\n`,
    );
    return BAD_ARGUMENTS;
  }
}
