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

// Trimmed, 1 to 120 characters; a non-string has no `trim` and throws: wrong.
const trimmed: Parse = (value) => /^[\s\S]{1,120}$/.test((value = value.trim())) && value;
const TEXT = 'be 1 to 120 characters';

// attribute, what it must be or do, parse, default; the first three are required.
const SETTINGS: [string, string, Parse, unknown?][] = [
  [
    'catalog',
    'be an http(s) URL or an inline catalog',
    (value, _, origin) =>
      typeof value === 'object' && !Array.isArray(value)
        ? { inline: value }
        : /^https?:$/.test(new URL((value = value.trim()), origin).protocol) && value,
  ],
  [
    'endpoint',
    'be an https URL, http on localhost, or a same-origin path',
    (value, _, origin) => {
      // A path is resolved against the page (a "path" like //host or /\host that lands on another origin is
      // refused); anything else must be an absolute URL, without credentials.
      const path = (value = value.trim())[0] === '/';
      const url = new URL(value, path ? origin : undefined);
      return (
        (path ? url.origin === origin : !(url.username + url.password) && /^(https:.*|http:(localhost|127\.0\.0\.1|\[::1\]))$/.test(url.protocol + url.hostname)) &&
        value
      );
    },
  ],
  ['publisher', TEXT, trimmed],
  ['placement', TEXT, trimmed],
  ['sub-id', TEXT, trimmed],
  ['subject', 'be a subject id', (value) => /^[a-z0-9-]{1,120}$/.test((value = value.trim())) && value],
  [
    'sections',
    'list featured and/or popular',
    // Either section, or both once each in either order. Anything but a string or an array has no `join`
    // and throws: wrong.
    (value) =>
      /^(featured|popular)( (?!\1)(featured|popular))?$/.test((value = (typeof value === 'string' ? value.trim().split(/[\s,]+/) : value).join(' '))) &&
      value.split(' '),
    SECTIONS,
  ],
  [
    'max-schools',
    'be a whole number from 1 to 1000',
    // Digits only, as a string or a number (the test sees a number as its decimal text: 2.5 fails).
    (value) => /^\s*\d+\s*$/.test(value) && (value = +value) > 0 && value <= 1000 && value,
    10,
  ],
  ['locale', 'be "en" or "es"', (value) => (LOCALES as readonly unknown[]).includes(value) && value, 'en'],
  // A boolean attribute is on when present, whatever its value; "false" is honoured because publishers write it.
  // 1 is on, -1 off (falsy means wrong).
  ['test-mode', 'be true or false', (value, attributes) => ([false, 'false'].includes(value) ? -1 : attributes || [true, 'true'].includes(value) ? 1 : 0), false],
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
  for (const [i, [attribute, must, parse, fallback]] of SETTINGS.entries()) {
    const option = optionName(attribute);
    const value = raw[option];
    let parsed = fallback;
    if (value != null) {
      try {
        parsed = parse(value, attributes, location.origin);
      } catch {
        parsed = 0; // a string method on a non-string, or a URL that does not parse
      }
    }
    // Wrong, or one of the three required settings missing.
    if (!parsed && (value != null || i < 3)) {
      const name = attributes ? `attribute "${attribute}"` : `mount() option "${option}"`;
      return {
        ok: false,
        error: {
          attribute,
          // Quoted and cut short: the value may be a page's whole article.
          message: value == null ? `${name} is missing: it must ${must}` : `${name} must ${must}; got ${JSON.stringify(String(value).slice(0, 80))}`,
        },
      };
    }
    if (parsed !== undefined) config[option] = fallback === false ? (parsed as number) > 0 : parsed;
  }
  return { ok: true, config: config as unknown as EmbedConfig };
}
