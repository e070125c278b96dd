import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import catalog from '../../fixtures/catalog.json';
import badProgram from '../../fixtures/broken/bad-program.json';
import wrongTopLevel from '../../fixtures/broken/wrong-top-level.json';
import { mount } from '../../widget/mountWidget.ts';
import type { Handle } from '../../widget/mountWidget.ts';

const CATALOG_URL = 'https://cdn.example.com/catalog.json';
const CONFIG = { catalog: CATALOG_URL, endpoint: 'https://leads.example.com/api/leads', publisher: 'pub-123' };
const PROGRAMS = catalog.schools.reduce((sum, school) => sum + school.programs.length, 0);

const server = setupServer(http.get(CATALOG_URL, () => HttpResponse.json(catalog)));
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

let handles: Handle[] = [];
let errors: ReturnType<typeof vi.spyOn>;
let warnings: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  errors = vi.spyOn(console, 'error').mockImplementation(() => {});
  warnings = vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => {
  for (const handle of handles) handle.destroy();
  handles = [];
  document.body.replaceChildren();
  server.resetHandlers();
  vi.restoreAllMocks();
});

function host(): HTMLElement {
  const element = document.createElement('div');
  document.body.append(element);
  return element;
}

function next<T = unknown>(target: EventTarget, type: string): Promise<CustomEvent<T>> {
  return new Promise((resolve) =>
    target.addEventListener(type, (event) => resolve(event as CustomEvent<T>), { once: true }),
  );
}

function mountInto(target: HTMLElement, config: Record<string, unknown>): Handle {
  const handle = mount(target, config as typeof CONFIG);
  handles.push(handle);
  return handle;
}

function visibleText(target: Element): string {
  return target.shadowRoot?.textContent?.trim() ?? '';
}

describe('SchoolMatch.mount()', () => {
  it('renders the catalog into an open shadow root and reports the counts in schoolmatch:ready', async () => {
    const target = host();
    const ready = next<{ schools: number; programs: number }>(target, 'schoolmatch:ready');
    mountInto(target, CONFIG);
    expect((await ready).detail).toEqual({ schools: catalog.schools.length, programs: PROGRAMS });
    expect(visibleText(target)).toContain('Colorado Technical University');
    expect(errors).not.toHaveBeenCalled();
  });

  it('accepts the catalog as an object', async () => {
    const target = host();
    const ready = next(target, 'schoolmatch:ready');
    mountInto(target, { ...CONFIG, catalog });
    await ready;
    expect(visibleText(target)).toContain('Kaplan University');
  });

  it('finds its target by selector', async () => {
    host().id = 'schools';
    const target = document.getElementById('schools')!;
    const ready = next(target, 'schoolmatch:ready');
    handles.push(mount('#schools', CONFIG));
    await ready;
    expect(target.shadowRoot?.mode).toBe('open');
  });

  it('replaces the earlier widget when the same target is mounted again', async () => {
    const target = host();
    mountInto(target, CONFIG);
    const ready = next(target, 'schoolmatch:ready');
    mountInto(target, { ...CONFIG, locale: 'es' });
    await ready;
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(target.shadowRoot?.childElementCount).toBe(1);
    expect(visibleText(target)).toContain('Escuelas destacadas');
    expect(visibleText(target)).not.toContain('Featured Schools');
  });

  it('logs one error and stays harmless when the selector matches nothing', () => {
    expect(() => mount('#nowhere', CONFIG).update({ locale: 'es' })).not.toThrow();
    expect(errors).toHaveBeenCalledTimes(1);
    expect(String(errors.mock.calls[0]?.[0])).toMatch(
      /^\[schoolmatch\] SchoolMatch\.mount\(\) found no element for "#nowhere"/,
    );
  });

  it('switches language live when update() changes the locale', async () => {
    const target = host();
    const ready = next(target, 'schoolmatch:ready');
    const handle = mountInto(target, CONFIG);
    await ready;
    expect(visibleText(target)).toContain('Featured Schools');
    handle.update({ locale: 'es' });
    await vi.waitFor(() => expect(visibleText(target)).toContain('Escuelas destacadas'));
  });

  it('shows only the sections update() asks for', async () => {
    const target = host();
    const ready = next(target, 'schoolmatch:ready');
    const handle = mountInto(target, CONFIG);
    await ready;
    handle.update({ sections: 'popular' });
    await vi.waitFor(() => expect(visibleText(target)).not.toContain('Featured Schools'));
    expect(visibleText(target)).toContain('Popular Schools');
  });

  it('reloads when update() points at another catalog', async () => {
    const other = 'https://cdn.example.com/other.json';
    const small = { ...catalog, schools: catalog.schools.slice(0, 1) };
    server.use(http.get(other, () => HttpResponse.json(small)));
    const target = host();
    const first = next(target, 'schoolmatch:ready');
    const handle = mountInto(target, CONFIG);
    await first;
    const second = next<{ schools: number }>(target, 'schoolmatch:ready');
    handle.update({ catalog: other });
    expect((await second).detail.schools).toBe(1);
  });

  it('removes everything on destroy() and never reports a catalog that arrives later', async () => {
    const target = host();
    const onReady = vi.fn();
    target.addEventListener('schoolmatch:ready', onReady);
    const handle = mountInto(target, CONFIG);
    handle.destroy();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(onReady).not.toHaveBeenCalled();
    expect(visibleText(target)).toBe('');
    expect(() => handle.update({ locale: 'es' })).not.toThrow();
  });

  it('dispatches schoolmatch:answer, bubbling and composed, when the student answers a question', async () => {
    const target = host();
    const ready = next(target, 'schoolmatch:ready');
    mountInto(target, CONFIG);
    await ready;
    const answered = next<{ question: string; value: string }>(document, 'schoolmatch:answer');
    const select = target.shadowRoot!.querySelector('option[value="bachelor"]')!.parentElement as HTMLSelectElement;
    select.value = 'bachelor';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    const event = await answered;
    expect(event.detail).toEqual({ question: 'educationLevel', value: 'bachelor' });
    expect(event.composed).toBe(true);
  });
});

describe('bad configuration and bad data', () => {
  async function failure(config: Record<string, unknown>) {
    const target = host();
    const failed = next<{ code: string; message: string }>(target, 'schoolmatch:error');
    expect(() => mountInto(target, config)).not.toThrow();
    const event = await failed;
    return { target, event };
  }

  it.each([
    ['a missing endpoint', { catalog: CATALOG_URL, publisher: 'pub-123' }, 'endpoint'],
    ['an ftp endpoint', { ...CONFIG, endpoint: 'ftp://x' }, 'endpoint'],
    ['a missing publisher', { catalog: CATALOG_URL, endpoint: CONFIG.endpoint }, 'publisher'],
  ])('shows nothing, logs one error and reports config-invalid for %s', async (_, config, option) => {
    const { target, event } = await failure(config);
    expect(event.detail.code).toBe('config-invalid');
    expect(event.detail.message).toContain(`option "${option}"`);
    expect(visibleText(target)).toBe('');
    expect(errors).toHaveBeenCalledTimes(1);
    expect(errors.mock.calls[0]?.[0]).toBe(event.detail.message);
  });

  it('reports catalog-unreachable when the catalog server fails', async () => {
    server.use(http.get(CATALOG_URL, () => new HttpResponse(null, { status: 503 })));
    const { target, event } = await failure(CONFIG);
    expect(event.detail).toEqual({
      code: 'catalog-unreachable',
      message: expect.stringMatching(/^\[schoolmatch\] attribute "catalog" could not be loaded.*503/),
    });
    expect(visibleText(target)).toBe('');
    expect(errors).toHaveBeenCalledTimes(1);
  });

  it('reports catalog-unreachable when the network fails', async () => {
    server.use(http.get(CATALOG_URL, () => HttpResponse.error()));
    const { event } = await failure(CONFIG);
    expect(event.detail.code).toBe('catalog-unreachable');
  });

  it('reports catalog-invalid with the JSON path when the catalog has the wrong shape', async () => {
    server.use(http.get(CATALOG_URL, () => HttpResponse.json(wrongTopLevel)));
    const { target, event } = await failure(CONFIG);
    expect(event.detail.code).toBe('catalog-invalid');
    expect(event.detail.message).toMatch(/^\[schoolmatch\] catalog ".*" is invalid at \$\.schools/);
    expect(visibleText(target)).toBe('');
    expect(errors).toHaveBeenCalledTimes(1);
  });

  it('reports catalog-invalid when the catalog is not JSON', async () => {
    server.use(http.get(CATALOG_URL, () => HttpResponse.text('<html>not found</html>')));
    const { event } = await failure(CONFIG);
    expect(event.detail.code).toBe('catalog-invalid');
  });

  it('renders the valid part of a partly invalid catalog and warns once about what it skipped', async () => {
    server.use(http.get(CATALOG_URL, () => HttpResponse.json(badProgram)));
    const target = host();
    const ready = next(target, 'schoolmatch:ready');
    mountInto(target, CONFIG);
    await ready;
    expect(visibleText(target)).toContain('Northcentral University');
    expect(warnings).toHaveBeenCalledTimes(1);
    expect(String(warnings.mock.calls[0]?.[0])).toMatch(
      /^\[schoolmatch\] catalog .* skipped[\s\S]*\$\.schools\[0\]\.programs\[1\]/,
    );
    // Each skipped entry is named once, on its own line, by the path of the wrong value.
    expect(String(warnings.mock.calls[0]?.[0])).not.toMatch(/(\$\.schools\[0\]\.programs\[1\])[^\n]*\1/);
    expect(errors).not.toHaveBeenCalled();
  });

  it('recovers when update() fixes a bad configuration', async () => {
    const { target } = await failure({ ...CONFIG, endpoint: 'ftp://x' });
    const ready = next(target, 'schoolmatch:ready');
    handles.at(-1)!.update({ endpoint: '/api/leads' });
    await ready;
    expect(visibleText(target)).toContain('Kaplan University');
  });
});
