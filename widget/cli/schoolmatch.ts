// The `schoolmatch` command (dist/cli.mjs, the package's bin): `npx schoolmatch <subcommand> [arguments]`.
import { runCli } from './runCli.ts';

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
