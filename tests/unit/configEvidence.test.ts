import { describe, expect, it } from 'vitest';
import { parseEmbedConfig, rawConfigFromAttributes } from '../../src/config/parseEmbedConfig.ts';

const PAGE = { origin: 'https://news.example.com', hostname: 'news.example.com' };
const GOOD = {
  catalog: 'https://cdn.example.com/catalog.json',
  endpoint: 'https://leads.example.com/api/leads',
  publisher: 'pub-123',
};

const fromAttributes = (attributes: Record<string, string>) =>
  parseEmbedConfig(
    rawConfigFromAttributes((name) => attributes[name] ?? null),
    PAGE,
  );

describe('the evidence setting', () => {
  it.each([
    ['trustedform', ['trustedform']],
    ['jornaya', ['jornaya']],
    ['  jornaya   trustedform ', ['jornaya', 'trustedform']],
    ['', []],
  ])('reads the attribute evidence=%j', (evidence, tokens) => {
    expect(fromAttributes({ ...GOOD, evidence })).toMatchObject({ ok: true, config: { evidence: tokens } });
  });

  it('asks for no evidence when the attribute is absent', () => {
    expect(fromAttributes(GOOD)).toMatchObject({ ok: true, config: { evidence: [] } });
  });

  it('takes the mount() option as a string or an array', () => {
    expect(parseEmbedConfig({ ...GOOD, source: 'options', evidence: ['jornaya'] }, PAGE)).toMatchObject({
      ok: true,
      config: { evidence: ['jornaya'] },
    });
    expect(parseEmbedConfig({ ...GOOD, source: 'options', evidence: 'trustedform' }, PAGE)).toMatchObject({
      ok: true,
      config: { evidence: ['trustedform'] },
    });
  });

  it.each(['trustedform leadid', 'TrustedForm', 'jornaya jornaya', 'trustedform,jornaya'])(
    'refuses evidence=%j with a message naming the attribute and what it must list',
    (evidence) => {
      expect(fromAttributes({ ...GOOD, evidence })).toEqual({
        ok: false,
        error: {
          attribute: 'evidence',
          message: `attribute "evidence" must list trustedform and/or jornaya; got ${JSON.stringify(evidence)}`,
        },
      });
    },
  );
});
