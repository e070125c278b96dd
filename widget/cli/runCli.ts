import { runCheckCatalog, type CommandIo } from '../../src/catalog/checkCatalogCommand.ts';
import { runRenderCommand } from '../server/renderCommand.ts';

/** A subcommand: its arguments (after its name) in, an exit code out; it writes only through `io`. */
export type Subcommand = (args: string[], io: CommandIo) => Promise<number>;

/** The subcommands of `npx schoolmatch`, by name. */
export const SUBCOMMANDS: Record<string, Subcommand> = {
  'check-catalog': runCheckCatalog,
  render: runRenderCommand,
};

/** Runs `schoolmatch <subcommand> [args…]`: the subcommand's exit code, or 2 with one line on stderr for an unknown or missing one. */
export async function runCli(argv: string[], io: CommandIo): Promise<number> {
  const [name, ...args] = argv;
  const run = name === undefined ? undefined : Object.hasOwn(SUBCOMMANDS, name) ? SUBCOMMANDS[name] : undefined;
  if (!run) {
    const problem = name === undefined ? 'missing the subcommand' : `unknown subcommand "${name}"`;
    io.stderr(
      `[schoolmatch] ${problem}; use one of: ${Object.keys(SUBCOMMANDS).join(', ')}. Usage: schoolmatch <subcommand> [arguments]\n`,
    );
    return 2;
  }
  return run(args, io);
}
