import { ATTRIBUTE_NAMES, CONFIG_ATTRIBUTES } from '../src/config/configAttributes.ts';
import type { MountConfig } from '../src/config/MountConfig.ts';
import { rawConfigFromAttributes } from '../src/config/rawConfigFromAttributes.ts';
import type { SchoolMatchEventMap } from './embedEvents.ts';
import { mountWidget, type Handle } from './mountWidget.ts';

/** The `<school-match>` element: attributes configure it, it renders into its own shadow root. */
export interface SchoolMatchElement extends HTMLElement {
  addEventListener<K extends keyof SchoolMatchEventMap>(
    type: K,
    listener: (this: SchoolMatchElement, event: SchoolMatchEventMap[K]) => void,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
}

declare global {
  interface HTMLElementTagNameMap {
    'school-match': SchoolMatchElement;
  }
}

const handles = new WeakMap<Element, Handle>();

/** Registers the `school-match` custom element, unless the page already has one by that name. */
export function defineElement(): void {
  if (typeof customElements === 'undefined' || customElements.get('school-match')) return;
  // The class is made here, not at import, so importing the module in Node (no DOM) is safe.
  class SchoolMatch extends HTMLElement {
    static get observedAttributes(): readonly string[] {
      return ATTRIBUTE_NAMES;
    }
    connectedCallback(): void {
      if (handles.has(this)) return;
      if (this.hasAttribute('catalog') || this.querySelector('script')) return start(this);
      // Connected before its inline catalog child was parsed: wait for the document (or, when inserted
      // by script, for the current task's insertion to finish) so the child is there.
      const later = (): void => {
        if (this.isConnected) start(this);
      };
      if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', later, { once: true });
      else queueMicrotask(later);
    }
    disconnectedCallback(): void {
      handles.get(this)?.destroy();
      handles.delete(this);
    }
    attributeChangedCallback(name: string, before: string | null, after: string | null): void {
      const handle = handles.get(this);
      const option = CONFIG_ATTRIBUTES.find(([attribute]) => attribute === name)?.[1];
      if (!handle || before === after || option === undefined) return;
      // Attribute strings are validated by parseEmbedConfig like any raw config; a removed one is unset.
      handle.update({ [option]: after ?? undefined, source: 'attributes' } as Partial<MountConfig>);
    }
  }
  customElements.define('school-match', SchoolMatch);
}

function start(element: HTMLElement): void {
  if (handles.has(element)) return;
  handles.set(element, mountWidget(element, rawConfigFromAttributes((name) => element.getAttribute(name))));
}
