// The attack suite's hostile pages in Firefox (firefox-esr over WebDriver
// BiDi, see ../firefox-browser.ts): script-filled boxes, a script-made image
// paste and script-made Post presses leave the page as it was; the member's
// real typing still warns and their real Post is still reviewed, also after
// the page removed our host; extension pages cannot reach the network.
// (Messages from a content script are checked in Chromium only: this harness
// cannot run code in Firefox's content-script world.) One browser for the file.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'puppeteer-core';
import { ALL_HOSTS, fixtureUrl, startFixtureServer, type FixtureServer } from '../harness';
import { launchFirefox, type LaunchedFirefox } from '../firefox-browser';
import { htmlExtras, pageEventLog, recordHtmlChildren, recordPageEvents, removeForeignHosts, scriptFilledBoxes, syntheticImagePaste, syntheticPosts, WARNED } from './hostile';

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
