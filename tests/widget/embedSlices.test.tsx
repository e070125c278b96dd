import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { largeCatalog } from '../../fixtures/largeCatalog.ts';
import { parseCatalog } from '../../src/catalog/parseCatalog.ts';
import type { WidgetModel } from '../../widget/model/createWidgetModel.ts';
import { mount, type Handle } from '../../widget/mountWidget.ts';

// The real App, made to fail once a test asks it to, on the render that completes the lists.
const failing = vi.hoisted(() => ({ onComplete: false }));
vi.mock('../../widget/components/App.tsx', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../widget/components/App.tsx')>();
  return {
    App: (props: { model: WidgetModel }) => {
      if (failing.onComplete && props.model.rendered.value === Infinity) throw new Error('render failed');
      return actual.App(props);
    },
  };
});

const CATALOG = largeCatalog(300, 3);
const parsed = parseCatalog(CATALOG);
if (!parsed.ok) throw new Error('the generated catalog is invalid');
const FEATURED = parsed.catalog.schools.filter((school) => school.featured).map((school) => school.name);
const CONFIG = { catalog: CATALOG as object, endpoint: '/api/leads', publisher: 'pub-123' };

let handle: Handle | undefined;
let errors: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  errors = vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => {
  handle?.destroy();
  handle = undefined;
  failing.onComplete = false;
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

function host(): HTMLElement {
  const element = document.createElement('div');
  document.body.append(element);
  return element;
}

// The school names of a region's articles, in order.
const articles = (target: Element, region: string): string[] =>
  [...(target.shadowRoot?.querySelectorAll(`section[aria-label="${region}"] article`) ?? [])].map((article) =>
    article.getAttribute('aria-label')!,
  );

// What `look` sees right after the first render that shows a school: a MutationObserver's callback runs
// in the same task as the change, before any later slice.
function atFirstRender<T>(target: Element, look: () => T): Promise<T> {
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (!target.shadowRoot?.querySelector('article')) return;
      observer.disconnect();
      resolve(look());
    });
    observer.observe(target.shadowRoot!, { childList: true, subtree: true });
  });
}

const tasks = (count: number) => new Promise((resolve) => setTimeout(resolve, count * 20));

describe('a catalog with many featured schools', () => {
  it('has more featured schools than the first render shows', () => {
    expect(FEATURED.length).toBeGreaterThan(48);
  });

  it('shows the first 24 schools at once and the rest slice by slice, in order, then dispatches schoolmatch:ready', async () => {
    const target = host();
    const seen: number[] = [];
    let ready = 0;
    target.addEventListener('schoolmatch:ready', () => {
      ready += 1;
      seen.push(articles(target, 'Featured Schools').length);
    });
    handle = mount(target, CONFIG);
    const first = await atFirstRender(target, () => ({
      featured: articles(target, 'Featured Schools'),
      popular: target.shadowRoot?.querySelector('section[aria-label="Popular Schools"]') ?? null,
      ready,
    }));
    // The first render: 24 cards, the popular list (after them) not yet.
    expect(first).toEqual({ featured: FEATURED.slice(0, 24), popular: null, ready: 0 });
    await vi.waitFor(() => expect(ready).toBe(1), { timeout: 5000 });
    // Every card in rank order, and the popular list's first max-schools (10) schools after them.
    expect(articles(target, 'Featured Schools')).toEqual(FEATURED);
    expect(seen).toEqual([FEATURED.length]);
    expect(articles(target, 'Popular Schools')).toEqual(
      parsed.catalog.schools.slice(0, 10).map((school) => school.name),
    );
    expect(errors).not.toHaveBeenCalled();
  });

  it('fills the sections in the order given: with sections="popular featured" the popular list comes first', async () => {
    const target = host();
    handle = mount(target, { ...CONFIG, sections: 'popular featured' });
    const first = await atFirstRender(target, () => [
      articles(target, 'Popular Schools').length,
      articles(target, 'Featured Schools'),
    ]);
    expect(first).toEqual([10, FEATURED.slice(0, 14)]);
    await vi.waitFor(() => expect(articles(target, 'Featured Schools')).toEqual(FEATURED), { timeout: 5000 });
  });

  it('stops adding slices when destroyed half-way, and never says it is ready', async () => {
    const target = host();
    const ready = vi.fn();
    target.addEventListener('schoolmatch:ready', ready);
    handle = mount(target, CONFIG);
    await atFirstRender(target, () => handle!.destroy());
    await tasks(10);
    expect(ready).not.toHaveBeenCalled();
    expect(target.shadowRoot?.textContent).toBe('');
    expect(errors).not.toHaveBeenCalled();
  });

  it('reports a render that fails on a later slice once, as schoolmatch:error, and never says it is ready', async () => {
    failing.onComplete = true;
    const target = host();
    const ready = vi.fn();
    target.addEventListener('schoolmatch:ready', ready);
    const failed = new Promise<CustomEvent>((resolve) =>
      target.addEventListener('schoolmatch:error', (event) => resolve(event as CustomEvent), { once: true }),
    );
    handle = mount(target, CONFIG);
    expect((await failed).detail.code).toBe('internal');
    await tasks(5);
    expect(ready).not.toHaveBeenCalled();
    expect(errors).toHaveBeenCalledTimes(1);
    expect(target.shadowRoot?.textContent).toBe('');
  });
});
