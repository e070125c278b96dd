import { afterEach, describe, expect, it } from 'vitest';
import catalog from '../../fixtures/catalog.json';
import hostile from '../../fixtures/hostile.json';
import { mount, type Handle } from '../../widget/mountWidget.ts';
import { renderEmbed } from '../../widget/server/renderEmbed.ts';

let handle: Handle | undefined;
afterEach(() => {
  handle?.destroy();
  handle = undefined;
  document.body.replaceChildren();
});

// The markup of a view, with what differs only in form between the two paths left out: the server marks the
// chosen option `selected`, the script sets the select's value; the server view is marked with the version.
const markup = (view: Element): string => {
  const copy = view.cloneNode(true) as Element;
  copy.querySelectorAll('[selected]').forEach((option) => option.removeAttribute('selected'));
  copy.removeAttribute('data-schoolmatch-version');
  return copy.outerHTML;
};

/** The first view the script renders for `config` (with the catalog object inline), once it is ready. */
async function scriptFirstView(config: Parameters<typeof renderEmbed>[0]): Promise<Element> {
  const target = document.createElement('div');
  document.body.append(target);
  const ready = new Promise((resolve) => target.addEventListener('schoolmatch:ready', resolve, { once: true }));
  handle = mount(target, config);
  await ready;
  return target.shadowRoot!.querySelector('.sm-embed')!;
}

/** The first view renderEmbed writes for the same config, parsed. */
function serverFirstView(config: Parameters<typeof renderEmbed>[0]): Element {
  const holder = document.createElement('div');
  holder.innerHTML = renderEmbed(config);
  return (holder.querySelector('template') as HTMLTemplateElement).content.querySelector('.sm-embed')!;
}

describe('the server-rendered first view', () => {
  const configs: [string, Parameters<typeof renderEmbed>[0]][] = [
    ['the seed catalog', { catalog, endpoint: '/api/leads', publisher: 'pub-123' }],
    [
      'a preset subject in Spanish, popular schools first, three of them',
      {
        catalog,
        endpoint: '/api/leads',
        publisher: 'pub-123',
        subject: 'medical-billing-coding',
        locale: 'es',
        sections: 'popular featured',
        maxSchools: 3,
      },
    ],
    ['the hostile catalog', { catalog: hostile, endpoint: '/api/leads', publisher: 'pub-123' }],
  ];
  it.each(configs)('is exactly the view the script renders, for %s', async (_, config) => {
    const server = serverFirstView(config);
    const script = await scriptFirstView(config);
    expect(server.querySelectorAll('article').length).toBeGreaterThan(0);
    expect(markup(server)).toBe(markup(script));
    // The same answers chosen: the server's selected options are the script's select values.
    const chosen = (view: Element, read: (select: HTMLSelectElement) => string) =>
      Array.from(view.querySelectorAll('select'), read);
    expect(chosen(server, (select) => select.querySelector('option[selected]')?.getAttribute('value') ?? '')).toEqual(
      chosen(script, (select) => select.value),
    );
  });
});
