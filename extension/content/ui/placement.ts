// Where the card goes. Pure geometry, so it is unit-tested without a browser.
// The card must fit inside the visible viewport (a frame's visible part when
// the compose box is in an iframe) and leave clear what the member is using:
// ideally the whole compose box and the site's Post button, at least the
// line being typed. On a narrow screen it is a sheet along the bottom (or the
// top, when the compose box sits low) spanning the width.

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface Placement {
  left: number;
  top: number;
  /** Set for a sheet (the full visible width). */
  width?: number;
  /** The card scrolls its body (its buttons stay visible) when this is below its natural height. */
  maxHeight: number;
  sheet: 'bottom' | 'top' | null;
}

/** Below this width the card is a sheet (phones, narrow windows). */
export const SHEET_BELOW = 600;
const MARGIN = 8;
const GAP = 6;
/** Less room than this (or than the card needs) and the next, smaller set of things to keep clear is tried. */
const MIN_ROOM = 220;

interface Candidate {
  left: number;
  top: number;
  room: number;
  sheet: Placement['sheet'];
  /** Grows upwards from `top` (its bottom edge is fixed). */
  up: boolean;
}

function union(boxes: readonly Box[]): Box {
  const left = Math.min(...boxes.map((b) => b.left));
  const top = Math.min(...boxes.map((b) => b.top));
  const right = Math.max(...boxes.map((b) => b.left + b.width));
  const bottom = Math.max(...boxes.map((b) => b.top + b.height));
  return { left, top, width: right - left, height: bottom - top };
}

function clamp(v: number, lo: number, hi: number): number {
  return Math.max(lo, Math.min(v, hi));
}

/** Only the parts inside the view count (a long compose box may run off-screen). */
function clip(b: Box, view: Box): Box | null {
  const left = Math.max(b.left, view.left);
  const top = Math.max(b.top, view.top);
  const right = Math.min(b.left + b.width, view.left + view.width);
  const bottom = Math.min(b.top + b.height, view.top + view.height);
  return right > left && bottom > top ? { left, top, width: right - left, height: bottom - top } : null;
}

function candidates(size: { width: number; height: number }, anchor: Box, keep: Box, view: Box, narrow: boolean): Candidate[] {
  const vRight = view.left + view.width;
  const vBottom = view.top + view.height;
  const keepBottom = keep.top + keep.height;
  if (narrow) {
    return [
      { left: view.left, top: keepBottom + GAP, room: vBottom - keepBottom - GAP, sheet: 'bottom', up: false },
      { left: view.left, top: keep.top - GAP, room: keep.top - GAP - view.top, sheet: 'top', up: true },
    ];
  }
  const left = clamp(anchor.left, view.left + MARGIN, vRight - size.width - MARGIN);
  const sideRoom = view.height - 2 * MARGIN;
  const sideTop = clamp(anchor.top, view.top + MARGIN, vBottom - Math.min(size.height, sideRoom) - MARGIN);
  const out: Candidate[] = [
    { left, top: keepBottom + GAP, room: vBottom - MARGIN - keepBottom - GAP, sheet: null, up: false },
    { left, top: keep.top - GAP, room: keep.top - GAP - view.top - MARGIN, sheet: null, up: true },
  ];
  if (vRight - MARGIN - (keep.left + keep.width + GAP) >= size.width) {
    out.push({ left: keep.left + keep.width + GAP, top: sideTop, room: sideRoom, sheet: null, up: false });
  }
  if (keep.left - GAP - size.width >= view.left + MARGIN) {
    out.push({ left: keep.left - GAP - size.width, top: sideTop, room: sideRoom, sheet: null, up: false });
  }
  return out;
}

function toPlacement(c: Candidate, size: { width: number; height: number }, view: Box): Placement {
  const height = Math.min(size.height, c.room);
  // A sheet hugs its edge of the view; a card hugs the words.
  const top = c.sheet === 'bottom' ? view.top + view.height - height : c.sheet === 'top' ? view.top : c.up ? c.top - height : c.top;
  return { left: c.left, top, maxHeight: Math.max(0, c.room), sheet: c.sheet, ...(c.sheet ? { width: view.width } : {}) };
}

/**
 * Places a card of natural `size` next to `anchor` (the words it is about).
 * `keepClear` lists sets of boxes from the most to the least that should stay
 * visible; the first set that leaves enough room wins. Last resort: inside
 * the view, over whatever is there.
 */
export function placeCard(size: { width: number; height: number }, anchor: Box, keepClear: readonly (readonly Box[])[], view: Box): Placement {
  const narrow = view.width < SHEET_BELOW;
  const sized = narrow ? { width: view.width, height: size.height } : size;
  const need = Math.min(sized.height, MIN_ROOM);
  for (const set of keepClear) {
    const inView = [anchor, ...set].map((b) => clip(b, view)).filter((b): b is Box => b !== null);
    if (!inView.length) continue;
    const keep = union(inView);
    const options = candidates(sized, anchor, keep, view, narrow);
    // Whole card first, in order of preference; else the roomiest, if roomy enough.
    const whole = options.find((c) => c.room >= sized.height);
    if (whole) return toPlacement(whole, sized, view);
    const roomiest = options.reduce((a, b) => (b.room > a.room ? b : a));
    if (roomiest.room >= need) return toPlacement(roomiest, sized, view);
  }
  // Nothing can stay clear (a tiny frame): fit the view.
  const height = Math.min(sized.height, view.height - (narrow ? 0 : 2 * MARGIN));
  if (narrow) return { left: view.left, top: view.top + view.height - height, width: view.width, maxHeight: height, sheet: 'bottom' };
  return {
    left: clamp(anchor.left, view.left + MARGIN, view.left + view.width - sized.width - MARGIN),
    top: view.top + MARGIN,
    maxHeight: height,
    sheet: null,
  };
}
