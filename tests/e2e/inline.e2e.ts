// Inline warnings in every kind of compose box, in Chromium with the BUILT
// extension, on the real editor libraries (the e2e fixtures) under the real
// site host names, typed with the real keyboard. Reads the closed-shadow-root
// UI through the DevTools protocol (inline-probe.ts), never through a hook the
// page could see.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import type { Finding } from '../../src/messages/schemas';
import {
  editorLocator,
  fixedUrlResources,
  fixtureUrl,
  launchChromium,
  modelSelection,
  sendRuntimeMessage,
  modelText,
  readBuiltManifest,
  screenshot,
  startFixtureServer,
  typeInto,
  waitForComposers,
  waitForReport,
  type FixtureName,
  type FixtureServer,
  type LaunchedChromium,
} from './harness';
import { allBadges, allUnderlines, clickCardButton, hoverUnderline, openCard, overlayState, waitForOverlay, type Box } from './inline-probe';

/** A clear-cut draft the engine flags as official-voice, with a safe replacement. */
const DRAFT = 'Speaking for the whole Durham PD, thank you for coming out tonight.';
const CLAUSE = 'official-voice';

let server: FixtureServer;
let browser: LaunchedChromium;

beforeAll(async () => {
  server = await startFixtureServer();
  browser = await launchChromium({ server });
  // Wake the service worker and open the messenger page before the first timed wait (busy CI machines).
  await sendRuntimeMessage(browser, { type: 'report/get', tabId: -1 });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Client rectangles of text[start, end) in a contenteditable, measured by the page itself. */
function textRects(editor: Locator, start: number, end: number): Promise<Box[]> {
  return editor.evaluate(
    (root, [s, e]) => {
      // Concatenated text nodes: the fixtures' drafts are one paragraph, so offsets agree with the model text.
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      let pos = 0;
      let started = false;
      for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
        const len = n.data.length;
        if (!started && s < pos + len) {
          range.setStart(n, s - pos);
          started = true;
        }
        if (started && e <= pos + len) {
          range.setEnd(n, e - pos);
          break;
        }
        pos += len;
      }
      return [...range.getClientRects()].filter((r) => r.width > 0.5).map((r) => ({ left: r.left, top: r.top, width: r.width, height: r.height }));
    },
    [start, end] as const,
  );
}

/** Every text rectangle has an underline along its bottom edge, within 3 px. */
function expectUnderlinesOn(text: Box[], lines: Box[]): void {
  expect(text.length).toBeGreaterThan(0);
  for (const r of text) {
    const match = lines.find(
      (u) => Math.abs(u.left - r.left) <= 3 && Math.abs(u.left + u.width - (r.left + r.width)) <= 3 && Math.abs(u.top - (r.top + r.height - 2)) <= 3,
    );
    expect(match, `no underline on text rect ${JSON.stringify(r)}; underlines: ${JSON.stringify(lines)}`).toBeTruthy();
  }
}

/** LinkedIn posts are professional context (the engine lowers findings there): Quill is also tested on X's host. */
const HOST_FOR: Partial<Record<FixtureName, string>> = { quill: 'x.com' };

async function open(name: FixtureName): Promise<Page> {
  const page = await browser.context.newPage();
  page.on('pageerror', (e) => {
    throw e;
  });
  await page.goto(fixtureUrl(name, HOST_FOR[name]));
  await waitForComposers(page);
  return page;
}

/** Types DRAFT, waits for the finding and its underline; returns the finding's first span. */
async function typeViolation(page: Page, editor: Locator) {
  await typeInto(page, editor, DRAFT);
  const report = await waitForReport(browser, page, (r) => r.findings.some((f) => f.clause === CLAUSE && f.spans.length > 0 && f.severity !== 'info'), { timeout: 20_000 });
  const finding = report.findings.find((f) => f.clause === CLAUSE)!;
  const state = await waitForOverlay(page, (s) => allUnderlines(s).length > 0 && allBadges(s).length > 0);
  return { finding, span: finding.spans[0]!, state };
}

const CONTENTEDITABLES: FixtureName[] = ['contenteditable', 'lexical', 'draftjs', 'prosemirror', 'quill', 'shadow'];

describe('inline warnings in each editor family', () => {
  for (const name of CONTENTEDITABLES) {
    test(`${name}: warning drawn on the words, editor untouched, one-click fix`, async () => {
      const page = await open(name);
      const editor = editorLocator(page, name);
      const { finding, span, state } = await typeViolation(page, editor);
      // The editor's own model holds exactly what was typed, caret where the member left it.
      expect(await modelText(page)).toBe(DRAFT);
      expect(await modelSelection(page)).toEqual({ start: DRAFT.length, end: DRAFT.length });
      expectUnderlinesOn(await textRects(editor, span.start, span.end), allUnderlines(state));
      expect(allUnderlines(state).every((u) => u.severity === finding.severity)).toBe(true);
      const badge = allBadges(state)[0]!;
      const box = (await editor.boundingBox())!;
      // Badge inside the compose box's bottom-right corner.
      expect(badge.left + badge.width).toBeLessThanOrEqual(box.x + box.width + 1);
      expect(badge.top + badge.height).toBeLessThanOrEqual(box.y + box.height + 1);
      expect(badge.left).toBeGreaterThan(box.x + box.width - 60);

      const withCard = await hoverUnderline(page, state);
      const card = openCard(withCard)!;
      expect(card.text).toContain(finding.message);
      expect(card.text).toMatch(/Official voice/);
      await screenshot(page, `inline-${name}`);

      const replacement = finding.suggestion.replacement;
      expect(replacement, 'the engine gives a replacement for official voice').toBeDefined();
      await clickCardButton(page, withCard, /^Replace with|^Remove these words/);
      const fixed = DRAFT.slice(0, span.start) + replacement! + DRAFT.slice(span.end);
      await expect.poll(() => modelText(page)).toBe(fixed);
      await waitForReport(browser, page, (r) => !r.findings.some((f) => f.clause === CLAUSE));
      await waitForOverlay(page, (s) => allUnderlines(s).length === 0 && allBadges(s).length === 0);
      // Typing still works after the fix, at the caret.
      await page.keyboard.type(' Bye.');
      await expect.poll(() => modelText(page)).toBe(fixed.slice(0, span.start + replacement!.length) + ' Bye.' + fixed.slice(span.start + replacement!.length));
      await page.close();
    });
  }
});

/** Offset of an iframe's viewport in the top page (its box plus border). */
function frameOffset(page: Page, selector: string): Promise<{ x: number; y: number }> {
  return page.locator(selector).evaluate((f) => {
    const r = f.getBoundingClientRect();
    return { x: r.left + f.clientLeft, y: r.top + f.clientTop };
  });
}

describe('textarea', () => {
  test('underline on the words (hit-tested by the browser), fix through the undo stack, Ctrl+Z undoes it', async () => {
    const page = await open('textarea');
    const editor = editorLocator(page, 'textarea');
    const { finding, span, state } = await typeViolation(page, editor);
    expect(await modelText(page)).toBe(DRAFT);
    expect(await modelSelection(page)).toEqual({ start: DRAFT.length, end: DRAFT.length });

    const withCard = await hoverUnderline(page, state);
    expect(openCard(withCard)!.text).toContain(finding.message);
    await screenshot(page, 'inline-textarea');
    // The mirror is ours, so check it independently: a click just above each underline's
    // ends puts the browser's own caret inside the flagged words.
    const lines = allUnderlines(state);
    for (const u of [lines[0]!, lines[lines.length - 1]!]) {
      for (const x of [u.left + 3, u.left + u.width - 3]) {
        await page.mouse.click(x, u.top - 6);
        const caret = await editor.evaluate((t) => (t as HTMLTextAreaElement).selectionStart);
        expect(caret).toBeGreaterThanOrEqual(span.start);
        expect(caret).toBeLessThanOrEqual(span.end);
      }
    }

    const again = await hoverUnderline(page, await overlayState(page));
    await clickCardButton(page, again, /^Replace with|^Remove these words/);
    const fixed = DRAFT.slice(0, span.start) + finding.suggestion.replacement! + DRAFT.slice(span.end);
    await expect.poll(() => modelText(page)).toBe(fixed);
    await waitForOverlay(page, (s) => allUnderlines(s).length === 0);
    await page.keyboard.press('Control+z');
    await expect.poll(() => modelText(page)).toBe(DRAFT);
    await waitForOverlay(page, (s) => allUnderlines(s).length > 0);
    await page.close();
  });
});

describe('compose boxes in frames, side by side, and swapped', () => {
  test('iframe: the warning is drawn inside the frame, on the words', async () => {
    const page = await open('iframe');
    const editor = editorLocator(page, 'iframe');
    const { span, state } = await typeViolation(page, editor);
    expect(await modelText(page)).toBe(DRAFT);
    expect(state.length).toBe(1);
    expect(state[0]!.frameUrl).toMatch(/iframe-composer\.html$/);
    expectUnderlinesOn(await textRects(editor, span.start, span.end), allUnderlines(state));
    await hoverUnderline(page, state, await frameOffset(page, 'iframe.embedded'));
    await screenshot(page, 'inline-iframe');
    await page.close();
  });

  test('multi: two composers on one page each get their own warning and badge', async () => {
    const page = await open('multi');
    await waitForComposers(page, 2);
    await typeInto(page, editorLocator(page, 'multi', { index: 0 }), DRAFT);
    await typeInto(page, editorLocator(page, 'multi', { index: 1 }), `Thanks all. ${DRAFT}`);
    await waitForReport(browser, page, (r) => r.findings.filter((f) => f.clause === CLAUSE).length === 2);
    const state = await waitForOverlay(page, (s) => allBadges(s).length === 2);
    const boxes = await Promise.all([0, 1].map(async (i) => (await editorLocator(page, 'multi', { index: i }).boundingBox())!));
    for (const box of boxes) {
      const inside = (b: Box) => b.left >= box.x - 1 && b.left + b.width <= box.x + box.width + 1 && b.top >= box.y - 1 && b.top + b.height <= box.y + box.height + 4;
      expect(allBadges(state).filter(inside)).toHaveLength(1);
      expect(allUnderlines(state).filter(inside).length).toBeGreaterThan(0);
    }
    expect(await modelText(page, 0)).toBe(DRAFT);
    expect(await modelText(page, 1)).toBe(`Thanks all. ${DRAFT}`);
    await screenshot(page, 'inline-multi');
    await page.close();
  });

  test('spa: a swapped-out composer is forgotten, the new one is checked', async () => {
    const page = await open('spa');
    await typeViolation(page, editorLocator(page, 'spa', { kind: 'textarea' }));
    await page.click('#nav-lexical');
    await page.waitForFunction(() => window.__fixture!.kinds().includes('lexical'));
    // composer/gone reached the background: the old draft's findings left the report.
    await waitForReport(browser, page, (r) => r.findings.length === 0);
    await waitForOverlay(page, (s) => allBadges(s).length === 0);
    const editor = editorLocator(page, 'spa', { kind: 'lexical' });
    const { span, state } = await typeViolation(page, editor);
    expectUnderlinesOn(await textRects(editor, span.start, span.end), allUnderlines(state));
    await page.click('#open-modal');
    await page.waitForFunction(() => window.__fixture!.kinds().includes('draftjs'));
    const modal = page.locator('[role=dialog] .public-DraftEditor-content');
    await typeInto(page, modal, DRAFT);
    await waitForReport(browser, page, (r) => r.findings.filter((f) => f.clause === CLAUSE).length === 2);
    // The modal covers the first composer: only the modal's warnings show, nothing is drawn over the modal.
    const modalBox = (await modal.boundingBox())!;
    const onModal = await waitForOverlay(page, (s) => allBadges(s).length === 1 && allUnderlines(s).length > 0 && allUnderlines(s).every((u) => u.top >= modalBox.y && u.top <= modalBox.y + modalBox.height));
    expectUnderlinesOn(await textRects(modal, span.start, span.end), allUnderlines(onModal));
    await screenshot(page, 'inline-spa');
    await page.close();
  });
});

describe('what is never checked, and what the page can see', () => {
  test('search boxes and login fields are ignored', async () => {
    const page = await open('textarea');
    // Text-area and contenteditable variants of a search box and a login field, as some sites build them.
    await page.evaluate(() => {
      const search = document.querySelector('form[role="search"]')!;
      search.insertAdjacentHTML('beforeend', '<div contenteditable="true" role="searchbox" aria-label="Search" class="probe-search" style="min-width:80px;min-height:1em"></div>');
      const login = document.querySelector('form.login')!;
      login.insertAdjacentHTML('afterbegin', '<textarea class="probe-login" name="username" rows="1"></textarea>');
    });
    await typeInto(page, 'input[type="search"]', DRAFT);
    await typeInto(page, '.probe-search', DRAFT);
    await typeInto(page, '.probe-login', DRAFT);
    await typeInto(page, 'input[name="password"]', DRAFT);
    await typeViolation(page, page.locator('textarea.editor'));
    const report = await waitForReport(browser, page, (r) => r.findings.length > 0);
    expect(report.findings.filter((f) => f.clause === CLAUSE)).toHaveLength(1);
    const badges = allBadges(await overlayState(page));
    const box = (await page.locator('textarea.editor').boundingBox())!;
    expect(badges, JSON.stringify(badges) + JSON.stringify(box)).toHaveLength(1);
    await page.close();
  });

  test('the page DOM and window show no trace beyond one attribute-less, empty <div>', async () => {
    const page = await browser.context.newPage();
    await page.goto(fixtureUrl('lexical'));
    await waitForComposers(page);
    const before = await page.evaluate(() => Object.getOwnPropertyNames(window));
    const editor = editorLocator(page, 'lexical');
    const { state } = await typeViolation(page, editor);
    await hoverUnderline(page, state);
    const trace = await page.evaluate((names) => {
      const html = document.documentElement;
      const extra = [...html.children].filter((c) => c !== document.head && c !== document.body);
      const attrs = new Set<string>();
      const walk = (root: Document | ShadowRoot) => {
        for (const el of root.querySelectorAll('*')) {
          for (const a of el.getAttributeNames()) attrs.add(`${a}=${el.getAttribute(a)}`);
          if (el.shadowRoot) walk(el.shadowRoot);
        }
      };
      walk(document);
      return {
        extra: extra.map((e) => ({ tag: e.localName, attributes: e.getAttributeNames(), children: e.childNodes.length, shadow: e.shadowRoot !== null })),
        suspicious: [...attrs].filter((a) => /second|look|extension|chrome-extension|sl-|__sl/i.test(a)),
        newGlobals: Object.getOwnPropertyNames(window).filter((n) => !names.includes(n)),
        adopted: document.adoptedStyleSheets.length,
        styleSheetsFromUs: [...document.styleSheets].filter((s) => !s.ownerNode || /second/i.test(s.ownerNode.textContent ?? '')).length,
        highlights: CSS.highlights.size,
      };
    }, before);
    expect(trace.extra).toEqual([{ tag: 'div', attributes: [], children: 0, shadow: false }]);
    expect(trace.suspicious).toEqual([]);
    expect(trace.newGlobals).toEqual([]);
    expect(trace.adopted).toBe(0);
    expect(trace.styleSheetsFromUs).toBe(0);
    expect(trace.highlights).toBe(0);
    // Nor can a page probe for us: the content script is one bundle, no fixed-URL web-accessible resource.
    expect(fixedUrlResources(readBuiltManifest())).toEqual([]);
    await page.close();
  });
});

describe('settings take effect live', () => {
  async function setSettings(patch: Record<string, unknown>) {
    const sw = await browser.serviceWorker();
    await sw.evaluate((p) => (globalThis as unknown as { chrome: { storage: { sync: { set(v: unknown): Promise<void> } } } }).chrome.storage.sync.set(p), patch);
  }

  test('global pause and per-site switch remove and restore the warnings', async () => {
    const page = await open('lexical');
    await typeViolation(page, editorLocator(page, 'lexical'));
    await setSettings({ paused: true });
    await waitForOverlay(page, (s) => s.length === 0);
    await setSettings({ paused: false });
    await waitForOverlay(page, (s) => allUnderlines(s).length > 0);
    await setSettings({ disabledSites: ['facebook'] });
    await waitForOverlay(page, (s) => s.length === 0);
    await setSettings({ disabledSites: ['x'] });
    await waitForOverlay(page, (s) => allUnderlines(s).length > 0);
    await setSettings({ disabledSites: [] });
    expect(await modelText(page)).toBe(DRAFT);
    await page.close();
  });
});

describe('staying right while the page moves', () => {
  test('underlines follow scrolling, resizing and re-wrapping', async () => {
    const page = await open('prosemirror');
    const editor = editorLocator(page, 'prosemirror');
    const { span } = await typeViolation(page, editor);
    const aligned = async () => {
      // Wait for the redraw of the frame after the change, then compare.
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      expectUnderlinesOn(await textRects(editor, span.start, span.end), allUnderlines(await overlayState(page)));
    };
    await page.setViewportSize({ width: 1100, height: 240 });
    // Scrolled a little (the words stay below the site's sticky header, which would hide them).
    await page.evaluate(() => scrollTo(0, 30));
    await aligned();
    // Scrolled under the sticky header: the underline is hidden, never drawn over the header.
    const textTop = (await textRects(editor, span.start, span.end))[0]!.top;
    const header = await page.evaluate(() => document.querySelector('header')?.getBoundingClientRect().bottom ?? 0);
    await page.evaluate((by) => scrollBy(0, by), textTop - header + 15);
    await waitForOverlay(page, (s) => allUnderlines(s).length === 0);
    await page.evaluate(() => scrollTo(0, 0));
    // Narrower: the flagged words wrap onto two lines, each gets its underline.
    await page.setViewportSize({ width: 420, height: 700 });
    await aligned();
    await screenshot(page, 'inline-prosemirror-narrow');
    await page.close();
  });

  test('typing before the words moves the underline with them until the next answer', async () => {
    const page = await open('lexical');
    const editor = editorLocator(page, 'lexical');
    const { span } = await typeViolation(page, editor);
    await page.keyboard.press('Control+Home');
    await page.keyboard.type('OK. ', { delay: 10 });
    const moved = { start: span.start + 4, end: span.end + 4 };
    await waitForReport(browser, page, (r) => r.findings.some((f) => f.clause === CLAUSE && f.spans[0]?.start === moved.start));
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    expectUnderlinesOn(await textRects(editor, moved.start, moved.end), allUnderlines(await overlayState(page)));
    expect(await modelText(page)).toBe(`OK. ${DRAFT}`);
    expect(await modelSelection(page)).toEqual({ start: 4, end: 4 });
    await page.close();
  });
});

describe('keyboard and screen readers', () => {
  test('Alt+Shift+L opens the card with focus, Escape returns to the compose box with the caret kept', async () => {
    const page = await open('draftjs');
    const editor = editorLocator(page, 'draftjs');
    await typeViolation(page, editor);
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    const caret = await modelSelection(page);
    await page.keyboard.press('Alt+Shift+L');
    const state = await waitForOverlay(page, (s) => !!openCard(s));
    expect(openCard(state)!.text).toMatch(/Official voice/);
    expect(state.some((s) => /1 warning/.test(s.status))).toBe(true);
    // Focus is in our card (the page sees only its host element as active).
    expect(await page.evaluate(() => document.activeElement?.localName === 'div' && document.activeElement.attributes.length === 0)).toBe(true);
    await page.keyboard.press('Escape');
    await waitForOverlay(page, (s) => !openCard(s));
    await page.keyboard.type('!');
    const expected = DRAFT.slice(0, caret!.start) + '!' + DRAFT.slice(caret!.start);
    await expect.poll(() => modelText(page)).toBe(expected);
    // Opened again, a click elsewhere on the page closes it.
    await page.keyboard.press('Alt+Shift+L');
    const reopened = openCard(await waitForOverlay(page, (s) => !!openCard(s)))!;
    // Somewhere on the page the card does not cover (it sits beside or below the compose box).
    await page.mouse.click(reopened.box.left > 300 ? 40 : 1060, 740);
    await waitForOverlay(page, (s) => !openCard(s));
    await page.close();
  });

  test('a draft over the size limit shows the quiet "too long" badge and is never sent', async () => {
    const page = await open('textarea');
    const editor = page.locator('textarea.editor');
    await typeViolation(page, editor);
    await editor.click();
    // One paste-like text insertion through the real input pipeline.
    await page.keyboard.insertText(' x'.repeat(500_001));
    const state = await waitForOverlay(page, (s) => allBadges(s).some((b) => b.text === '…'), 20_000);
    expect(allBadges(state)[0]!.label).toMatch(/too long to check/);
    expect(allUnderlines(state)).toHaveLength(0);
    await page.close();
  });
});

/** Client rectangles of the first occurrence of `needle` (within one paragraph) in a contenteditable. */
function needleRects(editor: Locator, needle: string): Promise<Box[]> {
  return editor.evaluate((root, n) => {
    const nodes: Text[] = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let t = walker.nextNode() as Text | null; t; t = walker.nextNode() as Text | null) nodes.push(t);
    const all = nodes.map((t) => t.data).join('');
    const at = all.indexOf(n);
    if (at < 0) return [];
    const range = document.createRange();
    let pos = 0;
    for (const t of nodes) {
      const end = pos + t.data.length;
      if (at >= pos && at < end) range.setStart(t, at - pos);
      if (at + n.length > pos && at + n.length <= end) {
        range.setEnd(t, at + n.length - pos);
        break;
      }
      pos = end;
    }
    return [...range.getClientRects()].filter((r) => r.width > 0.5).map((r) => ({ left: r.left, top: r.top, width: r.width, height: r.height }));
  }, needle);
}

describe('emoji, line breaks and the public-concern exception', () => {
  // An emoji (two UTF-16 units plus a skin-tone modifier) and a new paragraph before the flagged words.
  const LINES = 'Hi 👮🏽 all\nOur sergeant is a spineless idiot.';
  for (const name of CONTENTEDITABLES) {
    test(`${name}: offsets after an emoji and a line break map to the right words`, async () => {
      const page = await open(name);
      const editor = editorLocator(page, name);
      await typeInto(page, editor, LINES);
      // Wait for the answer about the whole draft (an answer about a half-typed word may come first on a slow machine).
      const isFinal = (f: Finding) => f.clause === 'disparagement' && f.severity !== 'info' && /idiot/.test(LINES.slice(f.spans[0]?.start ?? 0, f.spans[0]?.end ?? 0));
      const report = await waitForReport(browser, page, (r) => r.findings.some(isFinal), { timeout: 20_000 });
      const finding = report.findings.find(isFinal)!;
      const span = finding.spans[0]!;
      const flagged = LINES.slice(span.start, span.end);
      expect(flagged).toMatch(/idiot/);
      const state = await waitForOverlay(page, (s) => allUnderlines(s).length > 0);
      expectUnderlinesOn(await needleRects(editor, flagged), allUnderlines(state));
      expect(await modelText(page)).toMatch(/^Hi 👮🏽 all\n+Our sergeant is a spineless idiot\.$/);
      const card = openCard(await hoverUnderline(page, state))!;
      // Speech on a matter of public concern is shown as clearly as the rule.
      expect(card.text).toMatch(/Protected speech/);
      if (name === 'lexical') await screenshot(page, 'inline-public-concern');
      await page.close();
    });
  }
});

describe('input methods', () => {
  test('nothing is checked while an IME composition is open; the committed text is', async () => {
    const page = await open('textarea');
    const editor = page.locator('textarea.editor');
    await editor.click();
    const cdp = await page.context().newCDPSession(page);
    // Composition text sits in the field, uncommitted (as with a Japanese or Chinese IME).
    await cdp.send('Input.imeSetComposition', { text: DRAFT, selectionStart: DRAFT.length, selectionEnd: DRAFT.length });
    expect(await modelText(page)).toBe(DRAFT);
    // Well past the typing pause: still nothing sent for this composer.
    await page.waitForTimeout(800);
    expect((await waitForReport(browser, page, () => true)).findings).toEqual([]);
    expect(allUnderlines(await overlayState(page))).toHaveLength(0);
    await cdp.send('Input.insertText', { text: DRAFT });
    await waitForReport(browser, page, (r) => r.findings.some((f) => f.clause === CLAUSE), { timeout: 20_000 });
    await waitForOverlay(page, (s) => allUnderlines(s).length > 0);
    expect(await modelText(page)).toBe(DRAFT);
    await cdp.detach();
    await page.close();
  });
});
