// Probe, Firefox: does execCommand('insertText') give the page trusted input
// events and keep each real editor's model in sync? This harness cannot run
// code in Firefox's content-script world, so the edit is made from the page's
// own world (a stricter case for isTrusted: Gecko's editor dispatches the
// events either way). The page records every input event it sees; the
// editor's own model text and one-step undo are read afterwards. Prints a table.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ALL_HOSTS, EDITOR_SELECTORS, fixtureUrl, startFixtureServer, type FixtureServer } from '../harness';
import { launchFirefox, type LaunchedFirefox } from '../firefox-browser';

let server: FixtureServer;
let ff: LaunchedFirefox;

beforeAll(async () => {
  server = await startFixtureServer();
  ff = await launchFirefox({ hosts: ALL_HOSTS, serverPort: server.port });
});

afterAll(async () => {
  await ff?.close();
  await server?.close();
});

const DRAFT = 'Hello brave new world';
const FIXED = 'Hello bold new world';

describe('trusted edit probe (Firefox)', () => {
  const rows: string[] = [];
  afterAll(() => console.log(`\n${rows.join('\n')}\n`));
  for (const name of ['textarea', 'lexical', 'draftjs', 'prosemirror', 'quill'] as const) {
    test(`${name}: execCommand('insertText')`, async () => {
      const page = await ff.browser.newPage();
      await page.goto(fixtureUrl(name));
      await page.waitForFunction(() => ((window as unknown as { __fixture?: { count(): number } }).__fixture?.count() ?? 0) >= 1, { timeout: 15_000 });
      const selector = EDITOR_SELECTORS[name];
      await page.click(selector);
      await page.keyboard.type(DRAFT);
      await new Promise((r) => setTimeout(r, 300));
      await page.evaluate(async (sel: string) => {
        const w = window as unknown as { __events: string[] };
        w.__events = [];
        for (const type of ['beforeinput', 'input', 'textInput', 'paste']) {
          window.addEventListener(type, (e) => w.__events.push(`${type}:${e.isTrusted ? 'trusted' : 'UNTRUSTED'}`), true);
        }
        const el = document.querySelector<HTMLElement>(sel)!;
        el.focus();
        if (el instanceof HTMLTextAreaElement) {
          el.setSelectionRange(6, 11);
        } else {
          const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
          let node: Node | null;
          while ((node = walker.nextNode())) {
            const at = (node as Text).data.indexOf('brave');
            if (at >= 0) {
              document.getSelection()!.setBaseAndExtent(node, at, node, at + 5);
              break;
            }
          }
        }
        await new Promise((r) => setTimeout(r, 50));
        await new Promise((r) => requestAnimationFrame(r));
        document.execCommand('insertText', false, 'bold');
      }, selector);
      await new Promise((r) => setTimeout(r, 200));
      const events = await page.evaluate(() => (window as unknown as { __events: string[] }).__events);
      const text = await page.evaluate(() => (window as unknown as { __fixture: { getText(i: number): string } }).__fixture.getText(0));
      await page.keyboard.down('Control');
      await page.keyboard.press('z');
      await page.keyboard.up('Control');
      await new Promise((r) => setTimeout(r, 200));
      const undone = await page.evaluate(() => (window as unknown as { __fixture: { getText(i: number): string } }).__fixture.getText(0));
      rows.push(`${name.padEnd(12)} model=${JSON.stringify(text)} undo=${JSON.stringify(undone)} events=${events.join(',')}`);
      expect(events.filter((e) => e.includes('UNTRUSTED'))).toEqual([]);
      expect(text).toBe(FIXED);
      await page.close();
    });
  }
});
