// `npm test`: every check, in order: Chromium and PostgreSQL present, formatting, type check, build, all test projects.
import { existsSync, readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(CHROMIUM)) {
  console.error(
    `Chromium not found at ${CHROMIUM}: install it with "apt-get install -y chromium" (or set CHROMIUM_PATH).`,
  );
  process.exit(1);
}
// The receiver's store tests start a throwaway PostgreSQL cluster with Debian's server binaries
// (/usr/lib/postgresql/<version>/bin; tests/unit/postgresCluster.ts picks the same one).
const pgVersions = existsSync('/usr/lib/postgresql')
  ? readdirSync('/usr/lib/postgresql').filter((v) => /^\d+$/.test(v))
  : [];
const PG_BIN = process.env.PG_BIN ?? `/usr/lib/postgresql/${pgVersions.sort((a, b) => b - a)[0] ?? '15'}/bin`;
if (!existsSync(`${PG_BIN}/initdb`) || !existsSync(`${PG_BIN}/pg_ctl`)) {
  console.error(
    `PostgreSQL not found at ${PG_BIN}: install it with "apt-get install -y postgresql" (or set PG_BIN to its bin directory).`,
  );
  process.exit(1);
}

const steps = [
  ['formatting', 'npx', ['prettier', '--check', '.']],
  ['type check', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']],
  ['build', 'npm', ['run', 'build', '--silent']],
  ['tests', 'npx', ['vitest', 'run']],
];

for (const [name, cmd, args] of steps) {
  console.log(`\n▶ ${name}: ${cmd} ${args.join(' ')}`);
  const result = spawnSync(cmd, args, { stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`\n✖ ${name} failed (exit ${result.status ?? result.signal}).`);
    process.exit(result.status ?? 1);
  }
}
console.log('\n✔ all checks passed');
