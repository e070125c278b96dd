import {
  EVIDENCE_TOKENS,
  LOCALES,
  SECTIONS,
  type EmbedConfig,
  type EvidenceToken,
  type Locale,
  type Section,
} from '../embedConfig.ts';
import type { RawConfig } from './MountConfig.ts';

/** The outcome of reading an embed configuration: a valid config, or the first setting that is wrong (the message names it and the fix). */
export type ConfigResult =
  { ok: true; config: EmbedConfig } | { ok: false; error: { attribute: string; message: string } };

/** The page the widget runs on, for checking same-origin endpoint paths and resolving catalog URLs. */
export interface PageLocation {
  origin: string;
  hostname: string;
}

/** What a setting's reader knows besides the value. */
interface ReadContext {
  /** The value came from an attribute (a string; a boolean attribute is on when present). */
  fromAttribute: boolean;
  origin: string;
}

/**
 * One setting of the embed: its attribute name, what a valid value is (said in error messages), how a present
 * value is read (`undefined`: not valid), and its default when absent (no default: required, or optional).
 * A reader may call string methods on a non-string: the throw counts as not valid.
 */
interface Setting<K extends keyof EmbedConfig> {
  attribute: string;
  must: string;
  read: (value: any, context: ReadContext) => EmbedConfig[K] | undefined;
  required?: true;
  default?: EmbedConfig[K];
}

// Trimmed, 1 to 120 characters.
const readText = (value: string): string | undefined =>
  /^[\s\S]{1,120}$/.test((value = value.trim())) ? value : undefined;
const TEXT = 'be 1 to 120 characters';

/** Every setting, in attribute order. */
const SETTINGS: { [K in keyof EmbedConfig]-?: Setting<K> } = {
  catalog: {
    attribute: 'catalog',
    required: true,
    must: 'be an http(s) URL or an inline catalog',
    read: (value, { origin }) =>
      typeof value === 'object' && !Array.isArray(value)
        ? { inline: value }
        : /^https?:$/.test(new URL((value = value.trim()), origin).protocol)
          ? value
          : undefined,
  },
  endpoint: {
    attribute: 'endpoint',
    required: true,
    must: 'be an https URL, http on localhost, or a same-origin path',
    read: (value, { origin }) => {
      // A path is resolved against the page (a "path" like //host or /\host that lands on another origin is
      // refused); anything else must be an absolute URL, without credentials.
      const path = (value = value.trim())[0] === '/';
      const url = new URL(value, path ? origin : undefined);
      const allowed = path
        ? url.origin === origin
        : !(url.username + url.password) &&
          /^(https:.*|http:(localhost|127\.0\.0\.1|\[::1\]))$/.test(url.protocol + url.hostname);
      return allowed ? value : undefined;
    },
  },
  publisher: { attribute: 'publisher', required: true, must: TEXT, read: readText },
  placement: { attribute: 'placement', must: TEXT, read: readText },
  subId: { attribute: 'sub-id', must: TEXT, read: readText },
  subject: {
    attribute: 'subject',
    must: 'be a subject id',
    read: (value) => (/^[a-z0-9-]{1,120}$/.test((value = value.trim())) ? value : undefined),
  },
  sections: {
    attribute: 'sections',
    must: 'list featured and/or popular',
    default: SECTIONS,
    // Either section, or both once each in either order; as a space- or comma-separated string, or an array.
    read: (value) => {
      const list: string = (typeof value === 'string' ? value.trim().split(/[\s,]+/) : value).join(' ');
      return /^(featured|popular)( (?!\1)(featured|popular))?$/.test(list) ? (list.split(' ') as Section[]) : undefined;
    },
  },
  maxSchools: {
    attribute: 'max-schools',
    must: 'be a whole number from 1 to 1000',
    default: 10,
    // Digits only, as a string or a number (a number is tested as its decimal text: 2.5 fails).
    read: (value) => (/^\s*\d+\s*$/.test(value) && +value >= 1 && +value <= 1000 ? +value : undefined),
  },
  locale: {
    attribute: 'locale',
    must: 'be "en" or "es"',
    default: 'en',
    read: (value) => (LOCALES.includes(value) ? (value as Locale) : undefined),
  },
  testMode: {
    attribute: 'test-mode',
    must: 'be true or false',
    default: false,
    // A boolean attribute is on when present, whatever its value; "false" is honoured because publishers write it.
    read: (value, { fromAttribute }) =>
      value === false || value === 'false'
        ? false
        : fromAttribute || value === true || value === 'true'
          ? true
          : undefined,
  },
  evidence: {
    attribute: 'evidence',
    must: `list ${EVIDENCE_TOKENS.join(' and/or ')}`,
    default: [],
    // Each service at most once; as a space-separated string, or an array.
    read: (value) => {
      const list: string[] = typeof value === 'string' ? value.split(/\s+/).filter(Boolean) : [...value];
      return list.every((token, i) => EVIDENCE_TOKENS.includes(token as EvidenceToken) && list.indexOf(token) === i)
        ? (list as EvidenceToken[])
        : undefined;
    },
  },
};

const KEYS = Object.keys(SETTINGS) as (keyof EmbedConfig)[];

/** The attribute names of `<school-match>`. */
export const CONFIG_ATTRIBUTES: string[] = KEYS.map((key) => SETTINGS[key].attribute);

/** The `mount()` option name of an attribute (`sub-id` → `subId`); undefined for an attribute that is no setting. */
export const optionName = (attribute: string): keyof EmbedConfig | undefined =>
  KEYS.find((key) => SETTINGS[key].attribute === attribute);

/** Reads the raw configuration from an element's attributes (absent ones are null). */
export const rawConfigFromAttributes = (getAttribute: (name: string) => string | null): RawConfig =>
  Object.fromEntries([['source', 'attributes'], ...KEYS.map((key) => [key, getAttribute(SETTINGS[key].attribute)])]);

/** A config with every required and defaulted setting present. */
const isComplete = (config: Partial<EmbedConfig>): config is EmbedConfig =>
  KEYS.every((key) => config[key] !== undefined || !(SETTINGS[key].required || 'default' in SETTINGS[key]));

/** Validates attributes (kebab-case, strings) or `mount()` options (camelCase) into an EmbedConfig; never throws. */
export function parseEmbedConfig(raw: RawConfig, location: PageLocation): ConfigResult {
  const context: ReadContext = { fromAttribute: raw.source === 'attributes', origin: location.origin };
  const config: Partial<EmbedConfig> = {};
  for (const key of KEYS) {
    const setting: Setting<typeof key> = SETTINGS[key];
    const value = raw[key];
    const name = context.fromAttribute ? `attribute "${setting.attribute}"` : `mount() option "${key}"`;
    const fail = (message: string): ConfigResult => ({ ok: false, error: { attribute: setting.attribute, message } });
    if (value == null) {
      if (setting.required) return fail(`${name} is missing: it must ${setting.must}`);
      if (setting.default !== undefined) Object.assign(config, { [key]: setting.default });
      continue;
    }
    let parsed: EmbedConfig[typeof key] | undefined;
    try {
      parsed = setting.read(value, context);
    } catch {
      // a string method on a non-string, or a URL that does not parse
    }
    // Quoted and cut short: the value may be a page's whole article.
    if (parsed === undefined)
      return fail(`${name} must ${setting.must}; got ${JSON.stringify(String(value).slice(0, 80))}`);
    Object.assign(config, { [key]: parsed });
  }
  if (!isComplete(config))
    throw new Error('[schoolmatch] a required setting was neither read nor defaulted. Please report this.');
  return { ok: true, config };
}
