import type { Locator, Page } from 'playwright-core';
import { chooseByKeyboard, isFocused, tabTo, describeFocus } from './keyboard.ts';

/** How the student operates the page: mouse, keyboard alone, or touch. */
export interface Driver {
  readonly name: 'mouse' | 'keyboard' | 'touch';
  /** Picks an option of a native select by its label. */
  choose(select: Locator, label: string): Promise<void>;
  /** Activates a button. */
  press(button: Locator): Promise<void>;
  /** Selects a radio button. */
  pickRadio(radio: Locator): Promise<void>;
  /** Ticks a checkbox. */
  tick(checkbox: Locator): Promise<void>;
  /** Types into a text field. */
  type(field: Locator, text: string): Promise<void>;
}

/** A student with a mouse (and a keyboard to type with). */
export function mouseDriver(): Driver {
  return {
    name: 'mouse',
    async choose(select, label) {
      await select.selectOption({ label });
    },
    async press(button) {
      await button.click();
    },
    async pickRadio(radio) {
      await radio.click();
    },
    async tick(checkbox) {
      await checkbox.click();
    },
    async type(field, text) {
      await field.click();
      await field.fill(text);
    },
  };
}

/** A student on a phone: taps, and the platform picker for selects. */
export function touchDriver(): Driver {
  return {
    name: 'touch',
    async choose(select, label) {
      await select.selectOption({ label });
    },
    async press(button) {
      await button.tap();
    },
    async pickRadio(radio) {
      await radio.tap();
    },
    async tick(checkbox) {
      await checkbox.tap();
    },
    async type(field, text) {
      await field.tap();
      await field.fill(text);
    },
  };
}

/** A student using the keyboard only: Tab, Shift+Tab, arrows, Space, Enter and typing. */
export function keyboardDriver(page: Page): Driver {
  return {
    name: 'keyboard',
    choose: (select, label) => chooseByKeyboard(page, select, label),
    async press(button) {
      await tabTo(page, button);
      await page.keyboard.press('Enter');
    },
    async pickRadio(radio) {
      // Tab enters a radio group once; the arrow keys move (and select) within it.
      const group = radio.locator('xpath=ancestor::*[@role="radiogroup" or self::fieldset][1]');
      const first = (await group.count()) > 0 ? group.first().getByRole('radio').first() : radio;
      await tabTo(page, (await isCheckedAny(group)) ? group.first().getByRole('radio', { checked: true }) : first);
      for (let i = 0; i < 40 && !(await isFocused(radio)); i += 1) await page.keyboard.press('ArrowDown');
      if (!(await isFocused(radio)))
        throw new Error(`arrow keys never reached ${radio.toString()}; focus is on ${await describeFocus(page)}`);
      if (!(await radio.isChecked())) await page.keyboard.press('Space');
    },
    async tick(checkbox) {
      await tabTo(page, checkbox);
      await page.keyboard.press('Space');
    },
    async type(field, text) {
      await tabTo(page, field);
      await page.keyboard.type(text);
    },
  };
}

async function isCheckedAny(group: Locator): Promise<boolean> {
  if ((await group.count()) === 0) return false;
  return (await group.first().getByRole('radio', { checked: true }).count()) > 0;
}
