import type { Locator, Page } from 'playwright-core';

/** Whether the element is the focused element, looking through open shadow roots. */
export function isFocused(target: Locator): Promise<boolean> {
  return target.evaluate((element) => {
    let active: Element | null = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return active === element;
  });
}

/** A short description of whatever has focus now, for failure messages. */
export function describeFocus(page: Page): Promise<string> {
  return page.evaluate(() => {
    let active: Element | null = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    if (!active) return 'nothing';
    const name = active.getAttribute('aria-label') ?? active.textContent?.trim().slice(0, 60) ?? '';
    return `<${active.tagName.toLowerCase()}${active.id ? `#${active.id}` : ''}> "${name}"`;
  });
}

/**
 * Moves focus to the target with Tab (then Shift+Tab) only, as a keyboard user would, and fails
 * when the target cannot be reached that way.
 */
export async function tabTo(page: Page, target: Locator, maxPresses = 150): Promise<void> {
  await target.waitFor({ state: 'visible' });
  if (await isFocused(target)) return;
  for (const key of ['Tab', 'Shift+Tab']) {
    for (let i = 0; i < maxPresses; i += 1) {
      await page.keyboard.press(key);
      if (await isFocused(target)) return;
    }
  }
  throw new Error(
    `could not reach ${target.toString()} with Tab / Shift+Tab; focus is on ${await describeFocus(page)}`,
  );
}

/**
 * Answers a native select by keyboard: focus it with Tab, then type the option label's first
 * letters (typeahead), which is how a keyboard user picks from a closed select.
 */
export async function chooseByKeyboard(page: Page, select: Locator, label: string): Promise<void> {
  await tabTo(page, select);
  await page.keyboard.type(label.slice(0, 1));
  // Answering may replace the question with the next one; a keyboard user must not be thrown
  // back to the top of the page when that happens.
  await page.waitForTimeout(300);
  const inside = await page.evaluate(() => {
    let active: Element | null = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    if (!active) return false;
    const root = active.getRootNode();
    return root instanceof ShadowRoot && root.host.closest('school-match') !== null;
  });
  if (!inside)
    throw new Error(
      `after answering "${label}" by keyboard, focus left the widget (now on ${await describeFocus(page)})`,
    );
}
