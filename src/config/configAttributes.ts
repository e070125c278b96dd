import type { MountConfig } from './MountConfig.ts';

/** Every `school-match` attribute with its `mount()` option name, in the order the README documents them. */
export const CONFIG_ATTRIBUTES = [
  ['catalog', 'catalog'],
  ['endpoint', 'endpoint'],
  ['publisher', 'publisher'],
  ['placement', 'placement'],
  ['sub-id', 'subId'],
  ['subject', 'subject'],
  ['sections', 'sections'],
  ['max-schools', 'maxSchools'],
  ['locale', 'locale'],
  ['test-mode', 'testMode'],
] as const satisfies readonly (readonly [string, keyof MountConfig])[];

/** A `school-match` attribute name. */
export type ConfigAttribute = (typeof CONFIG_ATTRIBUTES)[number][0];

/** The attribute names the custom element observes. */
export const ATTRIBUTE_NAMES: readonly ConfigAttribute[] = CONFIG_ATTRIBUTES.map(([attribute]) => attribute);
