import type { EvidenceToken, Locale, Section } from '../embedConfig.ts';

/** The `mount()` configuration: the element's attributes in camelCase; `catalog` may be the catalog object itself. */
export interface MountConfig {
  /** URL of the catalog JSON, or the catalog object. */
  catalog: string | object;
  /** Where leads are POSTed: an https URL, an http URL on localhost/127.0.0.1, or a same-origin path. */
  endpoint: string;
  /** Publisher id, copied into every lead. */
  publisher: string;
  /** Placement id (which slot on the page), copied into leads. */
  placement?: string;
  /** The publisher's sub id, copied into leads. */
  subId?: string;
  /** A subject id that pre-answers the subject question. */
  subject?: string;
  /** Which sections to show: `featured popular` (default), `featured` or `popular`, as a string or an array. */
  sections?: string | readonly Section[];
  /** How many popular schools show before "Show more" (default 10). */
  maxSchools?: number | string;
  /** `en` (default) or `es`. */
  locale?: Locale;
  /** When true, leads carry `testMode: true`. */
  testMode?: boolean | string;
  /** (v2) Consent evidence to copy from the page into leads: `trustedform`, `jornaya`, space-separated or an array. */
  evidence?: string | readonly EvidenceToken[];
}

/** Unvalidated configuration as it arrives from attributes or from `mount()`; `source` decides how errors name settings. */
export type RawConfig = { [K in keyof MountConfig]?: unknown } & { source?: 'attributes' | 'options' };
