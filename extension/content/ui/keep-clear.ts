// What the card must leave visible, measured when it opens: the visible part
// of the viewport (inside every same-origin frame around us, and above an
// on-screen keyboard), the compose box, the line with the caret, and the
// site's Post button. Reads layout only; never writes to the page.
import type { SiteId } from '../../../src/settings/schema';
import type { Composer } from '../composer';
import { composedParent, findSubmitControl, relatedComposers } from '../review/find-submit';
import { submitKnowledgeFor } from '../review/submit-controls';
import type { Box } from './placement';

const BUTTONISH = 'button, [role="button"], input[type="submit"]';
/** How far up from the box to look for its Post button when placing the card (X's sits ~7–11 levels up). */
const POST_SEARCH_LEVELS = 16;

function box(r: DOMRect): Box {
  return { left: r.left, top: r.top, width: r.width, height: r.height };
}

function intersect(a: Box, b: Box): Box {
  const left = Math.max(a.left, b.left);
  const top = Math.max(a.top, b.top);
  const right = Math.min(a.left + a.width, b.left + b.width);
  const bottom = Math.min(a.top + a.height, b.top + b.height);
  return { left, top, width: Math.max(0, right - left), height: Math.max(0, bottom - top) };
}

/**
 * The part of this window's viewport a person can see, in its own viewport
 * coordinates: the visual viewport (an on-screen keyboard shrinks it), cut
 * down by every frame around it that we may look into.
 */
export function visibleView(win: Window): Box {
  const vv = win.visualViewport;
  let view: Box = vv ? { left: vv.offsetLeft, top: vv.offsetTop, width: vv.width, height: vv.height } : { left: 0, top: 0, width: win.innerWidth, height: win.innerHeight };
  let w: Window = win;
  let dx = 0;
  let dy = 0;
  for (let depth = 0; depth < 8; depth++) {
    let frame: Element | null = null;
    try {
      frame = w.frameElement;
    } catch {
      frame = null; // a cross-origin parent: its clipping is unknown to us
    }
    if (!frame || w.parent === w) break;
    const r = frame.getBoundingClientRect();
    dx += r.left + frame.clientLeft;
    dy += r.top + frame.clientTop;
    w = w.parent;
    const pv = w.visualViewport;
    const parentView = pv ? { left: pv.offsetLeft, top: pv.offsetTop, width: pv.width, height: pv.height } : { left: 0, top: 0, width: w.innerWidth, height: w.innerHeight };
    view = intersect(view, { left: parentView.left - dx, top: parentView.top - dy, width: parentView.width, height: parentView.height });
  }
  return view.width > 0 && view.height > 0 ? view : { left: 0, top: 0, width: win.innerWidth, height: win.innerHeight };
}

/** The line the caret is on, across the compose box's width. */
function caretLine(composer: Composer): Box | null {
  const el = composer.element;
  const area = el.getBoundingClientRect();
  let r: DOMRect | undefined;
  if (el.localName === 'textarea' || el.localName === 'input') {
    const at = (el as HTMLTextAreaElement).selectionEnd ?? 0;
    composer.refresh();
    r = composer.model.rectsFor(Math.max(0, at - 1), Math.max(1, at)).at(-1);
  } else {
    const root = el.getRootNode() as Document | (ShadowRoot & { getSelection?: () => Selection | null });
    const sel = (typeof root.getSelection === 'function' ? root.getSelection() : null) ?? el.ownerDocument.getSelection();
    const range = sel && sel.rangeCount ? sel.getRangeAt(0) : null;
    if (range && el.contains(range.endContainer)) {
      const rects = range.getClientRects();
      r = rects.length ? rects[rects.length - 1] : range.getBoundingClientRect();
      if (r && r.height === 0 && range.endContainer instanceof Element) r = range.endContainer.getBoundingClientRect();
    }
  }
  if (!r || (r.width === 0 && r.height === 0)) return null;
  return { left: area.left, top: r.top, width: area.width, height: Math.max(r.height, 16) };
}

/** The site's Post (Reply, Send…) button for this compose box, if one is on screen near it. */
function postButton(composer: Composer, site: SiteId | undefined): Box | null {
  const knowledge = submitKnowledgeFor(site);
  const selector = [BUTTONISH, ...knowledge.controls].join(',');
  let n: Node | null = composer.element;
  for (let level = 0; n && level <= POST_SEARCH_LEVELS; n = composedParent(n), level++) {
    if (!(n instanceof Element)) continue;
    for (const candidate of n.querySelectorAll(selector)) {
      const control = findSubmitControl([candidate], knowledge);
      if (!control || relatedComposers(control, [composer]).length === 0) continue;
      const r = candidate.getBoundingClientRect();
      if (r.width > 0 && r.height > 0) return box(r);
    }
  }
  return null;
}

/**
 * What to keep clear, most to least: the compose box with its Post button and
 * caret line; then only the caret line and the Post button; then only the
 * caret line. (The words the card is about are always kept clear.)
 */
export function keepClearFor(composer: Composer, site: SiteId | undefined): Box[][] {
  const area = box(composer.element.getBoundingClientRect());
  const caret = caretLine(composer);
  const post = postButton(composer, site);
  const must = [caret, post].filter((b): b is Box => b !== null);
  return [[area, ...must], must, caret ? [caret] : []];
}
