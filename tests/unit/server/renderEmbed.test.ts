import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderEmbed, type RenderEmbedConfig } from '../../../widget/server/index.ts';
import { version } from '../../../package.json';
import { featured, popular } from '../seedLists.ts';
import { parseEmbedHtml, type ParsedEmbed } from './parseEmbedHtml.ts';

const fixture = (name: string): object =>
  JSON.parse(readFileSync(new URL(`../../../fixtures/${name}`, import.meta.url), 'utf8'));
const seed = fixture('catalog.json');
const GOOD = { catalog: seed, endpoint: '/api/leads', publisher: 'pub-123' } satisfies RenderEmbedConfig;

let parsed: ParsedEmbed | undefined;
afterEach(() => {
  parsed?.close();
  parsed = undefined;
  vi.restoreAllMocks();
});
const render = (config: RenderEmbedConfig): ParsedEmbed => (parsed = parseEmbedHtml(renderEmbed(config)));
const texts = (root: ParentNode, selector: string): string[] =>
  Array.from(root.querySelectorAll(selector), (node) => node.textContent ?? '');

describe('renderEmbed', () => {
  it('returns one <school-match> with its attributes, an open declarative shadow root and the inline catalog after it', () => {
    const html = renderEmbed({
      ...GOOD,
      placement: 'article-inline',
      subId: 'spring',
      sections: 'popular featured',
      maxSchools: 5,
      locale: 'es',
      testMode: true,
    });
    expect(html.startsWith('<school-match ')).toBe(true);
    expect(html.endsWith('</school-match>')).toBe(true);
    const { host, template, children } = (parsed = parseEmbedHtml(html));
    expect(host.localName).toBe('school-match');
    expect(Object.fromEntries(Array.from(host.attributes, (a) => [a.name, a.value]))).toEqual({
      endpoint: '/api/leads',
      publisher: 'pub-123',
      placement: 'article-inline',
      'sub-id': 'spring',
      sections: 'popular featured',
      'max-schools': '5',
      locale: 'es',
      'test-mode': '',
    });
    expect(template?.getAttribute('shadowrootmode')).toBe('open');
    expect(children.map((child) => child.localName)).toEqual(['template', 'script']);
    expect(children[1]?.getAttribute('type')).toBe('application/json');
    expect(JSON.parse(children[1]?.textContent ?? '')).toEqual(seed);
  });

  it('leaves out the attributes of settings not given, so the widget applies its defaults', () => {
    const { host } = render(GOOD);
    expect(host.getAttributeNames()).toEqual(['endpoint', 'publisher']);
  });

  it('puts the styles first in the shadow root, then the first view marked with the widget version', () => {
    const { shadow } = render(GOOD);
    expect(Array.from(shadow.children, (child) => child.localName)).toEqual(['style', 'div']);
    const view = shadow.children[1]!;
    expect(view.className).toBe('sm-embed');
    expect(view.getAttribute('data-schoolmatch-version')).toBe(version);
  });

  it('renders the first view: both regions with the Sponsored disclosure, every featured card and popular school, every program name', () => {
    const { shadow } = render(GOOD);
    expect(texts(shadow, 'section > h2')).toEqual(['Featured Schools', 'Popular Schools']);
    expect(texts(shadow, 'section > details > summary')).toEqual(['Sponsored', 'Sponsored']);
    expect(texts(shadow, 'section > details > p')[0]).toContain('pay to be shown');
    const [featuredRegion, popularRegion] = Array.from(shadow.querySelectorAll('section'));
    expect(texts(featuredRegion!, 'article h3')).toEqual(featured.map((school) => school.name));
    expect(texts(popularRegion!, 'article h3')).toEqual(popular.map((school) => school.name));
    const programNames = texts(popularRegion!, 'article li');
    for (const school of popular)
      for (const heading of school.headings) for (const name of heading.programs) expect(programNames).toContain(name);
    expect(texts(shadow, 'p[role=status]')).toEqual(['53 programs at 10 schools']);
    expect(shadow.querySelectorAll('dialog')).toHaveLength(0);
  });

  it('renders the subject preset as answered, with only that subject’s programs', () => {
    const { shadow } = render({ ...GOOD, subject: 'medical-billing-coding' });
    const select = shadow.querySelector('#q-subject')!;
    expect(select.querySelector('option[selected]')?.getAttribute('value')).toBe('medical-billing-coding');
    const programNames = texts(shadow.querySelectorAll('section')[1]!, 'article li');
    expect(programNames).toContain('Associate of Science - Insurance Billing and Coding Specialist');
    expect(programNames).not.toContain('Master of Health Information Management');
  });

  it('speaks the configured locale', () => {
    const { shadow } = render({ ...GOOD, locale: 'es' });
    expect(shadow.querySelector('.sm-embed > div')?.getAttribute('lang')).toBe('es');
    expect(texts(shadow, 'section > h2')).not.toContain('Featured Schools');
  });

  it('sets the nonce on the <style> when one is given, and no nonce attribute otherwise', () => {
    expect(
      render({ ...GOOD, nonce: 'r4nd0m+Nonce/AB==' })
        .shadow.querySelector('style')
        ?.getAttribute('nonce'),
    ).toBe('r4nd0m+Nonce/AB==');
    parsed?.close();
    expect(render(GOOD).shadow.querySelector('style')?.hasAttribute('nonce')).toBe(false);
  });

  it('shows hostile catalog text as text and keeps it from closing the inline catalog script', () => {
    const hostile = fixture('hostile.json') as { schools: { name: string; programs: { name: string }[] }[] };
    const html = renderEmbed({ ...GOOD, catalog: hostile });
    // One script element: the inline catalog; nothing in the catalog opens or closes another.
    expect(html.match(/<script/gi)).toHaveLength(1);
    expect(html.match(/<\/script/gi)).toHaveLength(1);
    expect(html).not.toContain('<!--');
    expect(html).not.toMatch(/<(img|svg)\b/i);
    const { shadow, children } = (parsed = parseEmbedHtml(html));
    expect(shadow.querySelectorAll('img, svg, script')).toHaveLength(0);
    const shownNames = texts(shadow, 'article h3');
    expect(shownNames).toContain('<img src=x onerror=alert(1)> University');
    expect(texts(shadow, 'article li')).toContain('<script>alert(1)</script> Master of Health Informatics');
    // The inline copy reads back as exactly the catalog given.
    expect(JSON.parse(children[1]?.textContent ?? '')).toEqual(hostile);
  });

  it('escapes attribute values', () => {
    const { host } = render({ ...GOOD, publisher: 'pub"><script>x</script>', placement: 'a&b' });
    expect(host.getAttribute('publisher')).toBe('pub"><script>x</script>');
    expect(host.getAttribute('placement')).toBe('a&b');
    expect(host.querySelectorAll('script')).toHaveLength(1);
  });

  it('warns, as the widget does, about skipped catalog entries and a preset subject the catalog lacks', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    render({ ...GOOD, catalog: fixture('broken/bad-program.json'), subject: 'astrology' });
    expect(warn.mock.calls.map(([message]) => String(message).split(':')[0])).toEqual([
      '[schoolmatch] the inline catalog',
      '[schoolmatch] subject "astrology" is not in the catalog; use one of',
    ]);
  });
});

describe('renderEmbed with a bad configuration', () => {
  const cases: [string, Record<string, unknown>, RegExp][] = [
    [
      'a missing endpoint',
      { endpoint: undefined },
      /^\[schoolmatch\] renderEmbed\(\) option "endpoint" is missing: it must be an https URL/,
    ],
    [
      'an ftp endpoint',
      { endpoint: 'ftp://leads.example.com' },
      /^\[schoolmatch\] renderEmbed\(\) option "endpoint" must be an https URL.*; got "ftp:\/\/leads.example.com"$/,
    ],
    [
      'an endpoint "path" that leaves the page',
      { endpoint: '//evil.example/api' },
      /option "endpoint" must be an https URL/,
    ],
    ['a missing publisher', { publisher: undefined }, /^\[schoolmatch\] renderEmbed\(\) option "publisher" is missing/],
    ['a blank publisher', { publisher: '   ' }, /option "publisher" must be 1 to 120 characters; got "   "$/],
    [
      'a catalog URL instead of the catalog',
      { catalog: 'https://cdn.example.com/catalog.json' },
      /^\[schoolmatch\] renderEmbed\(\) option "catalog" must be the catalog as an object/,
    ],
    ['no catalog', { catalog: undefined }, /option "catalog" must be the catalog as an object/],
    ['a list instead of the catalog', { catalog: [] }, /option "catalog" must be the catalog as an object/],
    [
      'a catalog of the wrong shape',
      { catalog: fixture('broken/wrong-top-level.json') },
      /^\[schoolmatch\] the catalog is invalid at \$\.schools: .*Fix it\.$/,
    ],
    [
      'a catalog of another version',
      { catalog: fixture('broken/wrong-version.json') },
      /^\[schoolmatch\] the catalog is invalid at \$\.version/,
    ],
    [
      'a subject that is not an id',
      { subject: 'Medical Billing' },
      /option "subject" must be a subject id; got "Medical Billing"$/,
    ],
    [
      'unknown sections',
      { sections: 'sidebar' },
      /option "sections" must list featured and\/or popular; got "sidebar"$/,
    ],
    ['a max-schools of 0', { maxSchools: 0 }, /option "maxSchools" must be a whole number from 1 to 1000; got "0"$/],
    ['an unknown locale', { locale: 'fr' }, /option "locale" must be "en" or "es"; got "fr"$/],
    ['a test-mode that is not a boolean', { testMode: 'yes' }, /option "testMode" must be true or false; got "yes"$/],
    [
      'a nonce with characters a nonce never has',
      { nonce: '"><script>' },
      /^\[schoolmatch\] renderEmbed\(\) option "nonce" must be the page's CSP nonce/,
    ],
  ];
  it.each(cases)('throws its [schoolmatch] error for %s', (_, change, message) => {
    expect(() => renderEmbed({ ...GOOD, ...change } as RenderEmbedConfig)).toThrowError(message);
  });
});
