// The script-tag entry (dist/schoolmatch.js): defines <school-match>, sets window.SchoolMatch, replays queued mount() calls.
import { version } from '../package.json';
import { defineElement } from './element.ts';
import { mount } from './embedMount.ts';
import type { MountConfig } from '../src/config/MountConfig.ts';

type Queued = { q?: ArrayLike<unknown>[] };
const host = window as unknown as { SchoolMatch?: Queued & Record<string, unknown> };

try {
  const queued = host.SchoolMatch?.q ?? [];
  host.SchoolMatch = { version, mount };
  defineElement();
  for (const args of Array.from(queued)) {
    mount(args[0] as Element | string, args[1] as MountConfig);
  }
} catch (error) {
  console.error(`[schoolmatch] the widget could not start: ${String(error)}. Please report this with your embed code.`);
}
