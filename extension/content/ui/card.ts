// The card explaining one finding: clause, one-line message, the order's
// words, the exceptions as questions (public concern shown first and set
// apart), the suggestion and — when the engine gives replacement text — a
// one-click fix. Lives in the top layer (popover API) inside our closed
// shadow root, so the site's z-index never hides it.
import type { Finding } from '../../../src/messages/schemas';
import type { Span } from '../spans';
import { clauseTitle } from './clause-title';
import { visibleView } from './keep-clear';
import { placeCard, SHEET_BELOW, type Box } from './placement';

export interface CardItem {
  finding: Finding;
  /** The underlined span the card is about (current text offsets), if any. */
  span?: Span;
}

export interface CardActions {
  apply(item: CardItem): void;
  select(item: CardItem): void;
  /** The card closed; `byKeyboard` asks to give focus back to the compose box. */
  closed(byKeyboard: boolean): void;
}

const SEVERITY_LABEL: Record<Finding['severity'], string> = { high: 'Warning', medium: 'Caution', info: 'Note' };
const PUBLIC_CONCERN = /public[- ]concern/i;

function h<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]) {
  const el = Object.assign(doc.createElement(tag), props);
  el.append(...children);
  return el;
}

export class Card {
  private readonly el: HTMLElement;
  private items: CardItem[] = [];
  private index = 0;
  private openState = false;

  constructor(
    root: ShadowRoot,
    private readonly actions: CardActions,
  ) {
    const doc = root.ownerDocument ?? document;
    this.el = h(doc, 'div', { className: 'card', tabIndex: -1 });
    this.el.setAttribute('popover', 'manual');
    this.el.setAttribute('role', 'dialog');
    this.el.setAttribute('aria-label', 'Second Look');
    // Our clicks and keys never reach the site's handlers (forms, shortcuts).
    for (const type of ['click', 'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'keyup', 'keypress', 'input', 'focusin', 'focusout']) {
      this.el.addEventListener(type, (e) => e.stopPropagation());
    }
    this.el.addEventListener('keydown', (e) => {
      e.stopPropagation();
      if (e.key === 'Escape') this.close(true);
      else if (e.key === 'ArrowRight' && this.items.length > 1) this.show(this.index + 1, true);
      else if (e.key === 'ArrowLeft' && this.items.length > 1) this.show(this.index - 1, true);
    });
    root.append(this.el);
  }

  get isOpen(): boolean {
    return this.openState;
  }

  /** The finding shown now (for tests of what the card says, and for the overlay). */
  get current(): CardItem | undefined {
    return this.openState ? this.items[this.index] : undefined;
  }

  contains(x: number, y: number): boolean {
    if (!this.openState) return false;
    const r = this.el.getBoundingClientRect();
    return x >= r.left - 4 && x <= r.right + 4 && y >= r.top - 8 && y <= r.bottom + 4;
  }

  /** `keepClear`: what should stay visible, most to least (see placement.ts). */
  open(items: CardItem[], index: number, anchor: DOMRect, focus: boolean, keepClear: Box[][] = []): void {
    this.items = items;
    this.anchor = anchor;
    this.keepClear = keepClear;
    if (!this.openState) {
      this.el.showPopover();
      this.openState = true;
    }
    this.show(index, focus);
  }

  private anchor: DOMRect = new DOMRect();
  private keepClear: Box[][] = [];

  private show(index: number, focus: boolean): void {
    const n = this.items.length;
    this.index = ((index % n) + n) % n;
    this.render();
    this.place();
    if (focus) this.el.focus({ preventScroll: true });
  }

  close(byKeyboard = false): void {
    if (!this.openState) return;
    this.openState = false;
    this.el.hidePopover();
    this.actions.closed(byKeyboard);
  }

  /** Next to the words, inside the visible viewport, clear of the compose box and Post button where it can be (placement.ts). */
  private place(): void {
    const s = this.el.style;
    const win = this.el.ownerDocument.defaultView ?? window;
    const view = visibleView(win);
    // Measure at the natural size for this width: a sheet spans the view.
    const narrow = view.width < SHEET_BELOW;
    this.el.classList.toggle('sheet', narrow);
    s.maxHeight = 'none';
    s.width = narrow ? `${view.width}px` : '';
    const natural = this.el.getBoundingClientRect();
    const a = this.anchor;
    const p = placeCard({ width: natural.width, height: natural.height }, { left: a.left, top: a.top, width: a.width, height: a.height }, this.keepClear, view);
    this.el.classList.toggle('top', p.sheet === 'top');
    s.maxHeight = `${Math.floor(p.maxHeight)}px`;
    s.left = `${p.left}px`;
    s.top = `${p.top}px`;
  }

  private render(): void {
    const doc = this.el.ownerDocument;
    const item = this.items[this.index]!;
    const f = item.finding;
    const body: Node[] = [];
    const head = h(doc, 'div', { className: 'head' },
      h(doc, 'span', { className: `sev ${f.severity}` }, SEVERITY_LABEL[f.severity]),
      h(doc, 'h2', {}, clauseTitle(f.clause)));
    if (this.items.length > 1) head.append(h(doc, 'span', { className: 'nav' }, `${this.index + 1} of ${this.items.length}`));
    body.push(head, h(doc, 'p', { className: 'msg' }, f.message));
    if (f.downgradedBy) body.push(h(doc, 'p', { className: 'note' }, `Lowered because: ${clauseTitle(f.downgradedBy)}.`));
    // What to do comes before why: with little room (a small frame, a phone) it is what shows.
    body.push(h(doc, 'div', { className: 'label' }, 'Suggestion'), h(doc, 'p', { className: 'sugg' }, f.suggestion.advice));
    body.push(h(doc, 'div', { className: 'label' }, 'The order says'), h(doc, 'blockquote', {}, `“${f.why}”`));
    if (f.exceptions.length) {
      // Speech on matters of public concern is protected: list it first and mark it.
      const sorted = [...f.exceptions].sort((a, b) => Number(PUBLIC_CONCERN.test(b.id)) - Number(PUBLIC_CONCERN.test(a.id)));
      const list = h(doc, 'ul');
      for (const e of sorted) {
        const pc = PUBLIC_CONCERN.test(e.id);
        const li = h(doc, 'li', { className: pc ? 'pc' : '' });
        if (pc) li.append(h(doc, 'strong', {}, 'Protected speech: '));
        li.append(e.question);
        list.append(li);
      }
      body.push(h(doc, 'div', { className: 'label' }, 'Could an exception apply?'), list);
    }
    body.push(h(doc, 'p', { className: 'note' }, 'Advice only — Second Look never blocks your post.'));
    const actions = h(doc, 'div', { className: 'actions' });
    const replacement = f.suggestion.replacement;
    if (replacement !== undefined && item.span) {
      const fix = h(doc, 'button', { type: 'button', className: 'primary' }, replacement ? `Replace with “${replacement}”` : 'Remove these words');
      fix.addEventListener('click', () => this.actions.apply(item));
      actions.append(fix);
    }
    if (item.span) {
      const sel = h(doc, 'button', { type: 'button' }, 'Select the words');
      sel.addEventListener('click', () => this.actions.select(item));
      actions.append(sel);
    }
    if (this.items.length > 1) {
      const next = h(doc, 'button', { type: 'button' }, 'Next');
      next.setAttribute('aria-label', 'Next finding');
      next.addEventListener('click', () => this.show(this.index + 1, true));
      actions.append(next);
    }
    const close = h(doc, 'button', { type: 'button' }, 'Close');
    close.addEventListener('click', () => this.close(true));
    actions.append(close);
    // The body scrolls when room is short; the buttons below it always show.
    this.el.replaceChildren(h(doc, 'div', { className: 'body' }, ...body), actions);
  }
}
