import type { Page } from 'playwright-core';

/**
 * Every string the widget shows or announces: text nodes and the text-bearing attributes
 * (aria-label, title, placeholder, alt, value of buttons) of every school-match shadow root.
 */
export function widgetStrings(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const visit = (root: Node): void => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
      for (let node: Node | null = walker.currentNode; node; node = walker.nextNode()) {
        if (node.nodeType === Node.TEXT_NODE) {
          const parent = node.parentElement;
          if (parent && (parent.tagName === 'STYLE' || parent.tagName === 'SCRIPT')) continue;
          const text = node.textContent?.trim();
          if (text) out.push(text);
          continue;
        }
        if (node.nodeType !== Node.ELEMENT_NODE) continue;
        const element = node as Element;
        for (const attribute of [
          'aria-label',
          'aria-description',
          'aria-roledescription',
          'aria-valuetext',
          'title',
          'placeholder',
          'alt',
        ]) {
          const value = element.getAttribute(attribute)?.trim();
          if (value) out.push(value);
        }
        if (
          element instanceof HTMLInputElement &&
          ['button', 'submit', 'reset'].includes(element.type) &&
          element.value
        )
          out.push(element.value);
        if (element.shadowRoot) visit(element.shadowRoot);
      }
    };
    for (const host of document.querySelectorAll('school-match')) {
      if (host.shadowRoot) visit(host.shadowRoot);
    }
    return out;
  });
}

/** Removes every occurrence of the data strings (longest first) so only UI wording remains. */
export function withoutData(strings: readonly string[], data: readonly string[]): string[] {
  const sorted = [...new Set(data)].sort((a, b) => b.length - a.length);
  return strings.map((s) => sorted.reduce((text, d) => text.split(d).join(' ⟨data⟩ '), s));
}
