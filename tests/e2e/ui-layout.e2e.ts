// Where the inline card and the review land, in the cases that used to go
// wrong: a composer inside an iframe, a short window, dark mode, and a phone
// (390 × 844, touch, mobile user agent). Each case is measured (the card sits
// inside the viewport and covers neither the site's Post button nor the
// words being typed) and leaves a screenshot in artifacts/screenshots/.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Frame, Locator, Page } from 'playwright-core';
import {
  editorLocator,
  fixtureUrl,
  launchChromium,
  modelText,
  screenshot,
  sendRuntimeMessage,
  startFixtureServer,
  tabIdOf,
  typeInto,
  waitForComposers,
  waitForReport,
  type FixtureName,
  type FixtureServer,
  type LaunchedChromium,
} from './harness';
import { allBadges, allUnderlines, openCard, waitForOverlay, type Box, type OverlayState } from './inline-probe';

const DRAFT = 'Speaking for the whole Durham PD, thank you for coming out tonight.';
const CLAUSE = 'official-voice';
const PHONE = { width: 390, height: 844 };
const PHONE_UA = 'Mozilla/5.0 (Android 14; Mobile; rv:128.0) Gecko/128.0 Firefox/128.0';

let server: FixtureServer;
let browser: LaunchedChromium;

beforeAll(async () => {
  server = await startFixtureServer();
  browser = await launchChromium({ server });
  await sendRuntimeMessage(browser, { type: 'report/get', tabId: -1 });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A finger tap through the DevTools protocol (the persistent context has no hasTouch). */
async function tap(page: Page, x: number, y: number): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  } finally {
    await cdp.detach();
  }
}

interface Opened {
  page: Page;
  editor: Locator;
}

async function open(name: FixtureName, opts: { size?: { width: number; height: number }; dark?: boolean; phone?: boolean } = {}): Promise<Opened> {
  const page = await browser.context.newPage();
  page.on('pageerror', (e) => {
    throw e;
  });
  if (opts.phone) {
    // Playwright's own size first (its screenshots use it), then the phone's metrics, touch and user agent.
    await page.setViewportSize(PHONE);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setDeviceMetricsOverride', { width: PHONE.width, height: PHONE.height, deviceScaleFactor: 2, mobile: true });
    await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 5 });
    await cdp.send('Emulation.setUserAgentOverride', { userAgent: PHONE_UA });
  } else if (opts.size) await page.setViewportSize(opts.size);
  await page.emulateMedia({ colorScheme: opts.dark ? 'dark' : 'light' });
  await page.goto(fixtureUrl(name));
  await waitForComposers(page);
  return { page, editor: editorLocator(page, name) };
}

async function typeViolation(page: Page, editor: Locator): Promise<OverlayState[]> {
  await typeInto(page, editor, DRAFT);
  await waitForReport(browser, page, (r) => r.findings.some((f) => f.clause === CLAUSE && f.spans.length > 0 && f.severity !== 'info'), { timeout: 20_000 });
  return waitForOverlay(page, (s) => allUnderlines(s).length > 0 && allBadges(s).length > 0);
}

function overlaps(a: Box, b: Box): boolean {
  return a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;
}

async function boxOf(l: Locator): Promise<Box> {
  const b = (await l.boundingBox())!;
  return { left: b.x, top: b.y, width: b.width, height: b.height };
}

/** The card is inside `view` (the frame's viewport in page coordinates) and clear of everything in `clear`. */
function expectPlaced(card: Box, view: Box, clear: Record<string, Box>): void {
  const msg = `card ${JSON.stringify(card)} view ${JSON.stringify(view)}`;
  expect(card.left, msg).toBeGreaterThanOrEqual(view.left - 0.5);
  expect(card.top, msg).toBeGreaterThanOrEqual(view.top - 0.5);
  expect(card.left + card.width, msg).toBeLessThanOrEqual(view.left + view.width + 0.5);
  expect(card.top + card.height, msg).toBeLessThanOrEqual(view.top + view.height + 0.5);
  for (const [name, box] of Object.entries(clear)) expect(overlaps(card, box), `card covers ${name} ${JSON.stringify(box)}; ${msg}`).toBe(false);
}

/** Every button of the card is fully inside the card's visible box (nothing cut off). */
function expectButtonsVisible(card: NonNullable<ReturnType<typeof openCard>>, minHeight = 0): void {
  expect(card.buttons.length).toBeGreaterThan(0);
  for (const b of card.buttons) {
    expect(b.top, `button ${b.text}`).toBeGreaterThanOrEqual(card.box.top - 0.5);
    expect(b.top + b.height, `button ${b.text}`).toBeLessThanOrEqual(card.box.top + card.box.height + 0.5);
    expect(b.height, `button ${b.text}`).toBeGreaterThanOrEqual(minHeight);
  }
}

async function hoverFirstUnderline(page: Page, state: OverlayState[], offset = { x: 0, y: 0 }) {
  const u = allUnderlines(state)[0]!;
  await page.mouse.move(offset.x + u.left + Math.min(20, u.width / 2), offset.y + u.top - 5);
  return waitForOverlay(page, (s) => !!openCard(s));
}

/** The line the caret is on (the end of the draft after typing), in page coordinates. */
async function caretLine(frame: Page | Frame): Promise<Box> {
  return frame.evaluate(() => {
    const active = document.activeElement as HTMLElement;
    if (active.localName === 'textarea') {
      const r = active.getBoundingClientRect();
      return { left: r.left, top: r.bottom - 30, width: r.width, height: 24 };
    }
    const sel = getSelection()!;
    const r = sel.getRangeAt(0).getClientRects()[0] ?? sel.getRangeAt(0).getBoundingClientRect();
    return { left: r.left - 2, top: r.top, width: Math.max(4, r.width + 4), height: r.height };
  });
}

describe('the card stays inside the viewport and off the Post button', () => {
  test('desktop, light: below or above the words, Post button and typed line visible', async () => {
    const { page, editor } = await open('lexical', { size: { width: 1100, height: 760 } });
    const state = await typeViolation(page, editor);
    const caret = await caretLine(page);
    const card = openCard(await hoverFirstUnderline(page, state))!;
    await screenshot(page, 'layout-card-desktop-light');
    expectPlaced(card.box, { left: 0, top: 0, width: 1100, height: 760 }, { post: await boxOf(page.locator('.post-button')), caret });
    expectButtonsVisible(card);
    await page.close();
  });

  test('short viewport (1100 × 420): footer and buttons on screen, Post button visible', async () => {
    const { page, editor } = await open('textarea', { size: { width: 1100, height: 420 } });
    const state = await typeViolation(page, editor);
    const caret = await caretLine(page);
    const card = openCard(await hoverFirstUnderline(page, state))!;
    await screenshot(page, 'layout-card-short-viewport');
    expectPlaced(card.box, { left: 0, top: 0, width: 1100, height: 420 }, { post: await boxOf(page.locator('.post-button')), caret });
    expectButtonsVisible(card);
    await page.close();
  });

  test('iframe composer: the card fits inside the frame, suggestion and buttons not cut off', async () => {
    const { page, editor } = await open('iframe', { size: { width: 1100, height: 760 } });
    const state = await typeViolation(page, editor);
    const frameEl = page.locator('iframe.embedded');
    const offset = await frameEl.evaluate((f) => {
      const r = f.getBoundingClientRect();
      return { x: r.left + f.clientLeft, y: r.top + f.clientTop, w: f.clientWidth, h: f.clientHeight };
    });
    const card = openCard(await hoverFirstUnderline(page, state, offset))!;
    await screenshot(page, 'layout-card-iframe');
    expect(card.text).toMatch(/suggestion/i);
    // The probe measures inside the frame: its viewport starts at 0,0.
    expectPlaced(card.box, { left: 0, top: 0, width: offset.w, height: offset.h }, {});
    expectButtonsVisible(card);
    await page.close();
  });

  test('dark mode: card and review dialog', async () => {
    const { page, editor } = await open('textarea', { size: { width: 1100, height: 760 }, dark: true });
    const state = await typeViolation(page, editor);
    await hoverFirstUnderline(page, state);
    await screenshot(page, 'layout-card-desktop-dark');
    await page.mouse.move(5, 700);
    await page.locator('.post-button').click();
    await page.waitForTimeout(500);
    await screenshot(page, 'layout-review-desktop-dark');
    await page.close();
  });

  test('phone (390 × 844, touch): the card is a bottom sheet that leaves the draft and Post visible', async () => {
    const { page, editor } = await open('textarea', { phone: true });
    const state = await typeViolation(page, editor);
    const caret = await caretLine(page);
    const u = allUnderlines(state)[0]!;
    await tap(page, u.left + Math.min(20, u.width / 2), u.top - 5);
    const card = openCard(await waitForOverlay(page, (s) => !!openCard(s)))!;
    await screenshot(page, 'layout-card-phone-light');
    expectPlaced(card.box, { left: 0, top: 0, width: PHONE.width, height: PHONE.height }, { post: await boxOf(page.locator('.post-button')), caret });
    expectButtonsVisible(card, 44);
    // A tap on the fix: the editor's own text changes, the warning goes.
    const fix = card.buttons.find((b) => /^Replace with/.test(b.text))!;
    await tap(page, fix.left + fix.width / 2, fix.top + fix.height / 2);
    await expect.poll(() => modelText(page)).toBe(DRAFT.replace('Speaking for the whole Durham PD', 'Speaking for myself'));
    await waitForOverlay(page, (s) => allUnderlines(s).length === 0 && !openCard(s));
    await page.close();
  });
});

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const VIOLATING_DRAFT = 'The chief is an idiot and this department is a joke. Posting the body cam video from last night.';
const DESKTOP_POPUP = { width: 400, height: 600 };

/** Every axe-core violation (any impact) on the page as it is now. */
async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(`${AXE_SOURCE}\n;void 0`);
  return page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.impact} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

/** Nothing wider than the page (no sideways scrolling on a phone). */
async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
  expect(scroll, 'page wider than the screen').toBeLessThanOrEqual(client);
}

describe('on-screen keyboard input (IME composition, autocorrect)', () => {
  test('a half-composed word is not checked; the committed text is, and nothing is lost', async () => {
    const { page, editor } = await open('textarea', { phone: true });
    await editor.click();
    const cdp = await page.context().newCDPSession(page);
    // A keyboard that composes the whole phrase before committing it (as some Android keyboards do).
    const phrase = 'Speaking for the whole Durham PD';
    for (let i = 4; i <= phrase.length; i += 7) {
      await cdp.send('Input.imeSetComposition', { text: phrase.slice(0, i), selectionStart: i, selectionEnd: i });
    }
    await cdp.send('Input.imeSetComposition', { text: phrase, selectionStart: phrase.length, selectionEnd: phrase.length });
    await page.waitForTimeout(800);
    const during = await waitForReport(browser, page, () => true);
    expect(during.findings.filter((f) => f.clause === CLAUSE)).toEqual([]);
    await cdp.send('Input.insertText', { text: phrase });
    // Autocorrect: the keyboard replaces the word just typed ("tonite" → "tonight").
    await cdp.send('Input.insertText', { text: ', thank you for coming out tonite' });
    const typed = `${phrase}, thank you for coming out tonite`;
    await cdp.send('Input.imeSetComposition', { text: 'tonight', selectionStart: 7, selectionEnd: 7, replacementStart: typed.length - 6, replacementEnd: typed.length });
    await cdp.send('Input.insertText', { text: 'tonight' });
    await cdp.detach();
    const want = `${phrase}, thank you for coming out tonight`;
    await expect.poll(() => modelText(page)).toBe(want);
    await waitForReport(browser, page, (r) => r.findings.some((f) => f.clause === CLAUSE && f.severity !== 'info'));
    await waitForOverlay(page, (s) => allUnderlines(s).length > 0);
    expect(await modelText(page)).toBe(want);
    await page.close();
  });
});

describe('popup and options at phone and desktop size, light and dark', () => {
  test('popup: findings, considered, settings; axe finds nothing on the phone-size popup', async () => {
    const { page: site, editor } = await open('lexical', { size: { width: 1100, height: 760 } });
    await typeInto(site, editor, VIOLATING_DRAFT);
    await waitForReport(browser, site, (r) => ['disparagement', 'nonpublic-records'].every((c) => r.findings.some((f) => f.clause === c)));
    const tabId = await tabIdOf(browser, site);
    for (const [name, size] of [['phone', PHONE], ['desktop', DESKTOP_POPUP]] as const) {
      for (const scheme of ['light', 'dark'] as const) {
        const popup = await browser.openExtensionPage(`extension/popup/index.html?tabId=${tabId}`);
        await popup.setViewportSize(size);
        await popup.emulateMedia({ colorScheme: scheme });
        await popup.getByRole('article').first().waitFor();
        await screenshot(popup, `screen-popup-${name}-${scheme}`);
        if (name === 'phone') {
          await expectNoSidewaysScroll(popup);
          expect(await axeViolations(popup)).toEqual([]);
        }
        await popup.close();
      }
    }
    // Marking a warning as considered: the considered card is what shows, its Undo focused.
    const popup = await browser.openExtensionPage(`extension/popup/index.html?tabId=${tabId}`);
    await popup.setViewportSize(PHONE);
    await popup.getByRole('button', { name: 'This is a matter of public concern' }).first().click();
    const considered = popup.getByRole('region', { name: 'Considered for this draft' });
    await considered.waitFor();
    await expect.poll(() => popup.evaluate(() => document.activeElement?.textContent)).toBe('Undo');
    const undo = (await considered.getByRole('button', { name: 'Undo' }).boundingBox())!;
    expect(undo.y).toBeGreaterThanOrEqual(0);
    expect(undo.y + undo.height).toBeLessThanOrEqual(PHONE.height);
    expect(undo.height).toBeGreaterThanOrEqual(44);
    await screenshot(popup, 'screen-popup-phone-considered');
    expect(await axeViolations(popup)).toEqual([]);
    await considered.getByRole('button', { name: 'Undo' }).click();
    await considered.waitFor({ state: 'detached' });
    // The site's own switch, on the page view.
    const siteSwitch = popup.getByRole('checkbox', { name: 'Check drafts on Facebook' });
    expect(await siteSwitch.isChecked()).toBe(true);
    await popup.getByRole('link', { name: 'Look up the order' }).click();
    await popup.getByRole('combobox').fill('graduation');
    await popup.getByRole('option').first().waitFor();
    await screenshot(popup, 'screen-popup-phone-search');
    await popup.close();
    await site.close();
  });

  test('options page', async () => {
    for (const [name, size] of [['phone', PHONE], ['desktop', { width: 1000, height: 900 }]] as const) {
      for (const scheme of ['light', 'dark'] as const) {
        const options = await browser.openExtensionPage('extension/options/index.html');
        await options.setViewportSize(size);
        await options.emulateMedia({ colorScheme: scheme });
        await options.getByRole('checkbox', { name: 'Pause everywhere' }).waitFor();
        await screenshot(options, `screen-options-${name}-${scheme}`);
        if (name === 'phone') await expectNoSidewaysScroll(options);
        await options.close();
      }
    }
  });

  test('card and review on a phone, dark', async () => {
    const { page, editor } = await open('lexical', { phone: true, dark: true });
    const state = await typeViolation(page, editor);
    const u = allUnderlines(state)[0]!;
    await tap(page, u.left + Math.min(20, u.width / 2), u.top - 5);
    await waitForOverlay(page, (s) => !!openCard(s));
    await screenshot(page, 'layout-card-phone-dark');
    const post = await boxOf(page.locator('.post-button'));
    await tap(page, 5, 5); // away from the card: it closes
    await waitForOverlay(page, (s) => !openCard(s));
    // Closed means gone: nothing of ours where the card was.
    expect(await page.evaluate(() => document.elementFromPoint(200, 600)?.parentElement === document.documentElement)).toBe(false);
    await tap(page, post.left + post.width / 2, post.top + post.height / 2);
    await page.waitForTimeout(400);
    await screenshot(page, 'layout-review-phone-dark');
    await page.close();
  });
});
