import type { MountConfig } from '../src/config/MountConfig.ts';
import { dispatchEmbedEvent } from './embedEvents.ts';
import { mountWidget, type Handle } from './mountWidget.ts';

const INERT: Handle = { update() {}, destroy() {} };

/** Mounts a widget into an element (or the first element a selector matches); never throws into the page. */
export function mount(target: Element | string, config: MountConfig): Handle {
  try {
    const element = typeof target === 'string' ? document.querySelector(target) : target;
    if (element && typeof element === 'object' && 'attachShadow' in element) return mountWidget(element, { ...config, source: 'options' });
  } catch {
    // an invalid selector: reported below like a missing element
  }
  const message = `[schoolmatch] SchoolMatch.mount() found no element for ${typeof target === 'string' ? JSON.stringify(target) : String(target)}. Pass an element, or a selector such as "#schools" that matches one when mount() runs.`;
  console.error(message);
  if (typeof document !== 'undefined') {
    queueMicrotask(() => dispatchEmbedEvent(document, 'schoolmatch:error', { code: 'target-invalid', message }));
  }
  return INERT;
}
