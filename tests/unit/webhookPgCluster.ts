// A throwaway PostgreSQL cluster for the webhook tests: initdb in a temp directory, postgres on a free
// 127.0.0.1 port, removed at the end. Debian's binaries; run as the postgres user when the tests run as root.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chownSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { freePort, waitForPort } from '../browser/acceptance/support/freePort.ts';

const BIN = process.env.PG_BIN ?? '/usr/lib/postgresql/15/bin';

/** A running cluster: its connection URL, and stop() that removes it. */
export interface PgCluster {
  url: string;
  stop(): Promise<void>;
}

function postgresUser(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const id = (flag: string) => Number(spawnSync('id', [flag, 'postgres'], { encoding: 'utf8' }).stdout.trim());
  return { uid: id('-u'), gid: id('-g') };
}

/** Starts a cluster (fsync off: the tests check behaviour, not crash durability of the disk). */
export async function startPgCluster(): Promise<PgCluster> {
  const dir = mkdtempSync(join(tmpdir(), 'schoolmatch-pg-'));
  const user = postgresUser();
  if (user !== undefined) chownSync(dir, user.uid, user.gid);
  const init = spawnSync(join(BIN, 'initdb'), ['-D', join(dir, 'data'), '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8'], {
    encoding: 'utf8',
    ...user,
  });
  if (init.status !== 0) throw new Error(`initdb failed: ${init.stderr}`);
  const port = await freePort();
  let exited: string | null = null;
  const server: ChildProcess = spawn(
    join(BIN, 'postgres'),
    ['-D', join(dir, 'data'), '-p', String(port), '-k', dir, '-c', 'listen_addresses=127.0.0.1', '-c', 'fsync=off', '-c', 'max_connections=200'],
    { stdio: 'ignore', ...user },
  );
  server.once('exit', (code) => (exited = `postgres exited with ${code}`));
  await waitForPort(port, 30_000, () => exited);
  const url = `postgresql://postgres@127.0.0.1:${port}/postgres`;
  // The port opens a moment before the server accepts sessions.
  for (let tries = 0; ; tries++) {
    const client = new pg.Client({ connectionString: url });
    try {
      await client.connect();
      await client.end();
      break;
    } catch (error) {
      await client.end().catch(() => undefined);
      if (tries > 100) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  return {
    url,
    async stop() {
      if (exited === null) {
        const gone = new Promise((resolve) => server.once('exit', resolve));
        server.kill('SIGINT');
        await gone;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
