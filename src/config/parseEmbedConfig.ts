import { LOCALES, SECTIONS, type EmbedConfig, type Locale, type Section } from '../embedConfig.ts';
import type { ConfigAttribute } from './configAttributes.ts';
import { describeSetting, quoteValue } from './describeSetting.ts';
import { isAllowedEndpoint } from './isAllowedEndpoint.ts';
import type { RawConfig } from './MountConfig.ts';

/** The outcome of reading an embed configuration: a valid config, or the first setting that is wrong. */
export type ConfigResult =
  | { ok: true; config: EmbedConfig }
  | { ok: false; error: { attribute: string; message: string } };

/** The page the widget runs on, for checking same-origin endpoint paths and resolving catalog URLs. */
export interface PageLocation {
  origin: string;
  hostname: string;
}

const DEFAULT_MAX_SCHOOLS = 10;
const ID_PATTERN = /^[a-z0-9-]+$/;

/** Thrown inside this module only, to stop at the first wrong setting; never escapes `parseEmbedConfig`. */
class SettingError {
  constructor(
    readonly attribute: ConfigAttribute,
    readonly message: string,
  ) {}
}

/** Validates attributes (kebab-case, strings) or `mount()` options (camelCase) into an EmbedConfig. */
export function parseEmbedConfig(raw: RawConfig, location: PageLocation): ConfigResult {
  const source = raw.source ?? 'options';
  const fail = (attribute: ConfigAttribute, problem: string, example: string): never => {
    const words = describeSetting(attribute, source);
    throw new SettingError(attribute, `[schoolmatch] ${words.name} ${problem}. Set ${words.set(example)}.`);
  };
  const text = (attribute: ConfigAttribute, value: unknown, example: string): string | undefined => {
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'string') return fail(attribute, `must be a string; got ${quoteValue(value)}`, example);
    const trimmed = value.trim();
    if (trimmed === '' || trimmed.length > 120) {
      return fail(attribute, `must be 1 to 120 characters; got ${quoteValue(value)}`, example);
    }
    return trimmed;
  };
  try {
    const config: EmbedConfig = {
      catalog: readCatalog(raw.catalog, location, fail),
      endpoint: readEndpoint(raw.endpoint, location, fail),
      publisher: text('publisher', raw.publisher, 'pub-123') ?? fail('publisher', 'is missing', 'pub-123'),
      sections: readSections(raw.sections, fail),
      maxSchools: readMaxSchools(raw.maxSchools, fail),
      locale: readLocale(raw.locale, fail),
      testMode: readTestMode(raw.testMode, source, fail),
    };
    const placement = text('placement', raw.placement, 'sidebar-1');
    if (placement !== undefined) config.placement = placement;
    const subId = text('sub-id', raw.subId, 'campaign-7');
    if (subId !== undefined) config.subId = subId;
    const subject = text('subject', raw.subject, 'medical-billing-coding');
    if (subject !== undefined) {
      if (!ID_PATTERN.test(subject)) {
        fail('subject', `must be a subject id of the catalog (a-z, 0-9, -); got ${quoteValue(subject)}`, 'medical-billing-coding');
      }
      config.subject = subject;
    }
    return { ok: true, config };
  } catch (error) {
    if (error instanceof SettingError) return { ok: false, error: { attribute: error.attribute, message: error.message } };
    throw error;
  }
}

type Fail = (attribute: ConfigAttribute, problem: string, example: string) => never;

function readCatalog(value: unknown, location: PageLocation, fail: Fail): EmbedConfig['catalog'] {
  const example = 'https://cdn.example.com/catalog.json';
  if (value === undefined || value === null || value === '') {
    return fail('catalog', 'is missing (and there is no inline <script type="application/json"> catalog)', example);
  }
  if (typeof value === 'object' && !Array.isArray(value)) return { inline: value };
  if (typeof value !== 'string') return fail('catalog', `must be a URL or a catalog object; got ${quoteValue(value)}`, example);
  const url = value.trim();
  let protocol: string;
  try {
    protocol = new URL(url, `${location.origin}/`).protocol;
  } catch {
    return fail('catalog', `must be a URL of the catalog JSON; got ${quoteValue(value)}`, example);
  }
  if (protocol !== 'https:' && protocol !== 'http:') {
    return fail('catalog', `must be an http(s) URL of the catalog JSON; got ${quoteValue(value)}`, example);
  }
  return url;
}

function readEndpoint(value: unknown, location: PageLocation, fail: Fail): string {
  const example = 'https://leads.example.com/api/leads';
  if (value === undefined || value === null || value === '') return fail('endpoint', 'is missing', example);
  const endpoint = typeof value === 'string' ? value.trim() : '';
  if (!isAllowedEndpoint(endpoint, location.origin)) {
    return fail(
      'endpoint',
      `must be an https URL, an http URL on localhost/127.0.0.1, or a same-origin path such as /api/leads; got ${quoteValue(value)}`,
      'https://…',
    );
  }
  return endpoint;
}

function readSections(value: unknown, fail: Fail): readonly Section[] {
  if (value === undefined || value === null) return SECTIONS;
  const tokens = typeof value === 'string' ? value.split(/[\s,]+/).filter(Boolean) : value;
  const valid =
    Array.isArray(tokens) &&
    tokens.length > 0 &&
    tokens.every((token) => (SECTIONS as readonly unknown[]).includes(token)) &&
    new Set(tokens).size === tokens.length;
  if (!valid) return fail('sections', `must be "featured popular", "featured" or "popular"; got ${quoteValue(value)}`, 'featured popular');
  return tokens as Section[];
}

function readMaxSchools(value: unknown, fail: Fail): number {
  if (value === undefined || value === null) return DEFAULT_MAX_SCHOOLS;
  const number = typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : value;
  if (typeof number !== 'number' || !Number.isInteger(number) || number < 1 || number > 1000) {
    return fail('max-schools', `must be a whole number from 1 to 1000; got ${quoteValue(value)}`, String(DEFAULT_MAX_SCHOOLS));
  }
  return number;
}

function readLocale(value: unknown, fail: Fail): Locale {
  if (value === undefined || value === null) return 'en';
  if (!(LOCALES as readonly unknown[]).includes(value)) {
    return fail('locale', `must be ${LOCALES.map((locale) => `"${locale}"`).join(' or ')}; got ${quoteValue(value)}`, 'en');
  }
  return value as Locale;
}

function readTestMode(value: unknown, source: 'attributes' | 'options', fail: Fail): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === 'boolean') return value;
  // A boolean attribute is on when present, whatever its value; "false" is honoured because publishers write it.
  if (value === 'false') return false;
  if (source === 'attributes' || value === 'true') return true;
  return fail('test-mode', `must be true or false; got ${quoteValue(value)}`, 'true');
}
