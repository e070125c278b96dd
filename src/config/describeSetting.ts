import { CONFIG_ATTRIBUTES, type ConfigAttribute } from './configAttributes.ts';

/** How an error names one setting and shows its fix, in the words of where it came from (attribute or `mount()` option). */
export interface SettingWords {
  /** `attribute "sub-id"` or `option "subId" of SchoolMatch.mount()`. */
  name: string;
  /** `sub-id="…"` or `subId: "…"` with the example value. */
  set(example: string): string;
}

/** Words for a setting, so every config error names it the way the publisher wrote it. */
export function describeSetting(attribute: ConfigAttribute, source: 'attributes' | 'options'): SettingWords {
  if (source === 'attributes') {
    return { name: `attribute "${attribute}"`, set: (example) => `${attribute}="${example}"` };
  }
  const option = CONFIG_ATTRIBUTES.find(([name]) => name === attribute)?.[1] ?? attribute;
  return { name: `option "${option}" of SchoolMatch.mount()`, set: (example) => `${option}: "${example}"` };
}

/** Shows a rejected value in an error message: quoted, one line, at most 80 characters. */
export function quoteValue(value: unknown): string {
  let text: string;
  if (typeof value === 'string') text = value;
  else if (value === null || typeof value !== 'object') text = String(value);
  else text = Array.isArray(value) ? 'an array' : 'an object';
  const oneLine = text.replace(/\s+/g, ' ');
  return JSON.stringify(oneLine.length > 80 ? `${oneLine.slice(0, 77)}…` : oneLine);
}
