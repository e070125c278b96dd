import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, waitForPort } from './freePort.ts';
import { projectPath } from './expectedMatches.ts';

/** A running `demo/server.ts` with its own fresh leads database. */
export interface DemoServer {
  origin: string;
  port: number;
  token: string;
  dbFile: string;
  /** Everything the server printed, for failure messages. */
  output(): string;
  stop(): Promise<void>;
}

/** The marketer token every journey's demo server is started with. */
export const LEADS_TOKEN = 'acceptance-token-7f3a9c';

/** Starts the demo server as a child process on a free port with a fresh SQLite file, and waits for it. */
export async function startDemoServer(env: Record<string, string> = {}): Promise<DemoServer> {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'schoolmatch-acceptance-'));
  const dbFile = join(dir, 'leads.sqlite');
  let log = '';
  const child: ChildProcess = spawn('npx', ['tsx', 'demo/server.ts'], {
    cwd: projectPath(''),
    env: {
      ...process.env,
      PORT: String(port),
      LEADS_DB: dbFile,
      LEADS_TOKEN,
      RATE_LIMIT: '100000',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  child.stdout?.on('data', (chunk: Buffer) => {
    log += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    log += chunk.toString();
  });
  let exited: string | null = null;
  child.once('exit', (code, signal) => {
    exited = `demo/server.ts exited early (${code ?? signal}):\n${log}`;
  });

  const stop = async (): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null && child.pid !== undefined) {
      const gone = new Promise((resolve) => child.once('exit', resolve));
      // The server runs under npx → tsx → node; signal the whole group this call started.
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        /* already gone */
      }
      const timer = setTimeout(() => {
        try {
          process.kill(-(child.pid ?? 0), 'SIGKILL');
        } catch {
          /* gone */
        }
      }, 3000);
      await gone;
      clearTimeout(timer);
    }
    rmSync(dir, { recursive: true, force: true });
  };

  try {
    await waitForPort(port, 60_000, () => exited);
  } catch (error) {
    await stop();
    throw new Error(`${(error as Error).message}\n${log}`);
  }
  return { origin: `http://127.0.0.1:${port}`, port, token: LEADS_TOKEN, dbFile, output: () => log, stop };
}
