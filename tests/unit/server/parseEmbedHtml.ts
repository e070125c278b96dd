import { Window } from 'happy-dom';

/** The parts of a server-rendered `<school-match>` a test looks at, parsed as a browser without script would. */
export interface ParsedEmbed {
  host: Element;
  /** The declarative shadow root's `<template>`. */
  template: Element | null;
  /** What the shadow root holds (the template's content). */
  shadow: DocumentFragment;
  /** The light-DOM children of the element, in order (the inline catalog's <script> is the only one expected). */
  children: Element[];
  close(): void;
}

/** Parses `html` (one `<school-match>` element) with happy-dom; close() it after the test. */
export function parseEmbedHtml(html: string): ParsedEmbed {
  const window = new Window();
  const holder = window.document.createElement('div');
  holder.innerHTML = html;
  const host = holder.firstElementChild as unknown as Element;
  const template = host.querySelector(':scope > template') as HTMLTemplateElement | null;
  return {
    host,
    template,
    shadow: (template?.content ?? window.document.createDocumentFragment()) as unknown as DocumentFragment,
    children: Array.from(host.children) as Element[],
    close: () => void window.happyDOM.close(),
  };
}
