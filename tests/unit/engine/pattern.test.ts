// The typed pattern builder (src/engine/pattern.ts): each item compiles to the
// word-view source the engine has always used, spaces placed by the compiler.
import { describe, expect, it } from 'vitest';
import { words } from '../../../src/engine/match';
import { compile, compileAll } from '../../../src/engine/pattern';

const matches = (source: string, text: string) => [...` ${text} `.matchAll(words(source))].map((m) => m[0]);

describe('pattern builder', () => {
  it('compiles phrases, one-of lists, optional parts, gaps, repeats and captures', () => {
    expect(compile('bullet costs')).toBe('bullet costs');
    expect(compile([{ any: ['deserve', 'deserves'] }, 'a bullet'])).toBe('(?:deserve|deserves) a bullet');
    expect(compile(['enough left', { opt: ['of', { any: ['him', 'her'] }] }, 'for a trial'])).toBe('enough left(?: of (?:him|her))? for a trial');
    expect(compile([{ opt: 'the' }, 'trial'])).toBe('(?:the )?trial');
    expect(compile(['dead', { gap: 6 }, 'good riddance'])).toBe('dead(?: [^ .]+){0,6}? good riddance');
    expect(compile(['watch', { gap: [1, 5], word: 'letters' }, 'get'])).toBe('watch(?: [a-z]+){1,5}? get');
    expect(compile(['naked', { gap: 2, greedy: true }, 'pics'])).toBe('naked(?: [^ .]+){0,2} pics');
    expect(compile(['i', { repeat: { any: ['just', 'really'] }, max: 2 }, { cap: 'go' }])).toBe('i(?: (?:just|really)){0,2} (go)');
    expect(compile([{ sentenceStart: true }, 'no', { word: 'letters', suffix: 's' }])).toBe('(?<=(?:^ |\\. ))no [a-z]+s');
    expect(compile(['gas pedal', { opt: '.' }, 'problem solved'])).toBe('gas pedal(?: \\.)? problem solved');
  });

  it('resolves lexicon references, longest entry first, with a derived plural', () => {
    expect(compile(['kill', { lex: 'nouns', plural: true }], { nouns: ['guy', 'thug'] })).toBe('kill (?:thug|guy)s?');
    expect(() => compile([{ lex: 'missing' }])).toThrow(/no lexicon "missing"/);
  });

  it('a negative check looks at the words that follow', () => {
    const source = compile(['hang', { not: [{ opt: 'the' }, { any: ['lights', 'banner'] }] }, { gap: [1, 3] }, 'from the tree']);
    expect(matches(source, 'we hang the lights from the tree')).toEqual([]);
    expect(matches(source, 'we hang him from the tree')).toEqual(['hang him from the tree']);
  });

  it('joins several patterns in order and rejects sequences with nothing required', () => {
    expect(compileAll(['a b', ['c', { opt: 'd' }]])).toBe('(?:a b|c(?: d)?)');
    expect(() => compile([{ opt: 'maybe' }])).toThrow(/at least one word/);
    expect(() => compile(['x', { sentenceStart: true }])).toThrow(/must come first/);
  });
});
