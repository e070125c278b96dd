import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { parseCatalog, type CatalogWarning, type SkippedItem } from './parseCatalog.ts';

/** Where a command writes, and how it fetches (tests pass their own). */
export interface CommandIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  fetch?: typeof fetch;
}

/** What `check-catalog --json` prints: the verdict and every problem the widget would log, each with its JSON path. */
export interface CatalogReport {
  catalog: string;
  /** valid: used as is (warnings allowed); skipped: used without some entries; rejected: not used at all. */
  verdict: 'valid' | 'skipped' | 'rejected';
  /** Why the widget would show nothing (at most one). */
  errors: { path: string; message: string }[];
  /** Entries the widget would leave out: their path, id and why (the reason starts with the JSON path of the wrong value). */
  skipped: SkippedItem[];
  warnings: CatalogWarning[];
  schools: number;
  programs: number;
}

const USAGE = 'Usage: schoolmatch check-catalog <file or URL> [--json]';

const usageError = (io: CommandIo, problem: string): number => {
  io.stderr(`[schoolmatch] check-catalog: ${problem}. ${USAGE}\n`);
  return 2;
};

/** The catalog JSON at a path or http(s) URL, or why it cannot be read: as the widget would say it, or a usage error. */
async function load(source: string, io: CommandIo): Promise<{ json: unknown } | { error: string } | { usage: string }> {
  let text: string;
  if (/^https?:\/\//i.test(source)) {
    try {
      const response = await (io.fetch ?? fetch)(source, { signal: AbortSignal.timeout(15_000) });
      if (!response.ok)
        return { error: `could not be loaded: "${source}" answered HTTP ${response.status}. Check the URL` };
      text = await response.text();
    } catch {
      return { error: `could not be loaded: "${source}" failed (network error or timeout). Check the URL` };
    }
  } else {
    try {
      text = await readFile(source, 'utf8');
    } catch (error) {
      const code = (error as { code?: string }).code;
      return {
        usage: `cannot read "${source}" (${code ?? String(error)}); give the path of a catalog JSON file or its http(s) URL`,
      };
    }
  }
  try {
    return { json: JSON.parse(text) };
  } catch (error) {
    return { error: `is not valid JSON (${(error as Error).message}). Serve it as JSON` };
  }
}

/** The report as lines for people: one per problem, its JSON path first, then the verdict. */
function toText(report: CatalogReport): string {
  const lines = [
    ...report.errors.map(({ path, message }) => `error    ${path}: ${message}`),
    ...report.skipped.map(
      ({ path, id, reason }) => `skipped  ${reason} (leaves out ${path}${id === undefined ? '' : ` "${id}"`})`,
    ),
    ...report.warnings.map(({ path, message }) => `warning  ${path}: ${message}`),
  ];
  const count = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;
  const counts = `${count(report.schools, 'school')}, ${count(report.programs, 'program')}`;
  const warned = report.warnings.length ? `, ${count(report.warnings.length, 'warning')}` : '';
  switch (report.verdict) {
    case 'valid':
      lines.push(`✔ ${report.catalog} is valid: ${counts}${warned}`);
      break;
    case 'skipped':
      lines.push(
        `✖ ${report.catalog} would be used without ${report.skipped.length === 1 ? '1 invalid entry' : `${report.skipped.length} invalid entries`} (${counts} left${warned}); fix them`,
      );
      break;
    case 'rejected':
      lines.push(`✖ ${report.catalog} is rejected: the widget would show nothing; fix it`);
      break;
  }
  return `${lines.join('\n')}\n`;
}

/**
 * `schoolmatch check-catalog <file or URL> [--json]`: prints every error and warning the widget would log for
 * the catalog, each with its JSON path; 0 when it is valid (warnings allowed), 1 when it is rejected or
 * anything in it would be skipped, 2 on a usage error.
 */
export async function runCheckCatalog(args: string[], io: CommandIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args, options: { json: { type: 'boolean' } }, allowPositionals: true, strict: true });
  } catch (error) {
    // parseArgs names the argument it refuses ("Unknown option '--jsn'").
    return usageError(io, (error as Error).message.split('. ')[0]!);
  }
  const [source, extra] = parsed.positionals;
  if (source === undefined) return usageError(io, 'missing the catalog to check');
  if (extra !== undefined) return usageError(io, `unexpected argument "${extra}"; check one catalog at a time`);
  const loaded = await load(source, io);
  if ('usage' in loaded) return usageError(io, loaded.usage);
  const report: CatalogReport = {
    catalog: source,
    verdict: 'rejected',
    errors: [],
    skipped: [],
    warnings: [],
    schools: 0,
    programs: 0,
  };
  if ('error' in loaded) report.errors.push({ path: '$', message: loaded.error });
  else {
    const result = parseCatalog(loaded.json);
    if (!result.ok) report.errors.push(result.error);
    else {
      Object.assign(report, {
        verdict: result.skipped.length ? 'skipped' : 'valid',
        skipped: result.skipped,
        warnings: result.warnings,
        schools: result.catalog.schools.length,
        programs: result.catalog.schools.reduce((sum, school) => sum + school.programs.length, 0),
      });
    }
  }
  io.stdout(parsed.values.json ? `${JSON.stringify(report, null, 2)}\n` : toText(report));
  return report.verdict === 'valid' ? 0 : 1;
}
