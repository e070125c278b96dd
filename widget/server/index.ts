// The server entry (dist/server.mjs, `schoolmatch/server`): renders the widget's first view into a page's HTML.
// It imports no browser entry: no custom element is defined and no window is touched, in Node or any JS runtime.
import { version as packageVersion } from '../../package.json';

export { renderEmbed, embedStyles } from './renderEmbed.ts';
export { EmbedConfigError } from './EmbedConfigError.ts';

/** The widget's semver version; the script re-renders server markup of another version instead of hydrating it. */
export const version: string = packageVersion;

export type { RenderEmbedConfig } from './renderEmbed.ts';
export type { MountConfig } from '../../src/config/MountConfig.ts';
export type { Catalog } from '../../src/catalog/schema.ts';
export type { Locale, Section } from '../../src/embedConfig.ts';
