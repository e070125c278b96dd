// The script-tag entry (dist/schoolmatch.js): defines <school-match>, sets window.SchoolMatch, replays queued mount() calls.
import { version } from '../package.json';
import type { MountConfig } from '../src/config/MountConfig.ts';
import { defineElement } from './element.ts';
import { mount } from './mountWidget.ts';

const host = window as unknown as { SchoolMatch?: { q?: ArrayLike<[Element | string, MountConfig]> } };

try {
  const queued = Array.from(host.SchoolMatch?.q ?? []);
  host.SchoolMatch = { version, mount } as object;
  defineElement();
  for (const [target, config] of queued) mount(target, config);
} catch (error) {
  console.error(`[schoolmatch] could not start: ${error}. Please report this.`);
}
