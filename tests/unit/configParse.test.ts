import { describe, expect, it } from 'vitest';
import { parseEmbedConfig, rawConfigFromAttributes } from '../../src/config/parseEmbedConfig.ts';
import type { RawConfig } from '../../src/config/MountConfig.ts';

const PAGE = { origin: 'https://news.example.com', hostname: 'news.example.com' };
const GOOD = {
  catalog: 'https://cdn.example.com/catalog.json',
  endpoint: 'https://leads.example.com/api/leads',
  publisher: 'pub-123',
};

/** Parses element attributes (kebab-case strings), as the custom element does. */
function fromAttributes(attributes: Record<string, string>) {
  return parseEmbedConfig(
    rawConfigFromAttributes((name) => attributes[name] ?? null),
    PAGE,
  );
}

function errorOf(raw: RawConfig) {
  const result = parseEmbedConfig(raw, PAGE);
  if (result.ok) throw new Error('expected a config error');
  return result.error;
}

describe('parseEmbedConfig from attributes', () => {
  it('accepts the three required attributes and fills in the documented defaults', () => {
    expect(fromAttributes(GOOD)).toEqual({
      ok: true,
      config: {
        ...GOOD,
        sections: ['featured', 'popular'],
        maxSchools: 10,
        locale: 'en',
        testMode: false,
        evidence: [],
      },
    });
  });

  it('reads every optional attribute from its kebab-case name', () => {
    const result = fromAttributes({
      ...GOOD,
      placement: 'sidebar',
      'sub-id': 'spring',
      subject: 'medical-billing-coding',
      sections: 'popular',
      'max-schools': '5',
      locale: 'es',
      'test-mode': '',
      evidence: 'trustedform jornaya',
    });
    expect(result).toEqual({
      ok: true,
      config: {
        ...GOOD,
        placement: 'sidebar',
        subId: 'spring',
        subject: 'medical-billing-coding',
        sections: ['popular'],
        maxSchools: 5,
        locale: 'es',
        testMode: true,
        evidence: ['trustedform', 'jornaya'],
      },
    });
  });

  it('treats test-mode="false" as off, because publishers write it expecting that', () => {
    expect(fromAttributes({ ...GOOD, 'test-mode': 'false' })).toMatchObject({ ok: true, config: { testMode: false } });
  });

  it.each([
    ['https://leads.example.com/api/leads'],
    ['http://localhost:8080/api/leads'],
    ['http://127.0.0.1:3000/api/leads'],
    ['/api/leads'],
  ])('accepts the endpoint %s', (endpoint) => {
    expect(fromAttributes({ ...GOOD, endpoint })).toMatchObject({ ok: true, config: { endpoint } });
  });

  it('rejects an ftp endpoint with the message naming the attribute and the fix', () => {
    expect(fromAttributes({ ...GOOD, endpoint: 'ftp://x' })).toEqual({
      ok: false,
      error: {
        attribute: 'endpoint',
        message: 'attribute "endpoint" must be an https URL, http on localhost, or a same-origin path; got "ftp://x"',
      },
    });
  });

  it.each([
    ['plain http to another host', 'http://leads.example.com/api/leads'],
    ['a protocol-relative URL', '//evil.example.com/api/leads'],
    ['a backslash path that browsers read as another host', '/\\evil.example.com'],
    ['a relative path', 'api/leads'],
    ['a javascript URL', 'javascript:alert(1)'],
    ['an https URL with credentials', 'https://user:pass@leads.example.com/'],
  ])('rejects %s as endpoint', (_, endpoint) => {
    expect(fromAttributes({ ...GOOD, endpoint })).toMatchObject({ ok: false, error: { attribute: 'endpoint' } });
  });

  it.each([
    ['catalog', 'it must be an http(s) URL or an inline catalog'],
    ['endpoint', 'it must be an https URL, http on localhost, or a same-origin path'],
    ['publisher', 'it must be 1 to 120 characters'],
  ])('reports a missing %s attribute and what it must be', (attribute, fix) => {
    const attributes: Record<string, string> = { ...GOOD };
    delete attributes[attribute];
    const result = fromAttributes(attributes);
    expect(result).toMatchObject({ ok: false, error: { attribute } });
    if (!result.ok) {
      expect(result.error.message).toMatch(/^attribute "/);
      expect(result.error.message).toBe(`attribute "${attribute}" is missing: ${fix}`);
    }
  });

  it.each([
    ['catalog', 'ftp://cdn.example.com/catalog.json', 'be an http(s) URL or an inline catalog'],
    ['publisher', '   ', 'be 1 to 120 characters'],
    ['placement', 'x'.repeat(121), 'be 1 to 120 characters'],
    ['sub-id', '', 'be 1 to 120 characters'],
    ['subject', 'Medical Billing', 'be a subject id'],
    ['sections', 'featured sidebar', 'list featured and/or popular'],
    ['sections', 'popular popular', 'list featured and/or popular'],
    ['max-schools', 'ten', 'be a whole number from 1 to 1000'],
    ['max-schools', '0', 'be a whole number from 1 to 1000'],
    ['locale', 'fr', 'be "en" or "es"'],
  ])('rejects %s="%s" naming the attribute, the value and what it must be', (attribute, value, fix) => {
    const result = fromAttributes({ ...GOOD, [attribute]: value });
    expect(result).toEqual({
      ok: false,
      error: { attribute, message: `attribute "${attribute}" must ${fix}; got ${JSON.stringify(value.slice(0, 80))}` },
    });
  });

  it('keeps the sections in the order the publisher wrote them', () => {
    expect(fromAttributes({ ...GOOD, sections: 'popular featured' })).toMatchObject({
      ok: true,
      config: { sections: ['popular', 'featured'] },
    });
  });

  it('accepts a catalog path relative to the page', () => {
    expect(fromAttributes({ ...GOOD, catalog: '/fixtures/catalog.json' })).toMatchObject({
      ok: true,
      config: { catalog: '/fixtures/catalog.json' },
    });
  });
});

describe('parseEmbedConfig from mount() options', () => {
  it('reads camelCase options with native types and a catalog object', () => {
    const catalog = { version: 1, subjects: [], schools: [] };
    const result = parseEmbedConfig(
      { ...GOOD, catalog, subId: 'spring', maxSchools: 3, sections: ['featured'], testMode: true, locale: 'es' },
      PAGE,
    );
    expect(result).toEqual({
      ok: true,
      config: {
        ...GOOD,
        catalog: { inline: catalog },
        subId: 'spring',
        maxSchools: 3,
        sections: ['featured'],
        testMode: true,
        locale: 'es',
        evidence: [],
      },
    });
  });

  it('names the camelCase option of SchoolMatch.mount() in its errors', () => {
    expect(errorOf({ ...GOOD, subId: 42 })).toEqual({
      attribute: 'sub-id',
      message: 'mount() option "subId" must be 1 to 120 characters; got "42"',
    });
  });

  it.each([
    ['maxSchools', 2.5, 'max-schools'],
    ['testMode', 'yes', 'test-mode'],
    ['catalog', ['not', 'a', 'catalog'], 'catalog'],
    ['sections', [], 'sections'],
    ['endpoint', 42, 'endpoint'],
  ])('rejects %s: %j', (option, value, attribute) => {
    expect(errorOf({ ...GOOD, [option]: value })).toMatchObject({ attribute });
  });
});
