// A throwaway PostgreSQL cluster for tests and benchmarks: initdb in a temp dir, a free port on 127.0.0.1
// only, its socket in the same dir; stopped and removed afterwards (also when the process exits early).
import { spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { freePort } from '../browser/acceptance/support/freePort.ts';

// Debian's postgresql package puts the server binaries in /usr/lib/postgresql/<major version>/bin.
const debianVersions = existsSync('/usr/lib/postgresql')
  ? readdirSync('/usr/lib/postgresql').filter((v) => /^\d+$/.test(v))
  : [];

/** Where the server binaries are: PG_BIN, else the newest Debian postgresql installed. */
export const PG_BIN =
  process.env['PG_BIN'] ?? `/usr/lib/postgresql/${debianVersions.sort((a, b) => Number(b) - Number(a))[0] ?? '15'}/bin`;

/** The one line that says how to get PostgreSQL when it is missing. */
export const POSTGRES_MISSING = `PostgreSQL not found at ${PG_BIN}: install it with "apt-get install -y postgresql" (or set PG_BIN to its bin directory).`;

/** A running throwaway cluster. */
export interface PostgresCluster {
  /** The superuser's URL of the `postgres` database. */
  url: string;
  port: number;
  /** Stops the server at once (no checkpoint) and removes its directory. */
  stop(): void;
  /** Stops the server the way an operator would (fast shutdown), keeping the directory, so it can start again. */
  pause(): void;
  /** Starts a paused cluster again on the same port. */
  resume(): void;
}

/** Options of {@link startPostgresCluster}. */
export interface PostgresClusterOptions {
  /** fsync every commit, as in production (benchmarks); tests run without, since they never lose the machine. */
  durable?: boolean;
}

// PostgreSQL refuses to run as root: as root, every command runs as the unprivileged `postgres` user.
const asRoot = process.getuid?.() === 0;

function run(command: string, args: string[]): void {
  const [file, argv] = asRoot
    ? ['runuser', ['-u', 'postgres', '--', join(PG_BIN, command), ...args]]
    : [join(PG_BIN, command), args];
  const result = spawnSync(file, argv, { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8', timeout: 60_000 });
  if (result.status !== 0) {
    throw new Error(
      `[schoolmatch] ${command} ${args[0] ?? ''} failed (exit ${result.status ?? result.signal}): ${result.stderr || result.stdout}`,
    );
  }
}

function ownerIds(user: string): { uid: number; gid: number } {
  const id = (flag: string) => Number(spawnSync('id', [flag, user], { encoding: 'utf8' }).stdout.trim());
  return { uid: id('-u'), gid: id('-g') };
}

/** Starts a fresh cluster; throws with {@link POSTGRES_MISSING} when the binaries are not installed. */
export async function startPostgresCluster(options: PostgresClusterOptions = {}): Promise<PostgresCluster> {
  if (!existsSync(join(PG_BIN, 'initdb'))) throw new Error(POSTGRES_MISSING);
  const dir = mkdtempSync(join(tmpdir(), 'schoolmatch-pg-'));
  const data = join(dir, 'data');
  let running = false;
  const stopNow = () => {
    if (running) {
      try {
        run('pg_ctl', ['stop', '-D', data, '-m', 'immediate', '-w', '-t', '30']);
      } catch {
        // Already stopped.
      }
      running = false;
    }
  };
  const cleanup = () => {
    stopNow();
    rmSync(dir, { recursive: true, force: true });
  };
  process.once('exit', cleanup);
  try {
    if (asRoot) {
      const { uid, gid } = ownerIds('postgres');
      chownSync(dir, uid, gid);
    }
    run('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '--no-sync', '--encoding=UTF8', '--locale=C']);
    const port = await freePort();
    const settings = [
      `listen_addresses=127.0.0.1`,
      `port=${port}`,
      `unix_socket_directories=${dir}`,
      `max_connections=100`,
      ...(options.durable === true ? [] : ['fsync=off']),
    ];
    const start = () => {
      run('pg_ctl', [
        'start',
        '-D',
        data,
        '-l',
        join(dir, 'server.log'),
        '-w',
        '-t',
        '60',
        '-o',
        settings.map((s) => `-c ${s}`).join(' '),
      ]);
      running = true;
    };
    start();
    return {
      url: `postgres://postgres@127.0.0.1:${port}/postgres`,
      port,
      stop() {
        process.removeListener('exit', cleanup);
        cleanup();
      },
      pause() {
        run('pg_ctl', ['stop', '-D', data, '-m', 'fast', '-w', '-t', '30']);
        running = false;
      },
      resume: start,
    };
  } catch (error) {
    process.removeListener('exit', cleanup);
    cleanup();
    throw error;
  }
}

/** Creates an empty database in the cluster at `adminUrl` and answers its URL, so each test starts clean. */
export async function createTestDatabase(adminUrl: string): Promise<string> {
  const name = `test_${crypto.randomUUID().replaceAll('-', '')}`;
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}
