/** The value of `--port N` / `--port=N` among command arguments; it wins over PORT, so tests can ask for a free port. */
export function portArgument(argv: readonly string[]): string | undefined {
  const index = argv.findIndex((arg) => arg === '--port' || arg.startsWith('--port='));
  if (index === -1) return undefined;
  const arg = argv[index] ?? '';
  return arg.includes('=') ? arg.slice('--port='.length) : (argv[index + 1] ?? '');
}
