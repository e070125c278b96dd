import type { Page } from 'playwright-core';

/** A widget event as the page saw it: its type, detail and the id (or tag) of the element it came from. */
export interface SeenEvent {
  type: string;
  detail: unknown;
  from: string;
}

/** What a page did that a publisher would notice: console output, uncaught errors, dialogs, widget events. */
export interface PageWatch {
  errors: string[];
  warnings: string[];
  pageErrors: string[];
  dialogs: string[];
  /** Every widget event dispatched so far. */
  events(): Promise<SeenEvent[]>;
  /** Waits until `count` events of `type` were dispatched and returns them. */
  waitForEvents(type: string, count?: number): Promise<SeenEvent[]>;
}

const EVENT_TYPES = ['schoolmatch:ready', 'schoolmatch:answer', 'schoolmatch:lead', 'schoolmatch:error'];

/** Records console errors/warnings, uncaught exceptions, dialogs (dismissed) and widget events; call before goto(). */
export async function watchPage(page: Page): Promise<PageWatch> {
  // Recorded from the first moment of every document, so no event slips by before the test looks.
  await page.addInitScript((types: string[]) => {
    const seen: unknown[] = [];
    Object.defineProperty(window, '__seenEvents', { value: seen });
    for (const type of types) {
      document.addEventListener(type, (event) => {
        const target = event.target as Element;
        seen.push({ type, detail: (event as CustomEvent).detail, from: target.id || target.localName });
      });
    }
  }, EVENT_TYPES);
  const events = (): Promise<SeenEvent[]> =>
    page.evaluate(() => (window as unknown as { __seenEvents: SeenEvent[] }).__seenEvents);
  const watch: PageWatch = {
    errors: [],
    warnings: [],
    pageErrors: [],
    dialogs: [],
    events,
    async waitForEvents(type, count = 1) {
      await page.waitForFunction(
        ([eventType, n]) =>
          (window as unknown as { __seenEvents: SeenEvent[] }).__seenEvents.filter((event) => event.type === eventType)
            .length >= n,
        [type, count] as const,
        { timeout: 10_000 },
      );
      return (await events()).filter((event) => event.type === type);
    },
  };
  page.on('console', (message) => {
    if (message.type() === 'error') watch.errors.push(message.text());
    if (message.type() === 'warning') watch.warnings.push(message.text());
  });
  page.on('pageerror', (error) => watch.pageErrors.push(String(error)));
  page.on('dialog', (dialog) => {
    watch.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return watch;
}

/** A page that embeds the widget: `body` goes inside <body>, followed by the script tag unless `script` is false. */
export function embedPage(body: string, options: { head?: string; script?: boolean } = {}): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Publisher article</title>${options.head ?? ''}</head>
<body><h1>Medical Records Careers</h1>
${body}
${options.script === false ? '' : '<script src="/dist/schoolmatch.js"></script>'}
</body></html>`;
}

/** The three required attributes, with the catalog served from fixtures/. */
export const GOOD_ATTRIBUTES = 'catalog="/fixtures/catalog.json" endpoint="/api/leads" publisher="pub-123"';
