/** The locales the widget speaks. */
export const LOCALES = ['en', 'es'] as const;

/** A locale id. */
export type Locale = (typeof LOCALES)[number];

/** The widget's sections, in their default order. */
export const SECTIONS = ['featured', 'popular'] as const;

/** A section id. */
export type Section = (typeof SECTIONS)[number];

/** (v2) The consent-evidence services whose tokens the page collects and the widget copies into leads. */
export const EVIDENCE_TOKENS = ['trustedform', 'jornaya'] as const;

/** A consent-evidence service. */
export type EvidenceToken = (typeof EVIDENCE_TOKENS)[number];

/** A validated embed configuration (the element's attributes, or `mount()`'s config). */
export interface EmbedConfig {
  /** A catalog URL, or (inline / `mount()`) the catalog object itself, still unvalidated. */
  catalog: string | { inline: unknown };
  /** Where leads are POSTed: https URL, http on localhost/127.0.0.1, or a same-origin path. */
  endpoint: string;
  publisher: string;
  placement?: string;
  subId?: string;
  /** A subject id that pre-answers the subject question. */
  subject?: string;
  sections: readonly Section[];
  maxSchools: number;
  locale: Locale;
  testMode: boolean;
  /** (v2) The evidence tokens to copy from the page into each lead (none by default). */
  evidence: readonly EvidenceToken[];
}
