// Firefox: the compose-box-to-warning path in Debian's firefox-esr, on B1's
// real-editor fixture pages under the real site host names. Typing for real
// into a textarea (Reddit) and a Lexical editor (Facebook) makes the content
// script send the draft to the background, whose report for the tab then
// holds the warning, with its span on the flagged words; the editor's own
// model keeps exactly what was typed.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'puppeteer-core';
import { ALL_HOSTS, EDITOR_SELECTORS, fixture, fixtureUrl, startFixtureServer, type FixtureServer } from './harness';
import { launchFirefox, type LaunchedFirefox } from './firefox-browser';

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

  test('no request left for a host that is not a fixture', () => {
    expect(ff.refusedHosts()).toEqual([]);
  });
});
