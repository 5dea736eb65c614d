// Firefox: the compose-box-to-warning path in Debian's firefox-esr, on the
// real-editor fixture pages under the real site host names. Typing for real
// into a textarea (Reddit) and a Lexical editor (Facebook) makes the content
// script send the draft to the background, whose report for the tab then
// holds the warning, with its span on the flagged words; the editor's own
// model keeps exactly what was typed.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'puppeteer-core';
import { ALL_HOSTS, EDITOR_SELECTORS, fixture, fixtureUrl, startFixtureServer, type FixtureServer } from './harness';
import { applyFirstFixByKeyboard, launchFirefox, type LaunchedFirefox } from './firefox-browser';

/** A clear-cut draft the engine flags as official-voice (as in inline.e2e.ts). */
const DRAFT = 'Speaking for the whole Durham PD, thank you for coming out tonight.';
const CLAUSE = 'official-voice';

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

function modelText(page: Page): Promise<string> {
  return page.evaluate(() => (window as unknown as { __fixture: { getText(i: number): string } }).__fixture.getText(0));
}

/** Waits (up to 5 s) for the editor's model to hold `want`, then asserts it (a failure shows the text it holds). */
async function expectModelText(page: Page, want: string): Promise<void> {
  await page
    .waitForFunction((w) => (window as unknown as { __fixture: { getText(i: number): string } }).__fixture.getText(0) === w, { timeout: 5_000 }, want)
    .catch(() => {});
  expect(await modelText(page)).toBe(want);
}

describe('Firefox: compose box to warning', () => {
  for (const name of ['textarea', 'lexical'] as const) {
    test(`${name} on ${fixture(name).host}`, async () => {
      const page = await ff.browser.newPage();
      await page.goto(fixtureUrl(name));
      expect(new URL(page.url()).host).toBe(fixture(name).host);
      await page.waitForFunction(() => ((window as unknown as { __fixture?: { count(): number } }).__fixture?.count() ?? 0) >= 1, { timeout: 15_000 });
      const before = await ff.getReport(page);
      expect(before.findings.filter((f) => f.clause === CLAUSE)).toEqual([]);

      await page.click(EDITOR_SELECTORS[name]);
      await page.keyboard.type(DRAFT);
      const report = await ff.waitForReport(page, (r) => r.findings.some((f) => f.clause === CLAUSE));
      const finding = report.findings.find((f) => f.clause === CLAUSE)!;
      expect(finding.spans.length).toBeGreaterThan(0);
      const flagged = DRAFT.slice(finding.spans[0]!.start, finding.spans[0]!.end);
      expect(flagged.length).toBeGreaterThan(0);
      expect(DRAFT.toLowerCase()).toContain(flagged.toLowerCase());
      // The editor was not disturbed: its own model holds exactly what was typed.
      expect(await modelText(page)).toBe(DRAFT);
      await page.close();
    });
  }
});

// The one-click fix in Firefox: every editor through execCommand('insertText')
// (a trusted input event; trusted-edit-probe-firefox.e2e.ts shows each editor's
// model follows it), with a paste as fallback (fix-apply.ts).
// The card lives in a closed shadow root the test cannot see into (and
// Firefox has no DevTools protocol to pierce it), so it is driven the way a
// keyboard user drives it: Alt+Shift+L opens the card with focus, Tab reaches
// its scrolling text and then its first button (the fix), Enter presses it.
describe('Firefox: one-click fix through the card', () => {
  for (const name of ['draftjs', 'prosemirror', 'lexical'] as const) {
    test(`${name} on ${fixture(name).host}: the editor's model holds exactly the fixed text and the warning goes`, async () => {
      const page = await ff.browser.newPage();
      await page.goto(fixtureUrl(name));
      await page.waitForFunction(() => ((window as unknown as { __fixture?: { count(): number } }).__fixture?.count() ?? 0) >= 1, { timeout: 15_000 });
      await page.click(EDITOR_SELECTORS[name]);
      await page.keyboard.type(DRAFT);
      const report = await ff.waitForReport(page, (r) => r.findings.some((f) => f.clause === CLAUSE && f.spans.length > 0 && f.severity !== 'info'), 20_000);
      expect(await modelText(page)).toBe(DRAFT);
      const finding = report.findings.find((f) => f.clause === CLAUSE)!;
      // The shortcut's card opens on the draft's first finding: the one this test fixes.
      expect(report.findings[0]!.clause).toBe(CLAUSE);
      const span = finding.spans[0]!;
      const replacement = finding.suggestion.replacement;
      expect(replacement, 'the engine gives a replacement for official voice').toBeDefined();
      const fixed = DRAFT.slice(0, span.start) + replacement! + DRAFT.slice(span.end);

      await page.focus(EDITOR_SELECTORS[name]);
      await applyFirstFixByKeyboard(page);

      await expectModelText(page, fixed);
      await ff.waitForReport(page, (r) => !r.findings.some((f) => f.clause === CLAUSE));
      if (name !== 'lexical') {
        // The fix is one step in the editor's own undo history (the Lexical fixture has no history plugin).
        await page.keyboard.down('Control');
        await page.keyboard.press('z');
        await page.keyboard.up('Control');
        await expectModelText(page, DRAFT);
        await page.keyboard.down('Control');
        await page.keyboard.down('Shift');
        await page.keyboard.press('Z');
        await page.keyboard.up('Shift');
        await page.keyboard.up('Control');
        await expectModelText(page, fixed);
      }
      // Typing still works after the fix, at the caret (just after the replacement).
      await page.keyboard.type(' Bye.');
      const at = span.start + replacement!.length;
      await expectModelText(page, fixed.slice(0, at) + ' Bye.' + fixed.slice(at));
      await page.close();
    });
  }
});

describe('Firefox: no stray requests', () => {
  test('no request left for a host that is not a fixture', () => {
    expect(ff.refusedHosts()).toEqual([]);
  });
});
