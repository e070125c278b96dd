// Widget figures measured in real Chromium: bundle size, time to the first program, long tasks, layout shift.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { loadavg } from 'node:os';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { largeCatalog } from '../../fixtures/largeCatalog.ts';
import { launchBrowser } from '../browser/support/launchBrowser.ts';
import { ensureBuilt } from '../browser/acceptance/support/ensureBuilt.ts';
import { projectPath } from '../browser/acceptance/support/expectedMatches.ts';
import { startStaticServer, type StaticServer } from '../browser/acceptance/support/startStaticServer.ts';
import { startDemoServer } from '../browser/acceptance/support/startDemoServer.ts';
import { compareBuilds } from './compareBuilds.ts';
import { BUNDLE_BUDGET_BYTES as BUDGET_BYTES } from '../unit/bundleBudget.ts';

interface Figure {
  name: string;
  value: number;
  unit: string;
  target?: string;
}

/** What the in-page probe recorded during one load (milliseconds from navigation start). */
interface Probe {
  scriptResponseEnd: number | null;
  catalogFetchStart: number | null;
  catalogResponseEnd: number | null;
  scriptLoad: number | null;
  firstProgram: number | null;
  firstProgramPainted: number | null;
  longTasks: { start: number; duration: number }[];
  cls: number;
}

const RUNS = 7;

// Installed before any page script: observers for the bundle's arrival, long tasks and layout
// shifts, and a watcher that notes when the first program list item is in the widget's shadow root
// with a layout box (MutationObserver: the DOM change) and then on screen (the next frame).
const PROBE = `(() => {
  const probe = { scriptResponseEnd: null, catalogFetchStart: null, catalogResponseEnd: null, scriptLoad: null, firstProgram: null, firstProgramPainted: null, longTasks: [], cls: 0 };
  Object.defineProperty(window, '__smProbe', { value: probe });
  const isBundle = (name) => /\\/schoolmatch\\.js(\\?|$)/.test(name);
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (isBundle(e.name)) probe.scriptResponseEnd = e.responseEnd;
      if (/(catalog|large)\\.json(\\?|$)/.test(e.name)) { probe.catalogFetchStart = e.fetchStart; probe.catalogResponseEnd = e.responseEnd; }
    }
  }).observe({ type: 'resource', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) probe.longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (!e.hadRecentInput) probe.cls += e.value;
  }).observe({ type: 'layout-shift', buffered: true });
  document.addEventListener('load', (event) => {
    const t = event.target;
    if (t instanceof HTMLScriptElement && isBundle(t.src) && probe.scriptLoad === null) probe.scriptLoad = performance.now();
  }, true);
  const found = (root) => {
    for (const li of root.querySelectorAll('li')) if (li.getClientRects().length > 0) return true;
    return false;
  };
  const watched = new WeakSet();
  const seen = () => {
    if (probe.firstProgram !== null) return;
    probe.firstProgram = performance.now();
    requestAnimationFrame(() => { probe.firstProgramPainted = performance.now(); });
  };
  const poll = () => {
    for (const host of document.querySelectorAll('school-match')) {
      const root = host.shadowRoot;
      if (!root || watched.has(root)) continue;
      watched.add(root);
      if (found(root)) seen();
      new MutationObserver(() => { if (probe.firstProgram === null && found(root)) seen(); })
        .observe(root, { childList: true, subtree: true });
    }
    if (probe.firstProgram === null) requestAnimationFrame(poll);
  };
  poll();
})();`;

// The README's one line of publisher CSS that reserves the widget's space before its async script has run.
const RESERVE_CSS = '<style>school-match:not(:defined) { display: block; min-height: 100vh; }</style>';

function benchPage(catalogUrl: string, head = ''): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Benchmark article</title>${head}</head>
<body><main>
<h1>Medical Records Careers</h1>
<p>${'An article paragraph that the widget must not push around. '.repeat(12)}</p>
<school-match catalog="${catalogUrl}" endpoint="/api/leads" publisher="bench"></school-match>
<p>${'More article text below the widget. '.repeat(20)}</p>
</main><script async src="/dist/schoolmatch.js"></script></body></html>`;
}

// A reader who jumped to the schools: the viewport sits on the widget's slot before the widget renders.
const SCROLL_TO_WIDGET = `document.addEventListener('DOMContentLoaded', () => {
  document.querySelector('school-match')?.scrollIntoView({ block: 'start' });
});`;

async function measure(browser: Browser, url: string, scrollToWidget = false): Promise<Probe> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page: Page = await context.newPage();
    await page.addInitScript(PROBE);
    if (scrollToWidget) await page.addInitScript(SCROLL_TO_WIDGET);
    await page.goto(url);
    await page.waitForFunction(
      () => {
        const probe = (window as unknown as { __smProbe?: Probe }).__smProbe;
        return probe !== undefined && probe.firstProgramPainted !== null;
      },
      undefined,
      { timeout: 30_000 },
    );
    // Let late layout shifts and long tasks of the mount land in the observers.
    await page.waitForTimeout(800);
    return await page.evaluate(
      () => JSON.parse(JSON.stringify((window as unknown as { __smProbe: Probe }).__smProbe)) as Probe,
    );
  } finally {
    await context.close();
  }
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? NaN) : ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2;
}

const round = (value: number, digits = 1): number => Number(value.toFixed(digits));

async function loadFigures(
  browser: Browser,
  server: StaticServer,
  label: string,
  path: string,
  target: string,
): Promise<Figure[]> {
  const probes: Probe[] = [];
  await measure(browser, `${server.origin}${path}`); // warm-up: first Chromium process start-up is not the widget's cost
  for (let i = 0; i < RUNS; i += 1) probes.push(await measure(browser, `${server.origin}${path}`));
  const fromArrival = probes.map((p) => (p.firstProgram ?? NaN) - (p.scriptResponseEnd ?? NaN));
  const fromLoad = probes.map((p) => (p.firstProgram ?? NaN) - (p.scriptLoad ?? NaN));
  const painted = probes.map((p) => (p.firstProgramPainted ?? NaN) - (p.scriptResponseEnd ?? NaN));
  const toFetch = probes.map((p) => (p.catalogFetchStart ?? NaN) - (p.scriptLoad ?? NaN));
  const fetched = probes.map((p) => (p.catalogResponseEnd ?? NaN) - (p.catalogFetchStart ?? NaN));
  const render = probes.map((p) => (p.firstProgram ?? NaN) - (p.catalogResponseEnd ?? NaN));
  // Long tasks from the bundle's arrival to the first program on screen: the widget's mount.
  const mountTasks = probes.map((p) =>
    p.longTasks.filter(
      (t) => t.start + t.duration >= (p.scriptResponseEnd ?? 0) && t.start <= (p.firstProgramPainted ?? Infinity) + 200,
    ),
  );
  return [
    {
      name: `${label}: bundle → first program (median of ${RUNS})`,
      value: round(median(fromArrival)),
      unit: 'ms',
      target,
    },
    // On a shared machine the fastest load shows what the widget costs when nothing else competes.
    {
      name: `${label}: bundle → first program (fastest of ${RUNS})`,
      value: round(Math.min(...fromArrival)),
      unit: 'ms',
    },
    { name: `${label}: script load event → first program`, value: round(median(fromLoad)), unit: 'ms' },
    { name: `${label}: bundle → first program painted`, value: round(median(painted)), unit: 'ms' },
    { name: `${label}:   script load → catalog fetch starts`, value: round(median(toFetch)), unit: 'ms' },
    { name: `${label}:   catalog fetch (loopback)`, value: round(median(fetched)), unit: 'ms' },
    { name: `${label}:   catalog arrived → first program`, value: round(median(render)), unit: 'ms' },
    {
      name: `${label}: long tasks > 50 ms in mount (worst run)`,
      value: Math.max(...mountTasks.map((t) => t.length)),
      unit: 'tasks',
      target: '0',
    },
    {
      name: `${label}: longest task in mount (worst run)`,
      value: round(Math.max(0, ...mountTasks.flat().map((t) => t.duration))),
      unit: 'ms',
    },
    {
      name: `${label}: layout shift, snippet only (worst run)`,
      value: round(Math.max(...probes.map((p) => p.cls)), 4),
      unit: 'CLS',
    },
  ];
}

// With the snippet alone, the element has no size until the async script defines it; the README's line of CSS
// reserves the space from the page's first frame.
async function reservedLayoutShift(browser: Browser, server: StaticServer): Promise<Figure> {
  const shifts: number[] = [];
  for (let i = 0; i < 3; i += 1) shifts.push((await measure(browser, `${server.origin}/bench/reserved.html`)).cls);
  return {
    name: 'seed, snippet + README reservation CSS: layout shift (worst of 3)',
    value: round(Math.max(...shifts), 4),
    unit: 'CLS',
    target: '≤ 0.01',
  };
}

async function demoLayoutShift(browser: Browser): Promise<Figure[]> {
  const server = await startDemoServer();
  try {
    const atTop: number[] = [];
    const atWidget: number[] = [];
    for (let i = 0; i < 3; i += 1) {
      atTop.push((await measure(browser, `${server.origin}/`)).cls);
      atWidget.push((await measure(browser, `${server.origin}/`, true)).cls);
    }
    return [
      {
        name: 'demo article at the top: layout shift (worst of 3)',
        value: round(Math.max(...atTop), 4),
        unit: 'CLS',
        target: '≤ 0.01',
      },
      {
        name: 'demo article at the widget: layout shift (worst of 3)',
        value: round(Math.max(...atWidget), 4),
        unit: 'CLS',
        target: '≤ 0.01',
      },
    ];
  } finally {
    await server.stop();
  }
}

/** Measures the widget in headless Chromium: bundle size, time to the first program, long tasks, layout shift. */
export async function benchBrowser(): Promise<Figure[]> {
  ensureBuilt();
  const bundle = readFileSync(projectPath('dist/schoolmatch.js'));
  const figures: Figure[] = [
    // The timings depend on how busy the machine is; the load average says how busy it was.
    { name: 'machine load average (1 min) at start', value: round(loadavg()[0] ?? 0, 2), unit: '' },
    {
      name: 'dist/schoolmatch.js, gzip -9',
      value: gzipSync(bundle, { level: 9 }).length,
      unit: 'bytes',
      target: `≤ ${BUDGET_BYTES.toLocaleString('en-US')}`,
    },
    { name: 'dist/schoolmatch.js, raw', value: bundle.length, unit: 'bytes' },
  ];
  const server = await startStaticServer();
  const browser = await launchBrowser();
  try {
    server.put('/bench/large.json', JSON.stringify(largeCatalog(1000, 10)), 'application/json');
    server.put('/bench/seed.html', benchPage('/fixtures/catalog.json'));
    server.put('/bench/large.html', benchPage('/bench/large.json'));
    server.put('/bench/reserved.html', benchPage('/fixtures/catalog.json', RESERVE_CSS));
    figures.push(...(await loadFigures(browser, server, 'seed (10 schools)', '/bench/seed.html', '≤ 50 ms')));
    figures.push(...(await loadFigures(browser, server, '1,000 schools × 10', '/bench/large.html', '≤ 150 ms')));
    figures.push(await reservedLayoutShift(browser, server));
    figures.push(...(await compareBuilds(browser, server, '/bench/large.json')));
    figures.push(...(await demoLayoutShift(browser)));
  } finally {
    await browser.close();
    await server.stop();
  }
  return figures;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const figures = await benchBrowser();
  for (const f of figures) {
    const value = Number.isInteger(f.value) ? f.value.toLocaleString('en-US') : String(f.value);
    console.log(
      `${f.name.padEnd(58)} ${value.padStart(10)} ${f.unit.padEnd(5)} ${f.target ? `(target ${f.target})` : ''}`,
    );
  }
}
