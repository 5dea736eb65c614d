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
    // As a prefix the check also rules out longer words that begin with it.
    const stem = compile(['view is', { not: 'not', prefix: true }, { word: 'letters' }]);
    expect(stem).toBe('view is(?! not) [a-z]+');
    expect(matches(stem, 'the view is nothing new . the view is clear')).toEqual(['view is clear']);
    expect(matches(compile(['view is', { not: 'not' }, { word: 'letters' }]), 'the view is nothing')).toEqual(['view is nothing']);
  });

  it('word shapes: digits with a unit, letters and digits, a 24-hour time, a stem, a sentence end', () => {
    expect(compile([{ word: 'number', digits: [1, 2], suffix: ['am', 'pm'], optSuffix: true }, 'shift'])).toBe('\\d{1,2}(?:am|pm)? shift');
    expect(matches(compile([{ word: 'number', digits: [1, 2], suffix: ['a', 'p', 'am', 'pm'] }]), 'at 11pm or 7 or 123am')).toEqual(['11pm']);
    expect(compile(['at', { word: 'number', digits: 1 }])).toBe('at \\d');
    expect(compile([{ word: 'number', digits: 4 }])).toBe('\\d{4}');
    expect(compile([{ word: 'letters', suffix: 's', optSuffix: true }])).toBe('[a-z]+s?');
    expect(matches(compile(['on', { word: 'alnum' }, 'st']), 'on 5th st and on elm st')).toEqual(['on 5th st', 'on elm st']);
    expect(matches(compile([{ word: 'clock' }, 'to', { word: 'clock' }]), '2300 to 0700 and 2500 to 0700')).toEqual(['2300 to 0700']);
    expect(matches(compile(['every', { stem: ['mon', 'tue'] }]), 'every mondays and every tuesday and every month')).toEqual(['every mondays', 'every tuesday', 'every month']);
    expect(compile([{ sentenceStart: true }, 'idiot', { gap: 6, greedy: true }, { sentenceEnd: true }])).toBe('(?<=(?:^ |\\. ))idiot(?: [^ .]+){0,6}(?= \\.)');
    expect(matches(compile(['idiot', { gap: 3, greedy: true }, { sentenceEnd: true }]), 'what an idiot he is . ok')).toEqual(['idiot he is']);
    expect(() => compile([{ sentenceEnd: true }, 'x'])).toThrow(/must come last/);
    expect(() => compile([{ word: 'letters', digits: 2 }])).toThrow(/digits/);
    expect(() => compile([{ any: [] }])).toThrow(/empty one-of/);
  });

  it('gaps across sentence ends, of letters and digits, and lazy repeats with a check per word', () => {
    expect(compile(['them', { gap: 10, across: true }, 'animals'])).toBe('them(?: [^ ]+){0,10}? animals');
    expect(matches(compile(['them', { gap: 3, across: true }, 'animals']), 'them . just animals')).toEqual(['them . just animals']);
    expect(compile(['off', { gap: [1, 3], word: 'alnum', greedy: true }, 'st'])).toBe('off(?: [a-z0-9]+){1,3} st');
    const some = compile(['run', { repeat: [{ not: { any: ['a', 'an'] } }, { word: 'letters' }], max: 2, lazy: true }, 'media']);
    expect(some).toBe('run(?: (?!(?:a|an) )[a-z]+){0,2}? media');
    expect(matches(some, 'they run the news media and run a media')).toEqual(['run the news media']);
  });

  it('joins several patterns in order and rejects sequences with nothing required', () => {
    expect(compileAll(['a b', ['c', { opt: 'd' }]])).toBe('(?:a b|c(?: d)?)');
    expect(() => compile([{ opt: 'maybe' }])).toThrow(/at least one word/);
    expect(() => compile(['x', { sentenceStart: true }])).toThrow(/must come first/);
  });
});
