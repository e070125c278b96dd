/** The locales the widget speaks. */
export const LOCALES = ['en', 'es'] as const;

/** A locale id. */
export type Locale = (typeof LOCALES)[number];

/** The widget's sections, in their default order. */
export const SECTIONS = ['featured', 'popular'] as const;

/** A section id. */
export type Section = (typeof SECTIONS)[number];

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
}
