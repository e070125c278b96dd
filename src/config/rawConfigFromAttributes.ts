import { CONFIG_ATTRIBUTES } from './configAttributes.ts';
import type { RawConfig } from './MountConfig.ts';

/** Reads the raw configuration from an element's attributes (absent attributes are left out). */
export function rawConfigFromAttributes(getAttribute: (name: string) => string | null): RawConfig {
  const raw: Record<string, unknown> = { source: 'attributes' };
  for (const [attribute, option] of CONFIG_ATTRIBUTES) {
    const value = getAttribute(attribute);
    if (value !== null) raw[option] = value;
  }
  return raw as RawConfig;
}
