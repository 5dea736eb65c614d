// The attack suite's hostile pages in Firefox (firefox-esr over WebDriver
// BiDi, see ../firefox-browser.ts): script-filled boxes, a script-made image
// paste and script-made Post presses leave the page as it was; the member's
// real typing still warns and their real Post is still reviewed, also after
// the page removed our host; the badge answers hit tests only under the
// member's mouse; a one-click fix shows the page no script-made event;
// extension pages cannot reach the network.
// (Messages from a content script are checked in Chromium only: this harness
// cannot run code in Firefox's content-script world.) One browser for the file.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'puppeteer-core';
import { ALL_HOSTS, EDITOR_SELECTORS, fixtureUrl, startFixtureServer, type FixtureServer } from '../harness';
import { applyFirstFixByKeyboard, launchFirefox, type LaunchedFirefox } from '../firefox-browser';
import { htmlExtras, pageEventLog, probeHitTests, recordHtmlChildren, recordPageEvents, removeForeignHosts, scriptFilledBoxes, syntheticImagePaste, syntheticPosts, WARNED } from './hostile';

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

const warned = (r: { findings: { severity: string }[] }) => r.findings.some((f) => f.severity === 'high' || f.severity === 'medium');
const submissions = (page: Page) => page.evaluate(() => [...(window as unknown as { __fixture: { submissions: string[] } }).__fixture.submissions]);

async function openTextarea(): Promise<Page> {
  const page = await ff.browser.newPage();
  await page.goto(fixtureUrl('textarea'));
  await page.waitForFunction(() => ((window as unknown as { __fixture?: { count(): number } }).__fixture?.count() ?? 0) >= 1, { timeout: 15_000 });
  await page.evaluate(recordHtmlChildren);
  return page;
}

async function typeWarned(page: Page, text = WARNED): Promise<void> {
  await page.click('textarea');
  await page.keyboard.type(text);
  await ff.waitForReport(page, warned, 20_000);
}

describe('attacks (Firefox)', () => {
  test('passive detection: script-filled, script-focused boxes add nothing to the page and are not checked', async () => {
    const page = await openTextarea();
    await page.evaluate(scriptFilledBoxes, WARNED);
    await new Promise((r) => setTimeout(r, 1_200));
    expect(await page.evaluate(htmlExtras)).toEqual([]);
    expect((await ff.getReport(page)).findings).toEqual([]);
    // Positive control: the member's own typing warns.
    await typeWarned(page);
    await page.close();
  });

  test('a script-made image paste is not checked', async () => {
    const page = await openTextarea();
    await page.evaluate(syntheticImagePaste);
    await new Promise((r) => setTimeout(r, 800));
    expect(await page.evaluate(htmlExtras)).toEqual([]);
    await page.close();
  });

  test('script-made Post presses reach the page untouched; the member’s own click is reviewed, also after the page removed our host', async () => {
    const page = await openTextarea();
    await typeWarned(page);
    expect(await page.evaluate(syntheticPosts)).toEqual({ click: true, key: true, submit: true });
    const before = (await submissions(page)).length;
    await page.click('.post-button');
    await new Promise((r) => setTimeout(r, 500));
    expect((await submissions(page)).length).toBe(before);
    expect(await page.evaluate(removeForeignHosts)).toBe(1);
    await new Promise((r) => setTimeout(r, 300));
    await page.click('.post-button');
    await new Promise((r) => setTimeout(r, 500));
    expect((await submissions(page)).length).toBe(before);
    await page.keyboard.press('Escape');
    await page.close();
  });

  test('the page’s own Post handler sees only trusted events across the whole review flow; Post anyway posts nothing itself', async () => {
    const page = await openTextarea();
    await page.evaluate(recordPageEvents);
    await typeWarned(page);
    await page.click('.post-button');
    await new Promise((r) => setTimeout(r, 500));
    expect(await submissions(page)).toEqual([]);
    // Keyboard through the review: Edit has the focus, Tab reaches Post anyway.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await new Promise((r) => setTimeout(r, 500));
    expect(await submissions(page)).toEqual([]);
    // The member's own press posts, once.
    await page.click('.post-button');
    await page.waitForFunction(() => (window as unknown as { __fixture: { submissions: string[] } }).__fixture.submissions.length > 0, { timeout: 5_000 });
    await new Promise((r) => setTimeout(r, 300));
    expect(await submissions(page)).toEqual([WARNED]);
    expect(await page.evaluate(pageEventLog)).toEqual({ untrusted: [], postClicks: [true] });
    await page.close();
  });

  test('the badge answers hit tests only under the member’s mouse', async () => {
    const page = await openTextarea();
    await typeWarned(page);
    await page.mouse.move(5, 5);
    await new Promise((r) => setTimeout(r, 300));
    expect(await page.evaluate(probeHitTests, 'textarea')).toEqual([]);
    // Positive control: with the member's mouse on it, the badge is there to click.
    const box = (await (await page.$('textarea'))!.boundingBox())!;
    let hovered = false;
    for (let dx = 20; dx < 60 && !hovered; dx += 4) {
      const at = { x: box.x + box.width - dx, y: box.y + box.height - 17 };
      await page.mouse.move(at.x, at.y);
      hovered = await page.evaluate(({ x, y }) => {
        const hit = document.elementFromPoint(x, y);
        return !!hit && hit.parentElement === document.documentElement && hit !== document.body;
      }, at);
    }
    expect(hovered).toBe(true);
    await page.close();
  });

  // The card is driven by keyboard (applyFirstFixByKeyboard: Firefox's automation cannot see into it).
  for (const name of ['textarea', 'draftjs', 'prosemirror', 'lexical'] as const) {
    test(`${name}: a one-click fix gives the page no untrusted paste, beforeinput or input; the editor's model holds the fixed text`, async () => {
      const page = await ff.browser.newPage();
      await page.goto(fixtureUrl(name));
      await page.waitForFunction(() => ((window as unknown as { __fixture?: { count(): number } }).__fixture?.count() ?? 0) >= 1, { timeout: 15_000 });
      await page.evaluate(recordPageEvents);
      await page.click(EDITOR_SELECTORS[name]);
      await page.keyboard.type(WARNED);
      const report = await ff.waitForReport(page, (r) => r.findings.some((f) => f.clause === 'official-voice' && f.spans.length > 0 && f.severity !== 'info'), 20_000);
      const finding = report.findings.find((f) => f.clause === 'official-voice')!;
      const span = finding.spans[0]!;
      const fixed = WARNED.slice(0, span.start) + finding.suggestion.replacement! + WARNED.slice(span.end);
      await applyFirstFixByKeyboard(page);
      // Positive control: the fix happened, in the editor's own model.
      const modelText = () => page.evaluate(() => (window as unknown as { __fixture: { getText(i: number): string } }).__fixture.getText(0));
      await page.waitForFunction((w) => (window as unknown as { __fixture: { getText(i: number): string } }).__fixture.getText(0) === w, { timeout: 5_000 }, fixed).catch(() => {});
      expect(await modelText()).toBe(fixed);
      await new Promise((r) => setTimeout(r, 300));
      expect(await page.evaluate(pageEventLog)).toEqual({ untrusted: [], postClicks: [] });
      await page.close();
    });
  }

  test('extension pages cannot fetch or load images from another host', async () => {
    const result = await ff.sendMessageFromExtensionPage(async () => {
      const violations: string[] = [];
      document.addEventListener('securitypolicyviolation', (e) => violations.push(e.effectiveDirective));
      const fetched = await fetch('https://example.org/collect').then(() => 'sent', () => 'refused');
      const img = new Image();
      img.src = 'https://example.org/pixel.png';
      await new Promise((r) => setTimeout(r, 500));
      const own = await fetch('/manifest.json').then((r) => r.ok, () => false);
      return { fetched, own, violations: [...new Set(violations)].sort() };
    });
    expect(result.own).toBe(true);
    expect(result.fetched).toBe('refused');
    expect(result.violations).toEqual(['connect-src', 'img-src']);
  });
});
