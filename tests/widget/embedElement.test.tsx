import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import catalog from '../../fixtures/catalog.json';
import packageJson from '../../package.json';
import { defineElement } from '../../widget/element.ts';

const CATALOG_URL = 'https://cdn.example.com/catalog.json';
const ATTRIBUTES = `catalog="${CATALOG_URL}" endpoint="https://leads.example.com/api/leads" publisher="pub-123"`;

const server = setupServer(http.get(CATALOG_URL, () => HttpResponse.json(catalog)));
beforeAll(() => {
  server.listen({ onUnhandledRequest: 'error' });
  defineElement();
});
afterAll(() => server.close());

let errors: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  errors = vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => {
  document.body.replaceChildren();
  server.resetHandlers();
  vi.restoreAllMocks();
});

function next<T = unknown>(target: EventTarget, type: string): Promise<CustomEvent<T>> {
  return new Promise((resolve) =>
    target.addEventListener(type, (event) => resolve(event as CustomEvent<T>), { once: true }),
  );
}

function text(element: Element | null): string {
  return element?.shadowRoot?.textContent ?? '';
}

describe('<school-match>', () => {
  it('renders from its attributes and announces schoolmatch:ready', async () => {
    const ready = next<{ schools: number }>(document, 'schoolmatch:ready');
    document.body.innerHTML = `<school-match id="w" ${ATTRIBUTES}></school-match>`;
    expect((await ready).detail.schools).toBe(catalog.schools.length);
    expect(text(document.querySelector('#w'))).toContain('Popular Schools');
  });

  it('registers only once, so a second definition attempt is harmless', () => {
    expect(() => defineElement()).not.toThrow();
    expect(customElements.get('school-match')).toBeDefined();
  });

  it('applies a changed locale attribute live', async () => {
    const ready = next(document, 'schoolmatch:ready');
    document.body.innerHTML = `<school-match id="w" ${ATTRIBUTES}></school-match>`;
    await ready;
    const element = document.querySelector('#w')!;
    element.setAttribute('locale', 'es');
    await vi.waitFor(() => expect(text(element)).toContain('Escuelas populares'));
  });

  it('reports a bad attribute set later with one console error, and recovers when it is fixed', async () => {
    const ready = next(document, 'schoolmatch:ready');
    document.body.innerHTML = `<school-match id="w" ${ATTRIBUTES}></school-match>`;
    await ready;
    const element = document.querySelector('#w')!;
    const failed = next<{ code: string; message: string }>(element, 'schoolmatch:error');
    element.setAttribute('max-schools', 'lots');
    expect((await failed).detail).toEqual({
      code: 'config-invalid',
      message: '[schoolmatch] attribute "max-schools" must be a whole number from 1 to 1000; got "lots"',
    });
    expect(text(element)).toBe('');
    expect(errors).toHaveBeenCalledTimes(1);
    const again = next(element, 'schoolmatch:ready');
    element.setAttribute('max-schools', '3');
    await again;
    expect(text(element)).toContain('Popular Schools');
  });

  it('tears down when removed and renders again when put back', async () => {
    const ready = next(document, 'schoolmatch:ready');
    document.body.innerHTML = `<school-match id="w" ${ATTRIBUTES}></school-match>`;
    await ready;
    const element = document.querySelector('#w')!;
    element.remove();
    expect(element.shadowRoot?.childElementCount).toBe(0);
    const back = next(element, 'schoolmatch:ready');
    document.body.append(element);
    await back;
    expect(text(element)).toContain('Kaplan University');
  });

  it('reads an inline catalog from a child script', async () => {
    const ready = next<{ schools: number; programs: number }>(document, 'schoolmatch:ready');
    const inline = { ...catalog, schools: catalog.schools.slice(0, 2) };
    document.body.innerHTML = `<school-match endpoint="/api/leads" publisher="pub-123"><script type="application/json">${JSON.stringify(inline)}</script></school-match>`;
    expect((await ready).detail.schools).toBe(2);
  });

  it('reports an inline catalog that is not JSON as catalog-invalid', async () => {
    const failed = next<{ code: string; message: string }>(document, 'schoolmatch:error');
    document.body.innerHTML = `<school-match endpoint="/api/leads" publisher="pub-123"><script type="application/json">{ nope</script></school-match>`;
    const { detail } = await failed;
    expect(detail.code).toBe('catalog-invalid');
    expect(detail.message).toMatch(/^\[schoolmatch\] the inline catalog <script> is not valid JSON/);
  });
});

describe('the script-tag entry', () => {
  it('sets window.SchoolMatch and replays the mount() calls the snippet queued, in order', async () => {
    document.body.innerHTML = '<div id="a"></div><div id="b"></div>';
    const config = { catalog: CATALOG_URL, endpoint: '/api/leads', publisher: 'pub-123' };
    const snippet = {
      q: [] as unknown[],
      mount(...args: unknown[]) {
        this.q.push(args);
      },
    };
    snippet.mount('#a', config);
    snippet.mount('#nowhere', config);
    snippet.mount('#b', { ...config, locale: 'es' });
    Object.assign(window, { SchoolMatch: snippet });
    const ready: string[] = [];
    document.addEventListener('schoolmatch:ready', (event) => ready.push((event.target as Element).id));
    vi.resetModules();
    await import('../../widget/entry.ts');
    const api = (window as unknown as { SchoolMatch: Record<string, unknown> }).SchoolMatch;
    expect(Object.keys(api).sort()).toEqual(['mount', 'version']);
    expect(api['version']).toBe(packageJson.version);
    // The bad call in the middle is reported and does not stop the calls after it.
    expect(errors).toHaveBeenCalledTimes(1);
    expect(String(errors.mock.calls[0]?.[0])).toContain('"#nowhere"');
    await vi.waitFor(() => expect(ready.sort()).toEqual(['a', 'b']));
    expect(text(document.querySelector('#b'))).toContain('Escuelas populares');
  });
});
