// Probe: which edit paths a content script has that give the page trusted
// input events and keep each real editor's model in sync. In the content
// script's own world (reached through DevTools), the word "brave" is selected
// and replaced with execCommand('insertText'); the page records every input
// event it sees and whether it was trusted; the editor's own model text,
// caret and one-step undo are read afterwards. Prints a table.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { editorLocator, fixtureUrl, launchChromium, modelSelection, modelText, startFixtureServer, typeInto, waitForComposers, EDITOR_SELECTORS, type FixtureServer, type LaunchedChromium } from '../harness';
import { ContentWorld } from '../harness/content-world';

let server: FixtureServer;
let browser: LaunchedChromium;

beforeAll(async () => {
  server = await startFixtureServer();
  browser = await launchChromium({ server });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const DRAFT = 'Hello brave new world';
const FIXED = 'Hello bold new world';

function recordInputEvents(): void {
  const w = window as unknown as { __events: string[] };
  w.__events = [];
  for (const type of ['beforeinput', 'input', 'textInput', 'paste', 'keydown']) {
    window.addEventListener(type, (e) => w.__events.push(`${type}:${e.isTrusted ? 'trusted' : 'UNTRUSTED'}`), true);
  }
}

/** Runs in the content world: selects "brave" in the editor and replaces it the way the one-click fix does. */
const replaceIn = (selector: string) => `(async () => {
  const el = document.querySelector(${JSON.stringify(selector)});
  el.focus();
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  let node;
  while ((node = walker.nextNode())) {
    const at = node.data.indexOf('brave');
    if (at >= 0) {
      const sel = document.getSelection();
      sel.setBaseAndExtent(node, at, node, at + 5);
      break;
    }
  }
  await new Promise((r) => setTimeout(r, 50));
  await new Promise((r) => requestAnimationFrame(r));
  return document.execCommand('insertText', false, 'bold');
})()`;

describe('trusted edit probe (Chromium)', () => {
  const rows: string[] = [];
  afterAll(() => console.log(`\n${rows.join('\n')}\n`));
  for (const name of ['textarea', 'lexical', 'draftjs', 'prosemirror', 'quill'] as const) {
    test(`${name}: execCommand('insertText') from the content world`, async () => {
      const page: Page = await browser.context.newPage();
      await page.goto(fixtureUrl(name));
      await waitForComposers(page, 1);
      await typeInto(page, editorLocator(page, name), DRAFT);
      await page.waitForTimeout(300);
      await page.evaluate(recordInputEvents);
      const world = await ContentWorld.attach(browser.context, page);
      const sel = name === 'textarea' ? null : EDITOR_SELECTORS[name];
      if (sel) await world.evaluate(replaceIn(sel));
      else await world.evaluate(`(() => { const t = document.querySelector('textarea'); t.focus(); t.setSelectionRange(6, 11); return document.execCommand('insertText', false, 'bold'); })()`);
      await page.waitForTimeout(200);
      const events = await page.evaluate(() => (window as unknown as { __events: string[] }).__events);
      const text = await modelText(page);
      const caret = await modelSelection(page);
      await page.keyboard.press('Control+z');
      await page.waitForTimeout(200);
      const undone = await modelText(page);
      rows.push(`${name.padEnd(12)} model=${JSON.stringify(text)} caret=${JSON.stringify(caret)} undo=${JSON.stringify(undone)} events=${events.join(',')}`);
      expect(events.filter((e) => e.includes('UNTRUSTED'))).toEqual([]);
      expect(text).toBe(FIXED);
      await world.detach();
      await page.close();
    });
  }
});
