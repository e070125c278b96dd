// Server-rendered embed figures: the static-HTML floor, the server-rendered page and the script-only page,
// loaded interleaved in headless Chromium; layout shift and hydration on the server-rendered page; renderEmbed in Node.
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { largeCatalog } from '../../fixtures/largeCatalog.ts';
import { launchBrowser } from '../browser/support/launchBrowser.ts';
import { builtServer } from '../browser/support/serverRendered.ts';
import { projectPath } from '../browser/acceptance/support/expectedMatches.ts';
import { startStaticServer, type StaticServer } from '../browser/acceptance/support/startStaticServer.ts';

interface Figure {
  name: string;
  value: number;
  unit: string;
  target?: string;
}

/** What the probe recorded during one load, in milliseconds from navigation start. */
interface Probe {
  firstProgram: number | null;
  firstProgramPainted: number | null;
  ready: number | null;
  shifts: { startTime: number; value: number }[];
}

const RUNS = 9;
const RENDER_RUNS = { seed: 200, large: 15 };

// Installed before the page's first byte is parsed: notes when the first program list item has a layout box,
// in the page itself (static floor) or in a <school-match> shadow root (declarative or attached by the script),
// the frame after that, when schoolmatch:ready fires, and every layout shift.
const PROBE = `(() => {
  const probe = { firstProgram: null, firstProgramPainted: null, ready: null, shifts: [] };
  Object.defineProperty(window, '__ssrProbe', { value: probe });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (!e.hadRecentInput) probe.shifts.push({ startTime: e.startTime, value: e.value });
  }).observe({ type: 'layout-shift', buffered: true });
  document.addEventListener('schoolmatch:ready', () => { if (probe.ready === null) probe.ready = performance.now(); });
  const visible = (root) => {
    for (const li of root.querySelectorAll('li')) if (li.getClientRects().length > 0) return true;
    return false;
  };
  const seen = () => {
    probe.firstProgram = performance.now();
    requestAnimationFrame(() => { probe.firstProgramPainted = performance.now(); });
  };
  const watched = new WeakSet();
  const check = () => {
    if (probe.firstProgram !== null) return;
    if (visible(document)) return seen();
    for (const host of document.querySelectorAll('school-match')) {
      const root = host.shadowRoot;
      if (!root) continue;
      if (!watched.has(root)) {
        watched.add(root);
        new MutationObserver(check).observe(root, { childList: true, subtree: true });
      }
      if (visible(root)) return seen();
    }
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true });
  const poll = () => { check(); if (probe.firstProgram === null) requestAnimationFrame(poll); };
  poll();
})();`;

const ARTICLE_TOP = `<h1>Medical Records Careers</h1>\n<p>${'An article paragraph that the widget must not push around. '.repeat(12)}</p>`;
const ARTICLE_BOTTOM = `<p>${'More article text below the widget. '.repeat(20)}</p>`;

/** A bench article with `widget` in its place and no page CSS at all. */
function article(widget: string, script: boolean): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Benchmark article</title></head>
<body><main>
${ARTICLE_TOP}
${widget}
${ARTICLE_BOTTOM}
</main>${script ? '<script async src="/dist/schoolmatch.js"></script>' : ''}</body></html>`;
}

/**
 * The three pages of one catalog: the floor (the same first view as plain HTML with the same styles, no shadow
 * root, no catalog, no script), the server-rendered embed with the script, and the script-only embed.
 */
function pages(
  server: StaticServer,
  name: string,
  catalogUrl: string,
  rendered: string,
): Record<'static' | 'server' | 'script', string> {
  const styles = /<style>([\s\S]*?)<\/style>/.exec(rendered)?.[1] ?? '';
  const view =
    /<div class="sm-embed"[^>]*>[\s\S]*<\/div><\/template>/.exec(rendered)?.[0].replace(/<\/template>$/, '') ?? '';
  server.put(`/bench/ssr-${name}-static.html`, article(`<style>${styles}</style>${view}`, false));
  server.put(`/bench/ssr-${name}-server.html`, article(rendered, true));
  server.put(
    `/bench/ssr-${name}-script.html`,
    article(`<school-match catalog="${catalogUrl}" endpoint="/api/leads" publisher="bench"></school-match>`, true),
  );
  return {
    static: server.url(`/bench/ssr-${name}-static.html`),
    server: server.url(`/bench/ssr-${name}-server.html`),
    script: server.url(`/bench/ssr-${name}-script.html`),
  };
}

async function measure(browser: Browser, url: string, waitForReady: boolean): Promise<Probe> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    await page.addInitScript(PROBE);
    await page.goto(url);
    await page.waitForFunction(
      (ready) => {
        const probe = (window as unknown as { __ssrProbe?: Probe }).__ssrProbe;
        return probe !== undefined && probe.firstProgramPainted !== null && (!ready || probe.ready !== null);
      },
      waitForReady,
      { timeout: 30_000 },
    );
    // Let late layout shifts land in the observer.
    await page.waitForTimeout(300);
    return await page.evaluate(
      () => JSON.parse(JSON.stringify((window as unknown as { __ssrProbe: Probe }).__ssrProbe)) as Probe,
    );
  } finally {
    await context.close();
  }
}

function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (sorted.length - 1) * q;
  const low = sorted[Math.floor(at)] ?? NaN;
  const high = sorted[Math.ceil(at)] ?? NaN;
  return low + (high - low) * (at - Math.floor(at));
}
const round = (value: number, digits = 1): number => Number(value.toFixed(digits));
/** "ms (p25–p75 41.2–55.0)": the spread printed beside a median. */
const spread = (values: readonly number[], unit = 'ms'): string =>
  `${unit} (p25–p75 ${round(quantile(values, 0.25))}–${round(quantile(values, 0.75))})`;

async function loadFigures(
  browser: Browser,
  label: string,
  urls: Record<'static' | 'server' | 'script', string>,
): Promise<Figure[]> {
  const runs: Record<'static' | 'server' | 'script', Probe[]> = { static: [], server: [], script: [] };
  // Warm-up: Chromium's first page and the first parse of the bundle are nobody's cost.
  for (const url of Object.values(urls)) await measure(browser, url, url !== urls.static);
  for (let i = 0; i < RUNS; i += 1) {
    // Interleaved, so a busy moment of the shared machine falls on every page alike.
    for (const kind of ['static', 'server', 'script'] as const)
      runs[kind].push(await measure(browser, urls[kind], kind !== 'static'));
  }
  const first = (kind: keyof typeof runs) => runs[kind].map((p) => p.firstProgram ?? NaN);
  const floor = quantile(first('static'), 0.5);
  const served = quantile(first('server'), 0.5);
  const ratios = runs.server.map((p, i) => (p.firstProgram ?? NaN) / (runs.static[i]?.firstProgram ?? NaN));
  // Layout shift from navigation to schoolmatch:ready (worst run), on a page with no CSS of its own.
  const shiftToReady = (p: Probe) =>
    p.shifts.filter((s) => s.startTime <= (p.ready ?? Infinity)).reduce((sum, s) => sum + s.value, 0);
  return [
    {
      name: `${label}: static HTML floor, navigation → first program`,
      value: round(floor),
      unit: spread(first('static')),
    },
    {
      name: `${label}: server-rendered, navigation → first program`,
      value: round(served),
      unit: spread(first('server')),
    },
    {
      name: `${label}:   server-rendered ÷ floor (median of per-run ratios)`,
      value: round(quantile(ratios, 0.5), 2),
      unit: '×',
      target: '≤ 1.2×',
    },
    {
      name: `${label}: script-only, navigation → first program`,
      value: round(quantile(first('script'), 0.5)),
      unit: spread(first('script')),
    },
    {
      name: `${label}: server-rendered, navigation → hydrated (schoolmatch:ready)`,
      value: round(
        quantile(
          runs.server.map((p) => p.ready ?? NaN),
          0.5,
        ),
      ),
      unit: spread(runs.server.map((p) => p.ready ?? NaN)),
      target: '≤ script-only first program',
    },
    {
      name: `${label}: script-only, navigation → schoolmatch:ready`,
      value: round(
        quantile(
          runs.script.map((p) => p.ready ?? NaN),
          0.5,
        ),
      ),
      unit: 'ms',
    },
    {
      name: `${label}: server-rendered, layout shift navigation → ready (worst of ${RUNS})`,
      value: round(Math.max(...runs.server.map(shiftToReady)), 4),
      unit: 'CLS',
      target: '0',
    },
    {
      name: `${label}: script-only, same (worst of ${RUNS})`,
      value: round(Math.max(...runs.script.map(shiftToReady)), 4),
      unit: 'CLS',
    },
  ];
}

/** renderEmbed in Node, from the built module: the median time of one call, with its spread. */
async function renderFigures(seed: object, large: object): Promise<Figure[]> {
  const { renderEmbed } = await builtServer();
  const time = (catalog: object, runs: number): number[] => {
    const times: number[] = [];
    for (let i = 0; i < runs + 3; i += 1) {
      const began = performance.now();
      renderEmbed({ catalog, endpoint: '/api/leads', publisher: 'bench' });
      // The first calls compile the code: not what a server pays per page.
      if (i >= 3) times.push(performance.now() - began);
    }
    return times;
  };
  const seedTimes = time(seed, RENDER_RUNS.seed);
  const largeTimes = time(large, RENDER_RUNS.large);
  return [
    {
      name: `renderEmbed in Node, seed (median of ${RENDER_RUNS.seed})`,
      value: round(quantile(seedTimes, 0.5), 2),
      unit: spread(seedTimes),
      target: '≪ 5 ms',
    },
    {
      name: `renderEmbed in Node, 1,000 schools × 10 (median of ${RENDER_RUNS.large})`,
      value: round(quantile(largeTimes, 0.5)),
      unit: spread(largeTimes),
    },
  ];
}

/** Measures the server-rendered embed against the static floor and the script-only embed. */
export async function benchServerRender(): Promise<Figure[]> {
  const { renderEmbed } = await builtServer();
  const seed = JSON.parse(readFileSync(projectPath('fixtures/catalog.json'), 'utf8')) as object;
  const large = largeCatalog(1000, 10) as object;
  const figures: Figure[] = [
    { name: 'machine load average (1 min) at start', value: round(loadavg()[0] ?? 0, 2), unit: '' },
  ];
  figures.push(...(await renderFigures(seed, large)));
  const server = await startStaticServer();
  const browser = await launchBrowser();
  try {
    server.put('/bench/ssr-large.json', JSON.stringify(large), 'application/json');
    const render = (catalog: object) => renderEmbed({ catalog, endpoint: '/api/leads', publisher: 'bench' });
    figures.push(
      ...(await loadFigures(
        browser,
        'seed (10 schools)',
        pages(server, 'seed', '/fixtures/catalog.json', render(seed)),
      )),
    );
    figures.push(
      ...(await loadFigures(
        browser,
        '1,000 schools × 10',
        pages(server, 'large', '/bench/ssr-large.json', render(large)),
      )),
    );
  } finally {
    await browser.close();
    await server.stop();
  }
  return figures;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const f of await benchServerRender()) {
    const value = Number.isInteger(f.value) ? f.value.toLocaleString('en-US') : String(f.value);
    console.log(`${f.name.padEnd(72)} ${value.padStart(10)} ${f.unit} ${f.target ? `(target ${f.target})` : ''}`);
  }
}
