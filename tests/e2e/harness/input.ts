// Real input: Playwright's keyboard sends trusted key events through the
// browser (keydown/beforeinput/input), exactly what the editors see from a
// person. Never set values or dispatch synthetic events in tests of typing.
import type { Locator, Page } from 'playwright-core';

export interface TypeOptions {
  /** Delay between keystrokes in ms (default 0: each key is still its own trusted keydown/input/keyup, sent after the previous one was handled). */
  delay?: number;
  /** Move the caret to the end of the existing text before typing (Ctrl+End). */
  atEnd?: boolean;
}

/**
 * Clicks the composer (a CSS selector on `page`, or any Locator — use
 * `page.frameLocator(...)` for iframes; Playwright CSS pierces open shadow
 * roots) and types `text` with the real keyboard; '\n' presses Enter.
 */
export async function typeInto(page: Page, target: string | Locator, text: string, options: TypeOptions = {}): Promise<void> {
  const locator = typeof target === 'string' ? page.locator(target) : target;
  await locator.click();
  if (options.atEnd) await page.keyboard.press('Control+End');
  await page.keyboard.type(text, { delay: options.delay ?? 0 });
}

/** Ctrl+Enter (the Post shortcut on X and Bluesky; every fixture honours it). */
export async function pressPostShortcut(page: Page): Promise<void> {
  await page.keyboard.press('Control+Enter');
}
