// Attacks on the built extension in Chromium, one hostile page script per
// finding, each beside a positive control (the member's real typing still
// warns). A page must not learn that Second Look is installed: nothing of
// ours appears or reacts before the member's own input produces a finding,
// script-made events are left alone, the badge does not answer hit tests
// unless the member's mouse is on it, popup-only messages and a claimed site
// are refused from content scripts, a review survives its host being removed,
// and extension pages cannot reach the network. One browser for the file.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import {
  editorLocator,
  fixtureUrl,
  modelText,
  getReport,
  launchChromium,
  sendRuntimeMessage,
  startFixtureServer,
  submissions,
  tabIdOf,
  typeInto,
  waitForComposers,
  waitForReport,
  type FixtureServer,
  type LaunchedChromium,
} from '../harness';
import { ContentWorld, UI_ROOT } from '../harness/content-world';
import { allUnderlines, clickCardButton, hoverUnderline, waitForOverlay } from '../inline-probe';
import { htmlExtras, pageEventLog, probeHitTests, recordPageEvents, recordHtmlChildren, removeForeignHosts, scriptFilledBoxes, syntheticImagePaste, syntheticPosts, WARNED } from './hostile';

let server: FixtureServer;
let browser: LaunchedChromium;

beforeAll(async () => {
  server = await startFixtureServer();
  browser = await launchChromium({ server });
  // The first message wakes the service worker and opens the messenger page (slow on a busy machine).
  await sendRuntimeMessage(browser, { type: 'report/get', tabId: -1 }).catch(() => {});
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const warned = (r: { findings: { severity: string }[] }) => r.findings.some((f) => f.severity === 'high' || f.severity === 'medium');

async function openTextarea(): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(fixtureUrl('textarea'));
  await waitForComposers(page, 1);
  await page.evaluate(recordHtmlChildren);
  return page;
}

async function typeWarned(page: Page): Promise<void> {
  await typeInto(page, page.locator('textarea').first(), WARNED);
  await waitForReport(browser, page, warned, { timeout: 20_000 });
}

async function dialogOpen(world: ContentWorld): Promise<boolean> {
  return world.evaluate<boolean>(`!!${UI_ROOT}?.querySelector('dialog')?.matches(':modal')`);
}

describe('attacks (Chromium)', () => {
  test('passive detection: script-filled, script-focused boxes add nothing to the page and are not checked', async () => {
    const page = await openTextarea();
    await page.evaluate(scriptFilledBoxes, WARNED);
    await page.waitForTimeout(2_500);
    expect(await page.evaluate(htmlExtras)).toEqual([]);
    expect((await getReport(browser, page)).findings).toEqual([]);
    // Positive control: the member's own typing warns (and only then does our host appear).
    await typeWarned(page);
    await expect.poll(async () => (await page.evaluate(htmlExtras)).length).toBeGreaterThan(0);
    await page.close();
  });

  test('a script-made image paste is not checked (no gallery probing)', async () => {
    const page = await openTextarea();
    await page.evaluate(syntheticImagePaste);
    await page.waitForTimeout(2_000);
    expect(await page.evaluate(htmlExtras)).toEqual([]);
    await page.close();
  });

  test('script-made Post click, Ctrl+Enter and requestSubmit() reach the page untouched; the member’s own click is reviewed', async () => {
    const page = await openTextarea();
    await typeWarned(page);
    const world = await ContentWorld.attach(browser.context, page);
    const seen = await page.evaluate(syntheticPosts);
    expect(seen).toEqual({ click: true, key: true, submit: true });
    expect(await dialogOpen(world)).toBe(false);
    // Positive control: the member's click on Post opens the review and posts nothing.
    const before = (await submissions(page)).length;
    await page.locator('.post-button').click();
    await expect.poll(() => dialogOpen(world)).toBe(true);
    expect((await submissions(page)).length).toBe(before);
    await page.keyboard.press('Escape');
    await world.detach();
    await page.close();
  });

  test('the page’s own Post handler sees only trusted events across the whole review flow; Post anyway posts nothing itself', async () => {
    const page = await openTextarea();
    await page.evaluate(recordPageEvents);
    await typeWarned(page);
    const world = await ContentWorld.attach(browser.context, page);
    await page.locator('.post-button').click();
    await expect.poll(() => dialogOpen(world)).toBe(true);
    // Keyboard through the review: Edit has the focus, Tab reaches Post anyway.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => dialogOpen(world)).toBe(false);
    await page.waitForTimeout(300);
    expect(await submissions(page)).toEqual([]);
    // The member's own press posts, once.
    await page.locator('.post-button').click();
    await expect.poll(() => submissions(page)).toEqual([WARNED]);
    await page.waitForTimeout(300);
    expect(await submissions(page)).toEqual([WARNED]);
    expect(await page.evaluate(pageEventLog)).toEqual({ untrusted: [], postClicks: [true] });
    await world.detach();
    await page.close();
  });

  for (const name of ['textarea', 'lexical', 'draftjs', 'prosemirror', 'quill'] as const) {
    test(`${name}: a one-click fix gives the page no untrusted paste, beforeinput or input; the editor's model holds the fixed text`, async () => {
      const page = await browser.context.newPage();
      await page.goto(fixtureUrl(name, name === 'quill' ? 'x.com' : undefined));
      await waitForComposers(page, 1);
      await page.evaluate(recordPageEvents);
      await typeInto(page, editorLocator(page, name), WARNED);
      const report = await waitForReport(browser, page, (r) => r.findings.some((f) => f.clause === 'official-voice' && f.spans.length > 0 && f.severity !== 'info'), { timeout: 20_000 });
      const finding = report.findings.find((f) => f.clause === 'official-voice')!;
      const span = finding.spans[0]!;
      const state = await waitForOverlay(page, (s) => allUnderlines(s).length > 0);
      await clickCardButton(page, await hoverUnderline(page, state), /^Replace with|^Remove these words/);
      // Positive control: the fix happened, in the editor's own model.
      const fixed = WARNED.slice(0, span.start) + finding.suggestion.replacement! + WARNED.slice(span.end);
      await expect.poll(() => modelText(page)).toBe(fixed);
      await page.waitForTimeout(300);
      expect(await page.evaluate(pageEventLog)).toEqual({ untrusted: [], postClicks: [] });
      await page.close();
    });
  }

  test('the badge answers hit tests only under the member’s mouse', async () => {
    const page = await openTextarea();
    await typeWarned(page);
    await page.mouse.move(5, 5);
    await page.waitForTimeout(300);
    expect(await page.evaluate(probeHitTests, 'textarea')).toEqual([]);
    // Positive control: with the member's mouse on it, the badge is there to click.
    const box = (await page.locator('textarea').boundingBox())!;
    let hovered = false;
    for (let dx = 20; dx < 60 && !hovered; dx += 4) {
      await page.mouse.move(box.x + box.width - dx, box.y + box.height - 17);
      hovered = await page.evaluate(
        ({ x, y }) => {
          const hit = document.elementFromPoint(x, y);
          return !!hit && hit.parentElement === document.documentElement && hit !== document.body;
        },
        { x: box.x + box.width - dx, y: box.y + box.height - 17 },
      );
    }
    expect(hovered).toBe(true);
    await page.close();
  });

  test('popup-only messages are refused from a content script; the site comes from the sender, not the message', async () => {
    const page = await openTextarea();
    const tabId = await tabIdOf(browser, page);
    const world = await ContentWorld.attach(browser.context, page);
    const answers = await world.evaluate<unknown[]>(`Promise.all([
      chrome.runtime.sendMessage({ type: 'report/get', tabId: ${tabId} }),
      chrome.runtime.sendMessage({ type: 'finding/acknowledge', tabId: ${tabId}, clause: 'official-voice', acknowledged: true }),
      chrome.runtime.sendMessage({ type: 'draft/evaluate', composerId: 'forged', seq: 1, site: 'evil.example', text: ${JSON.stringify(WARNED)} }),
    ])`);
    expect(answers[0]).toMatchObject({ error: expect.stringMatching(/extension pages only/) });
    expect(answers[1]).toMatchObject({ error: expect.stringMatching(/extension pages only/) });
    const report = await getReport(browser, page);
    expect(report.site).toBe('www.reddit.com');
    // Positive control: the same request from an extension page is answered.
    expect(await sendRuntimeMessage(browser, { type: 'report/get', tabId })).toMatchObject({ tabId });
    await world.detach();
    await page.close();
  });

  test('a review whose host the page removes clears itself: the next real Post is reviewed again', async () => {
    const page = await openTextarea();
    await typeWarned(page);
    const world = await ContentWorld.attach(browser.context, page);
    await page.locator('.post-button').click();
    await expect.poll(() => dialogOpen(world)).toBe(true);
    expect(await page.evaluate(removeForeignHosts)).toBe(1);
    await page.waitForTimeout(300);
    await typeInto(page, page.locator('textarea').first(), ' Again.', { atEnd: true });
    await waitForReport(browser, page, warned);
    await page.waitForTimeout(300);
    await page.locator('.post-button').click();
    await expect.poll(() => dialogOpen(world)).toBe(true);
    expect(await submissions(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await world.detach();
    await page.close();
  });

  test('extension pages cannot fetch, beacon or load images from another host', async () => {
    const popup = await browser.openExtensionPage('extension/popup/index.html');
    const result = await popup.evaluate(async () => {
      const violations: string[] = [];
      document.addEventListener('securitypolicyviolation', (e) => violations.push(e.effectiveDirective));
      const fetched = await fetch('https://example.org/collect').then(() => 'sent', () => 'refused');
      navigator.sendBeacon('https://example.org/beacon', 'x');
      const img = new Image();
      img.src = 'https://example.org/pixel.png';
      await new Promise((r) => setTimeout(r, 500));
      // Positive control: the package's own files load.
      const own = await fetch('/manifest.json').then((r) => r.ok, () => false);
      return { fetched, own, violations: [...new Set(violations)].sort() };
    });
    expect(result.own).toBe(true);
    expect(result.fetched).toBe('refused');
    expect(result.violations).toEqual(['connect-src', 'img-src']);
    await popup.close();
  });
});
