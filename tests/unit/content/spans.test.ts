import { describe, expect, it } from 'vitest';
import { diffOnce, shiftSpan } from '../../../extension/content/spans';

describe('diffOnce', () => {
  it('finds a single insertion, deletion and replacement', () => {
    expect(diffOnce('hello world', 'hello big world')).toEqual({ prefix: 6, removed: 0, inserted: 4 });
    expect(diffOnce('hello big world', 'hello world')).toEqual({ prefix: 6, removed: 4, inserted: 0 });
    expect(diffOnce('abcXdef', 'abcYYdef')).toEqual({ prefix: 3, removed: 1, inserted: 2 });
    expect(diffOnce('same', 'same')).toEqual({ prefix: 4, removed: 0, inserted: 0 });
  });
  it('never lets prefix and suffix overlap on repeated letters', () => {
    const e = diffOnce('aaa', 'aaaa');
    expect(e.removed).toBe(0);
    expect(e.inserted).toBe(1);
  });
});

describe('shiftSpan', () => {
  const before = 'You are an idiot, sir';
  const idiot = { start: 11, end: 16 };
  it('keeps a span before the edit where it is', () => {
    expect(shiftSpan(idiot, before, before + ' and more')).toEqual(idiot);
  });
  it('moves a span after the edit by the edit length', () => {
    expect(shiftSpan(idiot, before, 'Hey! ' + before)).toEqual({ start: 16, end: 21 });
    expect(shiftSpan(idiot, before, before.slice(4))).toEqual({ start: 7, end: 12 });
  });
  it('drops a span the edit touched (the member is fixing it)', () => {
    expect(shiftSpan(idiot, before, 'You are an idot, sir')).toBeNull();
    expect(shiftSpan(idiot, before, 'You are a friend, sir')).toBeNull();
  });
  it('moves a span after an emoji by its two UTF-16 units', () => {
    expect(shiftSpan(idiot, before, '😀' + before)).toEqual({ start: 13, end: 18 });
  });
});
