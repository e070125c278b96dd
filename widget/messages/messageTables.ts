import type { Locale } from '../../src/embedConfig.ts';
import { en, type Messages } from './en.ts';
import { es } from './es.ts';

/** The string table of each supported locale. */
export const messageTables: Record<Locale, Messages> = { en, es };
