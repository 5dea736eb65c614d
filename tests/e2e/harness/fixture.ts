// Typed access to a fixture page's own test hook, window.__fixture (see
// tests/e2e/fixtures/src/fixture-api.ts): the editor model's text and caret,
// and the submissions the page's Post buttons recorded.
import type { Locator, Page } from 'playwright-core';
import type { ModelSelection } from '../fixtures/src/fixture-api';
import type { FixtureName } from './hosts';

export type { ModelSelection };

/** Waits until the page's composers are mounted (`count` of them, default ≥ 1). */
export async function waitForComposers(page: Page, count?: number): Promise<void> {
  await page.waitForFunction(
    (n) => !!window.__fixture && (n === undefined ? window.__fixture.count() >= 1 : window.__fixture.count() === n),
    count,
    { timeout: 15_000 },
  );
}

/** The text the editor's own model holds for composer `index`. */
export function modelText(page: Page, index = 0): Promise<string> {
  return page.evaluate((i) => window.__fixture!.getText(i), index);
}

/** The caret per the editor's model for composer `index`. */
export function modelSelection(page: Page, index = 0): Promise<ModelSelection | null> {
  return page.evaluate((i) => window.__fixture!.getSelection(i), index);
}

/** Texts submitted through the page's Post/Reply buttons so far. */
export function submissions(page: Page): Promise<string[]> {
  return page.evaluate(() => [...window.__fixture!.submissions]);
}

/** Editor kinds of the page's live composers, in order. */
export function composerKinds(page: Page): Promise<string[]> {
  return page.evaluate(() => window.__fixture!.kinds());
}

/** CSS selector of each editor family's editable element. */
export const EDITOR_SELECTORS = {
  textarea: 'textarea',
  contenteditable: '.editor-contenteditable',
  lexical: '[data-lexical-editor]',
  draftjs: '.public-DraftEditor-content',
  prosemirror: '.ProseMirror',
  quill: '.ql-editor',
} as const;

/**
 * The editable of a fixture page's composer, ready for typeInto(). For 'spa'
 * it is the main composer of the current view (pass the view's editor kind);
 * for 'multi' index 0 is the Lexical post box, 1 the comment textarea.
 */
export function editorLocator(page: Page, name: FixtureName, option: { index?: number; kind?: keyof typeof EDITOR_SELECTORS } = {}): Locator {
  switch (name) {
    case 'shadow':
      return page.locator('site-composer .editor'); // Playwright CSS pierces open shadow roots
    case 'iframe':
      return page.frameLocator('iframe.embedded').locator('.editor');
    case 'multi':
      return page.locator((option.index ?? 0) === 0 ? EDITOR_SELECTORS.lexical : EDITOR_SELECTORS.textarea);
    case 'spa':
      return page.locator(`main ${EDITOR_SELECTORS[option.kind ?? 'textarea']}`).first();
    default:
      return page.locator(EDITOR_SELECTORS[name]);
  }
}
