import { describe, expect, test } from 'vitest';
import { placeCard, type Box } from '../../../extension/content/ui/placement';

const overlaps = (a: Box, b: Box) => a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;

function boxOf(p: ReturnType<typeof placeCard>, size: { width: number; height: number }): Box {
  return { left: p.left, top: p.top, width: p.width ?? size.width, height: Math.min(size.height, p.maxHeight) };
}

function inside(b: Box, view: Box): boolean {
  return b.left >= view.left && b.top >= view.top && b.left + b.width <= view.left + view.width + 0.01 && b.top + b.height <= view.top + view.height + 0.01;
}

const DESKTOP: Box = { left: 0, top: 0, width: 1100, height: 760 };
const SIZE = { width: 400, height: 500 };
const composer: Box = { left: 157, top: 118, width: 514, height: 108 };
const words: Box = { left: 170, top: 130, width: 280, height: 22 };
const caret: Box = { left: 157, top: 152, width: 514, height: 22 };
const post: Box = { left: 595, top: 251, width: 76, height: 35 };

describe('placeCard', () => {
  test('desktop: the whole card below the compose box and its Post button', () => {
    const p = placeCard(SIZE, words, [[composer, caret, post], [caret, post], [caret]], DESKTOP);
    const b = boxOf(p, SIZE);
    expect(inside(b, DESKTOP)).toBe(true);
    for (const keep of [composer, caret, post, words]) expect(overlaps(b, keep)).toBe(false);
    expect(p.sheet).toBeNull();
  });

  test('short window: beside the compose box, shorter than the window, nothing covered', () => {
    const view = { left: 0, top: 0, width: 1100, height: 420 };
    const p = placeCard(SIZE, words, [[composer, caret, post], [caret, post], [caret]], view);
    const b = boxOf(p, SIZE);
    expect(inside(b, view)).toBe(true);
    for (const keep of [composer, caret, post, words]) expect(overlaps(b, keep)).toBe(false);
  });

  test('small frame with no room around the compose box: the caret line still shows', () => {
    const view = { left: 0, top: 0, width: 560, height: 300 };
    const big = { left: 10, top: 10, width: 540, height: 280 };
    const line = { left: 10, top: 40, width: 540, height: 20 };
    const w = { left: 20, top: 40, width: 100, height: 20 };
    const p = placeCard({ width: 400, height: 500 }, w, [[big, line], [line], [line]], view);
    const b = boxOf(p, { width: 400, height: 500 });
    expect(inside(b, view)).toBe(true);
    expect(overlaps(b, line)).toBe(false);
    expect(b.height).toBeGreaterThanOrEqual(220);
  });

  test('phone: a full-width sheet at the bottom, clear of the draft and Post', () => {
    const view = { left: 0, top: 0, width: 390, height: 844 };
    const c = { left: 80, top: 108, width: 283, height: 108 };
    const pb = { left: 287, top: 241, width: 76, height: 35 };
    const p = placeCard({ width: 390, height: 560 }, { left: 90, top: 120, width: 200, height: 40 }, [[c, pb], [pb], []], view);
    expect(p.sheet).toBe('bottom');
    expect(p.left).toBe(0);
    expect(p.width).toBe(390);
    const b = boxOf(p, { width: 390, height: 560 });
    expect(b.top + b.height).toBe(844);
    for (const keep of [c, pb]) expect(overlaps(b, keep)).toBe(false);
  });

  test('phone with the compose box docked at the bottom (a reply bar): the sheet goes on top', () => {
    const view = { left: 0, top: 0, width: 390, height: 600 };
    const bar = { left: 0, top: 540, width: 390, height: 60 };
    const p = placeCard({ width: 390, height: 400 }, { left: 10, top: 550, width: 100, height: 20 }, [[bar], [bar], []], view);
    expect(p.sheet).toBe('top');
    expect(overlaps(boxOf(p, { width: 390, height: 400 }), bar)).toBe(false);
  });

  test('a viewport cut by a frame: placed inside the visible part', () => {
    const view = { left: 0, top: 100, width: 800, height: 300 };
    const p = placeCard(SIZE, { left: 50, top: 150, width: 100, height: 20 }, [[{ left: 40, top: 140, width: 500, height: 60 }]], view);
    expect(inside(boxOf(p, SIZE), view)).toBe(true);
  });
});
