import { LOCALES, SECTIONS, type EmbedConfig } from '../embedConfig.ts';
import type { RawConfig } from './MountConfig.ts';

/** The outcome of reading an embed configuration: a valid config, or the first setting that is wrong (the message names it and the fix). */
export type ConfigResult = { ok: true; config: EmbedConfig } | { ok: false; error: { attribute: string; message: string } };

/** The page the widget runs on, for checking same-origin endpoint paths and resolving catalog URLs. */
export interface PageLocation {
  origin: string;
  hostname: string;
}

// The valid value, or a falsy one when the value is wrong; only called for values that are present
// (`any`: a parser may call string methods on a non-string, which throws and counts as wrong).
type Parse = (value: any, attributes: boolean, origin: string) => unknown;

const trimmed = (value: unknown): unknown => typeof value === 'string' && (value = value.trim()) && (value as string).length <= 120 && value;
const TEXT = 'be 1 to 120 characters';

// attribute → example, what it must be, parse, default; the first three are required.
const SETTINGS: [string, string, string, Parse, unknown?][] = [
  [
    'catalog',
    'https://…/catalog.json',
    'be an http(s) URL or a catalog object',
    (value, _, origin) =>
      typeof value === 'object' && !Array.isArray(value)
        ? { inline: value }
        : /^https?:$/.test(new URL(value.trim(), `${origin}/`).protocol) && value.trim(),
  ],
  [
    'endpoint',
    'https://…/api/leads',
    'be an https URL, http on localhost, or a same-origin path',
    (value, _, origin) => {
      const endpoint = value.trim();
      // A "path" like //host or /\host resolves to another origin and is refused here.
      if (endpoint[0] === '/') return new URL(endpoint, origin).origin === origin && endpoint;
      const url = new URL(endpoint);
      return (
        !url.username &&
        !url.password &&
        (url.protocol === 'https:' || (url.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname))) &&
        endpoint
      );
    },
  ],
  ['publisher', 'pub-123', TEXT, trimmed],
  ['placement', 'sidebar-1', TEXT, trimmed],
  ['sub-id', 'campaign-7', TEXT, trimmed],
  ['subject', 'medical-billing-coding', 'be a subject id (a-z, 0-9, -)', (value) => /^[a-z0-9-]{1,120}$/.test((value = value.trim())) && value],
  [
    'sections',
    'featured popular',
    'be "featured popular", "featured" or "popular"',
    // Anything but a string or an array has no `every` and throws: wrong.
    (value) => {
      const tokens: unknown[] = typeof value === 'string' ? value.trim().split(/[\s,]+/) : value;
      return tokens.every((t) => (SECTIONS as readonly unknown[]).includes(t)) && new Set(tokens).size === tokens.length && tokens[0] && tokens;
    },
    SECTIONS,
  ],
  [
    'max-schools',
    '10',
    'be a whole number from 1 to 1000',
    (value) => {
      const n = typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? +value : value;
      return Number.isInteger(n) && n > 0 && n <= 1000 && n;
    },
    10,
  ],
  ['locale', 'en', 'be "en" or "es"', (value) => (LOCALES as readonly unknown[]).includes(value) && value, 'en'],
  // A boolean attribute is on when present, whatever its value; "false" is honoured because publishers write it.
  // 1 is on, -1 off (falsy means wrong).
  ['test-mode', 'true', 'be true or false', (value, attributes) => (value === true || value === 'true' || (attributes && value !== 'false') ? 1 : value === false || value === 'false' ? -1 : 0), false],
];

/** The attribute names of `<school-match>`. */
export const CONFIG_ATTRIBUTES = SETTINGS.map(([attribute]) => attribute);

/** The `mount()` option name of an attribute: `sub-id` → `subId`. */
export const optionName = (attribute: string): keyof RawConfig =>
  attribute.replace(/-(.)/g, (_, letter: string) => letter.toUpperCase()) as keyof RawConfig;

/** Reads the raw configuration from an element's attributes (absent ones are null). */
export const rawConfigFromAttributes = (getAttribute: (name: string) => string | null): RawConfig =>
  Object.fromEntries([['source', 'attributes'], ...CONFIG_ATTRIBUTES.map((name) => [optionName(name), getAttribute(name)])]);

/** Validates attributes (kebab-case, strings) or `mount()` options (camelCase) into an EmbedConfig; never throws. */
export function parseEmbedConfig(raw: RawConfig, location: PageLocation): ConfigResult {
  const attributes = raw.source === 'attributes';
  const config: Record<string, unknown> = {};
  for (const [i, [attribute, example, must, parse, fallback]] of SETTINGS.entries()) {
    const option = optionName(attribute);
    const value = raw[option];
    let parsed = fallback;
    let problem = '';
    if (value != null) {
      try {
        parsed = parse(value, attributes, location.origin);
      } catch {
        parsed = 0; // a string method on a non-string, or a URL that does not parse
      }
      // Quoted and cut short: the value may be a page's whole article.
      if (!parsed) problem = `must ${must}; got ${JSON.stringify(String(value).slice(0, 80))}`;
    } else if (i < 3) problem = `is missing${i ? '' : ' (nor is there an inline catalog)'}`;
    if (problem) {
      const name = attributes ? `attribute "${attribute}"` : `mount() option "${option}"`;
      const set = attributes ? `${attribute}="${example}"` : `${option}: "${example}"`;
      return { ok: false, error: { attribute, message: `${name} ${problem}. Set ${set}.` } };
    }
    if (parsed !== undefined) config[option] = fallback === false ? (parsed as number) > 0 : parsed;
  }
  return { ok: true, config: config as unknown as EmbedConfig };
}
