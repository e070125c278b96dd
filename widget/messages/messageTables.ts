import type { Locale } from '../../src/embedConfig.ts';
import { en } from './en.ts';
import { es } from './es.ts';
import type { Messages } from './Messages.ts';

/** The string table of each supported locale. */
export const messageTables: Record<Locale, Messages> = { en, es };
