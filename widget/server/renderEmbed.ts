import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { version } from '../../package.json';
import { parseCatalog } from '../../src/catalog/parseCatalog.ts';
import type { MountConfig } from '../../src/config/MountConfig.ts';
import { optionName, parseEmbedConfig } from '../../src/config/parseEmbedConfig.ts';
import { createDelivery } from '../../src/delivery/createDelivery.ts';
import type { EmbedConfig } from '../../src/embedConfig.ts';
import { App } from '../components/App.tsx';
import { createWidgetModel } from '../model/createWidgetModel.ts';
import css from '../styles/widget.css?inline';
import { EmbedConfigError, quoteValue } from './EmbedConfigError.ts';

/** `renderEmbed()`'s configuration: `MountConfig` with the catalog object itself, plus the page's CSP nonce. */
export interface RenderEmbedConfig extends MountConfig {
  /** The catalog object (a URL cannot be rendered on the server: the first view needs the schools). */
  catalog: object;
  /** The page's CSP nonce, set on the widget's `<style>`; without it, allow the hash in dist/csp.json. */
  nonce?: string;
}

/** The exact text of the server-rendered `<style>`: its CSP hash is what the build publishes in dist/csp.json. */
export const embedStyles: string = css;

// Endpoint paths are checked against the page's origin, which the server does not know: any origin will do,
// since a path that stays on it stays on the publisher's too (and //host or /\host still leaves it).
const SOME_PAGE = { origin: 'https://publisher.invalid', hostname: 'publisher.invalid' };

// The settings that become attributes of <school-match>, in the order the README lists them.
const ATTRIBUTES = [
  'endpoint',
  'publisher',
  'placement',
  'sub-id',
  'subject',
  'sections',
  'max-schools',
  'locale',
  'test-mode',
  'evidence',
] as const;

// A CSP nonce is base64 (or base64url) text.
const NONCE = /^[A-Za-z0-9+/_=-]{1,200}$/;

const escapeAttribute = (value: string): string =>
  value.replace(
    /[&"<>]/g,
    (char) => `&${({ '&': 'amp', '"': 'quot', '<': 'lt', '>': 'gt' } as Record<string, string>)[char]};`,
  );

// In a <script> element only "</script" and "<!--" are dangerous; "\u003c" is the same JSON string to the parser.
const scriptSafeJson = (value: unknown): string => JSON.stringify(value).replace(/</g, '\\u003c');

/** Validates the configuration as the widget does; throws an EmbedConfigError (message starting "[schoolmatch]"). */
function checkConfig(config: RenderEmbedConfig): EmbedConfig {
  const { nonce, ...options } = config as RenderEmbedConfig & Record<string, unknown>;
  if (typeof options.catalog !== 'object' || options.catalog === null || Array.isArray(options.catalog)) {
    throw new EmbedConfigError(
      'catalog',
      `must be the catalog as an object (not a URL): the first view is rendered from its schools; got ${quoteValue(options.catalog)}`,
    );
  }
  if (nonce !== undefined && !(typeof nonce === 'string' && NONCE.test(nonce))) {
    throw new EmbedConfigError(
      'nonce',
      `must be the page's CSP nonce (base64 characters), or left out; got ${quoteValue(nonce)}`,
    );
  }
  const parsed = parseEmbedConfig({ ...options, source: 'options' }, SOME_PAGE);
  if (!parsed.ok) throw EmbedConfigError.fromMountError(parsed.error);
  return parsed.config;
}

/** The `<school-match>` attributes of a valid configuration (absent settings stay absent, so defaults apply). */
function attributesOf(config: EmbedConfig, given: MountConfig): string {
  return ATTRIBUTES.map((attribute) => {
    const option = optionName(attribute) as keyof EmbedConfig;
    const value = config[option];
    if (given[option as keyof MountConfig] == null || value === undefined) return '';
    if (typeof value === 'boolean') return value ? ` ${attribute}` : '';
    return ` ${attribute}="${escapeAttribute(Array.isArray(value) ? value.join(' ') : String(value))}"`;
  }).join('');
}

/**
 * Renders the whole `<school-match>` element for a page's HTML: its attributes, a declarative shadow root with
 * the widget's styles and first view (no answers, or the `subject` preset), and the catalog as its inline JSON
 * child. The script, when it loads, takes that view over. Throws an Error starting "[schoolmatch]" on a bad
 * configuration or catalog, like the widget would report.
 */
export function renderEmbed(config: RenderEmbedConfig): string {
  const embed = checkConfig(config);
  const result = parseCatalog(config.catalog);
  if (!result.ok) {
    throw new EmbedConfigError(
      'catalog',
      `is invalid at ${result.error.path}: ${result.error.message}. Fix it.`,
      'the catalog',
    );
  }
  const { catalog, skipped } = result;
  if (skipped[0])
    console.warn(
      `[schoolmatch] the inline catalog: skipped invalid entries; fix them:${skipped.map((item) => `\n  ${item.reason}`).join('')}`,
    );
  if (embed.subject && !catalog.subjects.some((item) => item.id === embed.subject)) {
    console.warn(
      `[schoolmatch] subject "${embed.subject}" is not in the catalog; use one of: ${catalog.subjects.map((item) => item.id)}.`,
    );
  }
  // Never sends anything: the server renders no request form. No storage, so nothing touches localStorage.
  const delivery = createDelivery({ storage: null });
  const model = createWidgetModel({ catalog, config: embed, delivery, emit: () => {} });
  try {
    const view = renderToString(h(App, { model }));
    const nonce = config.nonce === undefined ? '' : ` nonce="${escapeAttribute(config.nonce)}"`;
    return (
      `<school-match${attributesOf(embed, config)}>` +
      `<template shadowrootmode="open"><style${nonce}>${css}</style>` +
      `<div class="sm-embed" data-schoolmatch-version="${escapeAttribute(version)}">${view}</div></template>` +
      `<script type="application/json">${scriptSafeJson(config.catalog)}</script>` +
      `</school-match>`
    );
  } finally {
    model.dispose();
    delivery.destroy();
  }
}
