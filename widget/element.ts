import type { MountConfig } from '../src/config/MountConfig.ts';
import { CONFIG_ATTRIBUTES, optionName, rawConfigFromAttributes } from '../src/config/parseEmbedConfig.ts';
import type { SchoolMatchEventMap } from './embedEvents.ts';
import { mountWidget, type Handle } from './mountWidget.ts';

/** The `<school-match>` element: attributes configure it, it renders into its own shadow root. */
export interface SchoolMatchElement extends HTMLElement {
  addEventListener<K extends keyof SchoolMatchEventMap>(
    type: K,
    listener: (this: SchoolMatchElement, event: SchoolMatchEventMap[K]) => void,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: boolean | AddEventListenerOptions,
  ): void;
}

declare global {
  interface HTMLElementTagNameMap {
    'school-match': SchoolMatchElement;
  }
}

const handles = new WeakMap<Element, Handle>();

function start(element: HTMLElement): void {
  if (element.isConnected && !handles.has(element)) {
    handles.set(
      element,
      mountWidget(
        element,
        rawConfigFromAttributes((name) => element.getAttribute(name)),
      ),
    );
  }
}

/** Registers the `school-match` custom element, unless the page already has one by that name. */
export function defineElement(): void {
  if (typeof customElements === 'undefined' || customElements.get('school-match')) return;
  // The class is made here, not at import, so importing the module in Node (no DOM) is safe.
  customElements.define(
    'school-match',
    class extends HTMLElement {
      static observedAttributes = CONFIG_ATTRIBUTES;
      connectedCallback(): void {
        if (this.hasAttribute('catalog') || this.querySelector('script')) return start(this);
        // Connected before its inline catalog child was parsed: wait for the document (or, when inserted
        // by script, for the current task's insertion to finish) so the child is there.
        if (document.readyState === 'loading')
          document.addEventListener('DOMContentLoaded', () => start(this), { once: true });
        else queueMicrotask(() => start(this));
      }
      disconnectedCallback(): void {
        handles.get(this)?.destroy();
        handles.delete(this);
      }
      attributeChangedCallback(name: string, before: string | null, after: string | null): void {
        // Attribute strings are validated like any raw config; a removed one is unset.
        const option = optionName(name);
        if (option && before !== after)
          handles.get(this)?.update({ [option]: after, source: 'attributes' } as Partial<MountConfig>);
      }
    },
  );
}
