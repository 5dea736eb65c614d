// Wires the inline warnings together for one document (frame): discovery on
// focus (and a debounced look for boxes that already hold a draft), one
// Composer per compose box, the overlay, the card and the fix. Start/stop
// follow the settings live (global pause, per-site switch).
import type { SiteAdapter } from '../../src/sites';
import { Composer, type Transport } from './composer';
import browser from 'webextension-polyfill';
import { composerFor, deepActiveElement, findComposers } from './discovery';
import { applyReplacement, selectSpan } from './fix-apply';
import { connectImageChecks } from './image-attachments';
import { notifyGone, onDeepResult, requestEvaluation } from './messaging';
import { RearmingTimer } from './rearming-timer';
import { modelFor } from './models';
import { setKeysWanted } from './registry';
import { siteForHost } from '../../src/sites';
import { Card, type CardItem } from './ui/card';
import { keepClearFor } from './ui/keep-clear';
import { isOurHost, uiHost, type UiHost } from './ui/host';
import { Overlay, type Hit } from './ui/overlay';

/** Alt+Shift+L from a compose box opens its card (L for "look"). */
const SHORTCUT = { key: 'l', alt: true, shift: true };
const SCAN_INTERVAL_MS = 300;
/** The page watch stays off until the member has stopped typing this long. */
const TYPING_PAUSE_MS = 300;
const HOVER_CLOSE_MS = 350;
const TRANSPORT: Transport = { evaluate: requestEvaluation, gone: notifyGone };

export class InlineWarnings {
  private readonly composers = new Map<HTMLElement, Composer>();
  /** Created with the first compose box: a page nobody types on gets no host element at all. */
  private ui: UiHost | null = null;
  private overlayInstance: Overlay | null = null;
  private cardInstance: Card | null = null;
  private cardComposer: Composer | null = null;
  private cardFromHover = false;
  /** Where the member's caret was when the card took focus, to put it back on Escape. */
  private savedCaret: Range | { start: number; end: number } | null = null;
  private hoverTimer: ReturnType<typeof setTimeout> | undefined;
  private scanTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly pageObserver: MutationObserver;
  /** Off while the member types: the editor's own edits would call it on every keystroke. */
  private pageWatched = false;
  /** Turns the page watch back on once typing has paused for TYPING_PAUSE_MS. */
  private readonly watchTimer = new RearmingTimer(TYPING_PAUSE_MS, () => {
    this.watchPage();
    this.scan();
  });
  private readonly resizeObserver: ResizeObserver;
  private readonly cleanups: (() => void)[] = [];
  /** The shortcut's keydown listener is on only while some compose box shows something (typing a clean draft calls none of ours). */
  private keysOn = false;
  private readonly onKeydown = (e: Event) => this.keydown(e as KeyboardEvent);

  constructor(
    private readonly doc: Document,
    private readonly site: string,
    private readonly adapter: SiteAdapter | undefined,
    /** Started again by the member (resumed in the popup or options): the box they were in is checked at once. */
    resumed = false,
  ) {
    this.resizeObserver = new ResizeObserver(() => this.overlayInstance?.request());
    this.pageObserver = new MutationObserver((records) => this.pageChanged(records));
    this.watchPage();
    const win = doc.defaultView!;
    this.listen(win, 'focusin', (e) => this.focused(e), { capture: true });
    this.listen(win, 'scroll', (e) => this.scrolled(e), { capture: true, passive: true });
    // Leaving the page: the background forgets this page's drafts.
    this.listen(win, 'pagehide', () => this.forgetAll(), {});
    this.listen(win, 'resize', () => this.overlayInstance?.request(), { passive: true });
    this.listen(win, 'mousemove', (e) => {
      if (e.isTrusted) this.overlayInstance?.pointerMoved((e as MouseEvent).clientX, (e as MouseEvent).clientY);
    }, { capture: true, passive: true });
    // A click anywhere else on the page closes the card (never stopped: the page gets its click).
    this.listen(win, 'pointerdown', (e) => this.pointerDown(e as PointerEvent), { capture: true, passive: true });
    const active = deepActiveElement(doc);
    if (active) {
      const composer = this.attachTo(active);
      if (resumed) composer?.trust();
    }
    this.scan();
    // The on-device deep check answers later, from the background (nothing runs here).
    this.cleanups.push(onDeepResult((r) => {
      for (const c of this.composers.values()) if (c.id === r.composerId) c.deepChecked(r.seq, r.findings);
    }));
  }

  private get overlay(): Overlay {
    this.ensureUi();
    return this.overlayInstance!;
  }

  private get card(): Card {
    this.ensureUi();
    return this.cardInstance!;
  }

  private ensureUi(): UiHost {
    if (this.ui) return this.ui;
    const ui = (this.ui = uiHost(this.doc));
    this.overlayInstance = new Overlay(ui, () => this.composers.values(), {
      badge: (c, anchor) => this.openCard(c, null, anchor, true),
      hover: (hit, x, y) => this.hovered(hit, x, y),
      drawn: () => {},
    });
    this.cardInstance = new Card(ui.root, {
      apply: (item) => void this.applyFix(item),
      select: (item) => {
        if (this.cardComposer && item.span) selectSpan(this.cardComposer, item.span);
        this.card.close();
      },
      closed: (byKeyboard) => {
        if (byKeyboard && this.cardComposer) this.restoreCaret(this.cardComposer);
        this.cardComposer = null;
      },
    });
    return ui;
  }

  /** The checked compose box that `target` is in (for the pre-publish review). */
  composerFor(target: Element): Composer | undefined {
    for (const [el, c] of this.composers) if (el === target || el.contains(target)) return c;
    return undefined;
  }

  /** Every compose box being checked (for the pre-publish review). */
  allComposers(): Composer[] {
    return [...this.composers.values()];
  }

  /** Our closed shadow root, once something was shown (null before: nothing of ours is in the page). */
  get uiRoot(): ShadowRoot | null {
    return this.ui?.root ?? null;
  }

  destroy(): void {
    clearTimeout(this.scanTimer);
    clearTimeout(this.hoverTimer);
    this.watchTimer.cancel();
    this.pageObserver.disconnect();
    this.resizeObserver.disconnect();
    for (const c of this.cleanups) c();
    for (const c of this.composers.values()) c.dispose(true);
    this.composers.clear();
    this.wantKeys();
    this.ui?.destroy();
  }

  private listen(target: EventTarget, type: string, fn: (e: Event) => void, opts: AddEventListenerOptions): void {
    target.addEventListener(type, fn, opts);
    this.cleanups.push(() => target.removeEventListener(type, fn, opts));
  }

  private scrolled(e: Event): void {
    this.overlayInstance?.request();
    // A card opened by hovering does not follow its words around: close it (scrolling inside the card is ours).
    if (this.cardInstance?.isOpen && this.cardFromHover && !isOurHost(e.target)) this.cardInstance.close();
  }

  private forgetAll(): void {
    for (const [el, c] of this.composers) {
      this.resizeObserver.unobserve(el);
      this.overlayInstance?.forget(c);
      c.dispose(true);
    }
    this.composers.clear();
    this.wantKeys();
    this.cardInstance?.close();
  }

  private pointerDown(e: PointerEvent): void {
    if (this.cardInstance?.isOpen && !isOurHost(e.target)) this.cardInstance.close();
    if (!e.isTrusted) return;
    // A touch on a badge (which answers hit tests only under a hovering mouse) opens its card.
    const badge = this.overlayInstance?.badgeAt(e.clientX, e.clientY);
    if (badge && e.pointerType !== 'mouse') {
      this.openCard(badge.composer, null, badge.rect, true);
      return;
    }
    // The member pressed into a compose box (it is attached on focus, which comes after): that is their input.
    const target = e.composedPath()[0];
    if (target instanceof Element) this.attachTo(target)?.trust();
  }

  private focused(e: Event): void {
    const target = e.composedPath()[0];
    if (target instanceof Element) this.attachTo(target);
  }

  private attachTo(target: Element): Composer | undefined {
    const el = composerFor(target, this.adapter);
    if (!el) return undefined;
    let c = this.composers.get(el);
    if (!c) {
      // No page UI yet: it is made when a composer first has something to show.
      c = new Composer(modelFor(el, () => this.ensureUi().root), this.site, () => this.updated(), TRANSPORT, this.typing);
      this.composers.set(el, c);
      this.resizeObserver.observe(el);
      // Attached images are checked beside the text, never in its way; stopped with the composer.
      const composer = c;
      const images = connectImageChecks(el, c.id, { onPending: (n) => composer.imagesPending(n), onFindings: (f) => composer.imagesChecked(f) }, (m) => browser.runtime.sendMessage(m));
      c.own(() => images.stop());
    }
    return c;
  }

  /** A composer's text or findings changed (typing in a quiet one calls nothing). */
  private updated(): void {
    // Nothing is added to the page until some composer has something to show.
    if (this.overlayInstance || [...this.composers.values()].some((c) => !c.quiet)) this.overlay.request();
    this.wantKeys();
  }

  /** Turns the key listeners (ours here, the pre-publish review's) on while some compose box shows something. */
  private wantKeys(): void {
    let on = false;
    for (const c of this.composers.values()) if (!c.quiet) on = true;
    if (on !== this.keysOn) {
      this.keysOn = on;
      const win = this.doc.defaultView!;
      if (on) win.addEventListener('keydown', this.onKeydown, { capture: true });
      else win.removeEventListener('keydown', this.onKeydown, { capture: true });
    }
    setKeysWanted(on);
  }

  private pageChanged(records: MutationRecord[]): void {
    // The editors' own edits are the composers' business (they redraw themselves).
    if (!records.length || this.insideComposers(records)) return;
    this.scheduleScan();
    // Content added above a compose box moves it without a scroll or resize: redraw (once per frame at most).
    if (this.composers.size) this.overlayInstance?.request();
  }

  private watchPage(): void {
    this.pageObserver.observe(this.doc.documentElement, { childList: true, subtree: true });
    this.pageWatched = true;
  }

  /**
   * A compose box was edited: the page watch goes off until typing stops (then a
   * scan catches up with boxes that came or went), so a keystroke calls one
   * callback of ours, not one more for the editor's re-rendering.
   */
  private readonly typing = (): void => {
    if (this.pageWatched) {
      this.pageChanged(this.pageObserver.takeRecords());
      this.pageObserver.disconnect();
      this.pageWatched = false;
    }
    this.watchTimer.poke();
  };

  /** True when every change is inside a known compose box (an edit, not a box coming or going). */
  private insideComposers(records: MutationRecord[]): boolean {
    if (!this.composers.size) return false;
    for (const r of records) {
      let inside = false;
      for (const el of this.composers.keys()) {
        if (el.contains(r.target)) {
          inside = true;
          break;
        }
      }
      if (!inside) return false;
    }
    return true;
  }

  /** At most one scan per SCAN_INTERVAL_MS however busy the page is (a debounce would starve on busy pages). */
  private scheduleScan(): void {
    this.scanTimer ??= setTimeout(() => {
      this.scanTimer = undefined;
      this.scan();
    }, SCAN_INTERVAL_MS);
  }

  /** Drops removed compose boxes; attaches boxes that already hold text (restored drafts). */
  private scan(): void {
    for (const [el, c] of this.composers) {
      if (!el.isConnected) {
        this.composers.delete(el);
        this.resizeObserver.unobserve(el);
        this.overlayInstance?.forget(c);
        if (this.cardComposer === c) this.cardInstance?.close();
        c.dispose(true);
      }
    }
    this.wantKeys();
    for (const el of findComposers(this.doc, this.adapter)) {
      if (!this.composers.has(el) && (el.localName === 'textarea' ? (el as HTMLTextAreaElement).value : el.textContent)?.trim()) this.attachTo(el);
    }
    this.overlayInstance?.request();
  }

  private hovered(hit: Hit | null, x: number, y: number): void {
    if (hit) {
      clearTimeout(this.hoverTimer);
      this.hoverTimer = undefined;
      const current = this.card.current;
      if (this.card.isOpen && !this.cardFromHover) return; // a keyboard-opened card stays until closed
      if (current?.span && current.span.start === hit.span.start && current.finding === hit.span.finding) return;
      this.openCard(hit.composer, hit, hit.rects[hit.rects.length - 1]!, false);
      this.cardFromHover = true;
      return;
    }
    if (!this.card.isOpen || !this.cardFromHover || this.card.contains(x, y)) {
      clearTimeout(this.hoverTimer);
      this.hoverTimer = undefined;
      return;
    }
    this.hoverTimer ??= setTimeout(() => {
      this.hoverTimer = undefined;
      if (this.cardFromHover) this.card.close();
    }, HOVER_CLOSE_MS);
  }

  /** Opens the card on one underlined span, or on all of a composer's findings (badge, shortcut). */
  private openCard(composer: Composer, hit: Hit | null, anchor: DOMRect, focus: boolean): void {
    const spans = composer.visibleSpans();
    const items: CardItem[] = [];
    for (const finding of composer.currentFindings()) {
      const span = spans.find((s) => s.finding === finding);
      items.push(span ? { finding, span: { start: span.start, end: span.end } } : { finding });
    }
    if (!items.length) return;
    const index = hit ? Math.max(0, items.findIndex((i) => i.finding === hit.span.finding)) : 0;
    if (hit) items[index] = { finding: hit.span.finding, span: { start: hit.span.start, end: hit.span.end } };
    this.cardComposer = composer;
    this.cardFromHover = !focus;
    if (focus) this.saveCaret(composer);
    this.card.open(items, index, anchor, focus, keepClearFor(composer, siteForHost(this.site) ?? undefined));
  }

  private saveCaret(composer: Composer): void {
    const el = composer.element;
    if (el.localName === 'textarea') {
      const ta = el as HTMLTextAreaElement;
      this.savedCaret = { start: ta.selectionStart, end: ta.selectionEnd };
      return;
    }
    const sel = this.doc.getSelection();
    const range = sel && sel.rangeCount ? sel.getRangeAt(0) : null;
    this.savedCaret = range && el.contains(range.startContainer) ? range.cloneRange() : null;
  }

  private restoreCaret(composer: Composer): void {
    const el = composer.element;
    el.focus({ preventScroll: true });
    const saved = this.savedCaret;
    this.savedCaret = null;
    if (!saved) return;
    if ('start' in saved) (el as HTMLTextAreaElement).setSelectionRange(saved.start, saved.end);
    else if (saved.startContainer.isConnected) {
      const sel = this.doc.getSelection();
      sel?.removeAllRanges();
      sel?.addRange(saved);
    }
  }

  private keydown(e: KeyboardEvent): void {
    if (!e.isTrusted) return;
    if (e.key.toLowerCase() !== SHORTCUT.key || e.altKey !== SHORTCUT.alt || e.shiftKey !== SHORTCUT.shift || e.ctrlKey || e.metaKey) return;
    const active = deepActiveElement(this.doc);
    const composer = active ? this.composerFor(active) : undefined;
    if (!composer || !composer.currentFindings().length) return;
    e.preventDefault();
    e.stopPropagation();
    const box = composer.element.getBoundingClientRect();
    this.openCard(composer, null, new DOMRect(box.left, box.bottom, 0, 0), true);
  }

  private async applyFix(item: CardItem): Promise<void> {
    const composer = this.cardComposer;
    const replacement = item.finding.suggestion.replacement;
    if (!composer || !item.span || replacement === undefined) return;
    this.card.close();
    const ok = await applyReplacement(composer, item.span, replacement);
    // The member chose this fix: the text it wrote is theirs, checked like their typing
    // (its paste or insertText events are script-made, so they give no credit of their own).
    if (ok) composer.trust();
    // If the editor refused the edit, leave the words selected so the member can retype them.
    else selectSpan(composer, item.span);
  }
}
