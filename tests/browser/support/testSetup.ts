import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { ensureBuilt } from '../acceptance/support/ensureBuilt.ts';
import { startDemoServer, type DemoServer } from '../acceptance/support/startDemoServer.ts';
import { startStaticServer, type StaticServer } from '../acceptance/support/startStaticServer.ts';
import { launchBrowser } from './launchBrowser.ts';

/** What a browser test file shares between its tests; read it inside a test or hook, once `beforeAll` has run. */
export interface BrowserSetup {
  readonly browser: Browser;
  readonly server: StaticServer;
}

/** The same for the demo journeys, which each start their own demo server (on a fresh database). */
export interface DemoSetup {
  readonly browser: Browser;
  /** Starts the demo server for this test (`env` as for startDemoServer); it is stopped after the test. */
  startDemo(env?: Record<string, string>): Promise<DemoServer>;
}

/** Registers the hooks that give the file one Chromium (and, with `server`, one static test server), closed after its tests. */
function shared(server: boolean): { browser?: Browser; server?: StaticServer } {
  const held: { browser?: Browser; server?: StaticServer } = {};
  beforeAll(async () => {
    // Both servers serve dist/: build it when it is missing (startStaticServer does so itself).
    if (server) held.server = await startStaticServer();
    else ensureBuilt();
    held.browser = await launchBrowser();
  });
  afterAll(async () => {
    await held.browser?.close();
    await held.server?.stop();
  });
  return held;
}

const ready = <T>(value: T | undefined, what: string): T => {
  if (value === undefined) throw new Error(`${what} is only there inside tests and hooks, after beforeAll`);
  return value;
};

/** One Chromium and one static test server (dist/, fixtures/, pages) for the test file. */
export function useBrowserAndServer(): BrowserSetup {
  const held = shared(true);
  return {
    get browser() {
      return ready(held.browser, 'the browser');
    },
    get server() {
      return ready(held.server, 'the static server');
    },
  };
}

/** One Chromium for the file, and a demo server per test, stopped after it. */
export function useDemoJourneys(): DemoSetup {
  const held = shared(false);
  let demo: DemoServer | undefined;
  afterEach(async () => {
    await demo?.stop();
    demo = undefined;
  });
  return {
    get browser() {
      return ready(held.browser, 'the browser');
    },
    async startDemo(env) {
      demo = await startDemoServer(env);
      return demo;
    },
  };
}
