// The widget against the build before it, in the same run, page loads interleaved: 1,000-school answer and
// clear → next paint, long tasks from script start to schoolmatch:ready, JS heap after load, and the seed's
// bundle arrived → first program. The previous build is a dist/ directory named by PREVIOUS_DIST.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import type { StaticServer } from '../browser/acceptance/support/startStaticServer.ts';

interface Figure {
  name: string;
  value: number;
  unit: string;
  target?: string;
}

/** One build under test: its label and where its bundle is served. */
interface Build {
  label: string;
  script: string;
}

const LOADS = 9;

// Installed before any page script: long tasks, the bundle's arrival, the first program on screen and
// schoolmatch:ready, all in ms from navigation start.
const PROBE = `(() => {
  const probe = { scriptResponseEnd: null, firstProgram: null, ready: null, longTasks: [] };
  Object.defineProperty(window, '__smCompare', { value: probe });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (/schoolmatch\\.js(\\?|$)/.test(e.name)) probe.scriptResponseEnd = e.responseEnd;
  }).observe({ type: 'resource', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) probe.longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  document.addEventListener('schoolmatch:ready', () => { probe.ready = performance.now(); });
  const poll = () => {
    const root = document.querySelector('school-match')?.shadowRoot;
    if (root) for (const li of root.querySelectorAll('li')) if (li.getClientRects().length) { probe.firstProgram = performance.now(); return; }
    requestAnimationFrame(poll);
  };
  poll();
})();`;

interface Probe {
  scriptResponseEnd: number | null;
  firstProgram: number | null;
  ready: number | null;
  longTasks: { start: number; duration: number }[];
}

function page(catalogUrl: string, script: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Comparison</title></head><body><main>
<h1>Medical Records Careers</h1>
<school-match catalog="${catalogUrl}" endpoint="/api/leads" publisher="bench"></school-match>
</main><script async src="${script}"></script></body></html>`;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const round = (value: number): number => Number(value.toFixed(1));

/** "74.2 ms (61.0–90.3)": the median and the range of the runs. */
const spread = (values: readonly number[]): string => `${round(Math.min(...values))}–${round(Math.max(...values))}`;

// Chooses an option of the answers summary's education select (or "Select…" to clear it), and measures until the
// frame after the change has painted: the handler, the re-render, style, layout and paint.
async function changeToNextPaint(browserPage: import('playwright-core').Page, value: string): Promise<number> {
  return browserPage.evaluate(async (value) => {
    const select = document
      .querySelector('school-match')!
      .shadowRoot!.getElementById('q-educationLevel') as HTMLSelectElement;
    const start = performance.now();
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    return performance.now() - start;
  }, value);
}

interface LoadResult {
  answer: number[];
  clear: number[];
  longTasksToReady: number;
  longestTaskToReady: number;
  heapMiB: number;
}

async function largeLoad(browser: Browser, url: string): Promise<LoadResult> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const browserPage = await context.newPage();
    await browserPage.addInitScript(PROBE);
    await browserPage.goto(url);
    await browserPage.waitForFunction(
      () => (window as unknown as { __smCompare: Probe }).__smCompare.ready !== null,
      undefined,
      { timeout: 60_000 },
    );
    await browserPage.waitForTimeout(300);
    const probe = await browserPage.evaluate(
      () => JSON.parse(JSON.stringify((window as unknown as { __smCompare: Probe }).__smCompare)) as Probe,
    );
    const tasks = probe.longTasks.filter(
      (task) => task.start + task.duration >= (probe.scriptResponseEnd ?? 0) && task.start <= probe.ready!,
    );
    const cdp = await context.newCDPSession(browserPage);
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    const answer: number[] = [];
    const clear: number[] = [];
    for (let i = 0; i < 3; i += 1) {
      answer.push(await changeToNextPaint(browserPage, 'high-school'));
      clear.push(await changeToNextPaint(browserPage, ''));
    }
    return {
      answer,
      clear,
      longTasksToReady: tasks.length,
      longestTaskToReady: Math.max(0, ...tasks.map((task) => task.duration)),
      heapMiB: usedSize / 2 ** 20,
    };
  } finally {
    await context.close();
  }
}

async function seedLoad(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const browserPage = await context.newPage();
    await browserPage.addInitScript(PROBE);
    await browserPage.goto(url);
    await browserPage.waitForFunction(
      () => (window as unknown as { __smCompare: Probe }).__smCompare.firstProgram !== null,
      undefined,
      { timeout: 30_000 },
    );
    const probe = await browserPage.evaluate(
      () => JSON.parse(JSON.stringify((window as unknown as { __smCompare: Probe }).__smCompare)) as Probe,
    );
    return probe.firstProgram! - probe.scriptResponseEnd!;
  } finally {
    await context.close();
  }
}

/**
 * Compares this build with the one in PREVIOUS_DIST (a dist/ directory), loads interleaved; without
 * PREVIOUS_DIST, measures this build alone.
 */
export async function compareBuilds(
  browser: Browser,
  server: StaticServer,
  largeCatalogUrl: string,
): Promise<Figure[]> {
  const builds: Build[] = [{ label: 'this build', script: '/dist/schoolmatch.js' }];
  const previous = process.env['PREVIOUS_DIST'];
  if (previous) {
    const file = join(previous, 'schoolmatch.js');
    if (!existsSync(file))
      throw new Error(`PREVIOUS_DIST="${previous}" has no schoolmatch.js: build the previous commit there first.`);
    server.put('/previous/schoolmatch.js', readFileSync(file, 'utf8'), 'text/javascript; charset=utf-8');
    builds.push({ label: 'previous build', script: '/previous/schoolmatch.js' });
  }
  for (const [index, build] of builds.entries()) {
    server.put(`/bench/compare-large-${index}.html`, page(largeCatalogUrl, build.script));
    server.put(`/bench/compare-seed-${index}.html`, page('/fixtures/catalog.json', build.script));
  }
  const large = builds.map((): LoadResult[] => []);
  const seed = builds.map((): number[] => []);
  // Warm-up, then loads interleaved so both builds see the same machine load.
  await seedLoad(browser, `${server.origin}/bench/compare-seed-0.html`);
  for (let run = 0; run < LOADS; run += 1) {
    for (const index of builds.keys()) {
      large[index]!.push(await largeLoad(browser, `${server.origin}/bench/compare-large-${index}.html`));
      seed[index]!.push(await seedLoad(browser, `${server.origin}/bench/compare-seed-${index}.html`));
    }
  }
  return builds.flatMap((build, index) => {
    const loads = large[index]!;
    const answer = loads.flatMap((load) => load.answer);
    const clear = loads.flatMap((load) => load.clear);
    const heap = loads.map((load) => load.heapMiB);
    const fromArrival = seed[index]!;
    const line = (name: string, values: readonly number[], unit: string, target?: string): Figure => ({
      name: `${build.label}: ${name} (median; ${spread(values)})`,
      value: round(median(values)),
      unit,
      ...(target && { target }),
    });
    return [
      line(`1,000 schools, answer → next paint, ${answer.length} changes`, answer, 'ms', '≤ 35 ms'),
      line(`1,000 schools, clear an answer → next paint, ${clear.length} changes`, clear, 'ms', '≤ 35 ms'),
      {
        name: `${build.label}: 1,000 schools, long tasks > 50 ms, script → ready (worst of ${LOADS})`,
        value: Math.max(...loads.map((load) => load.longTasksToReady)),
        unit: 'tasks',
        target: '0',
      },
      {
        name: `${build.label}: 1,000 schools, longest task, script → ready (worst of ${LOADS})`,
        value: round(Math.max(...loads.map((load) => load.longestTaskToReady))),
        unit: 'ms',
      },
      line(`1,000 schools, JS heap after load and GC, ${LOADS} loads`, heap, 'MiB', '≤ 4 MiB'),
      line(
        `seed, bundle arrived → first program, ${LOADS} loads`,
        fromArrival,
        'ms',
        '≤ 50 ms, no slower than previous',
      ),
    ];
  });
}
