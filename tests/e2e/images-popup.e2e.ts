// Image findings in the popup: a badge image pasted into a real composer
// (Lexical on www.facebook.com) is checked, and the popup opened for that tab
// lists the insignia finding with the order's words, saying it comes from the
// attached image (the draft has no words to quote). Screenshot:
// artifacts/screenshots/popup-image-finding.png.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { defaultPack } from '../../src/policy';
import { BADGE_PNG_SCRIPT, editorLocator, fixtureUrl, pasteImage, launchChromium, screenshot, startFixtureServer, tabIdOf, typeInto, waitForComposers, waitForReport, type FixtureServer, type LaunchedChromium } from './harness';

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

/** A shield-shaped badge reading DURHAM POLICE 4471, drawn and pasted by the page, with the site's preview beside the composer. */
async function pasteBadge(page: Page): Promise<void> {
  await pasteImage(editorLocator(page, 'lexical'), { script: BADGE_PNG_SCRIPT, name: 'image.png', type: 'image/png' });
}

test('a pasted badge image: the popup lists the insignia finding with the order\'s words, from the attached image, and drops it when the image is removed', async () => {
  const site = await browser.context.newPage();
  await site.goto(fixtureUrl('lexical'));
  await waitForComposers(site, 1);
  // A fresh browser: the content script takes the box on once its settings are read (nothing on the page shows
  // it). A few words typed first, checked by the background, show it has (a fixed wait was not enough under load).
  await typeInto(site, editorLocator(site, 'lexical'), 'Look at this: ');
  await waitForReport(browser, site, (r) => r.site !== null, { timeout: 30_000 });
  await pasteBadge(site);
  const report = await waitForReport(browser, site, (r) => r.findings.some((f) => f.clause === 'insignia' && f.image !== undefined), { timeout: 30_000 });
  const finding = report.findings.find((f) => f.clause === 'insignia')!;
  const tabId = await tabIdOf(browser, site);

  const popup = await browser.openExtensionPage(`extension/popup/index.html?tabId=${tabId}`);
  await popup.setViewportSize({ width: 400, height: 900 });
  const clause = defaultPack.clauses.find((c) => c.id === 'insignia')!;
  const card = popup.getByRole('article', { name: clause.title });
  await card.waitFor();
  const text = (await card.textContent()) ?? '';
  expect(text).toContain('Likely conflict');
  expect(text).toContain(finding.message);
  expect(text).toContain(clause.rule);
  // Where it was found: the attached image, not a quote of the draft (which is empty).
  expect(await card.locator('.excerpt').textContent()).toBe('In the attached imageImage 1 you attached, looked at on this device only.');
  expect(await card.locator('.excerpt blockquote').count()).toBe(0);
  expect(text).not.toContain('In your draft');
  await screenshot(popup, 'popup-image-finding');

  // The popup follows the tab: removing the image removes the card.
  await site.evaluate(() => document.querySelector('img.preview')!.remove());
  await waitForReport(browser, site, (r) => r.findings.every((f) => f.image === undefined), { timeout: 15_000 });
  await popup.reload();
  await popup.getByRole('heading', { name: 'No warnings in the draft on this page' }).waitFor();
  expect(await popup.getByRole('article', { name: clause.title }).count()).toBe(0);
  await popup.close();
  await site.close();
});
