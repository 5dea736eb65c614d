import { describe, expect, it } from 'vitest';
import { requiredWords } from '../../../src/engine/prefilter';

const words = (source: string) => `(?<= )(?:${source})(?= )`;
/** Each alternative's word sets, sorted (which sets are kept, cheapest first, is the analyser's choice). */
const flat = (source: string) => requiredWords(words(source), 'g')?.map((alt) => alt.map((set) => [...set].sort()).sort()) ?? undefined;

describe('requiredWords', () => {
  it('finds whole words a match cannot do without', () => {
    const [alt] = flat('going to (?:hit|punch) (him|her)')!;
    expect(alt).toHaveLength(3);
    for (const set of alt!) expect([['going'], ['to'], ['hit', 'punch'], ['her', 'him']]).toContainEqual(set);
  });

  it('keeps the alternatives of one big alternation apart', () => {
    expect(flat('the (?:rat|rats) bastards|pigs')).toEqual([[['bastards'], ['rat', 'rats'], ['the']], [['pigs']]]);
  });

  it('adds an optional suffix to the word before it', () => {
    expect(flat('deserves? a beating')).toEqual([[['a'], ['beating'], ['deserve', 'deserves']]]);
    expect(flat('(?:idiot|moron)s? here')).toEqual([[['here'], ['idiot', 'idiots', 'moron', 'morons']]]);
  });

  it('does not count a word that may run on into other letters', () => {
    expect(flat('kill[a-z]*')).toBeUndefined();
    expect(flat('(?:[^ .]+ ){0,3}stupid[a-z]+ people')).toEqual([[['people']]]);
  });

  it('knows nothing when an alternative needs nothing', () => {
    expect(flat('idiot|(?:[a-z]+)')).toBeUndefined();
    expect(requiredWords('(?<= )idiot(?= )', 'gi')).toBeNull();
  });

  it('is never wrong: a draft without the words does not match', () => {
    const patterns = ['(?:all |every )?(cops?|officers?)(?: [^ .]+){0,4}? (?:are|r) (idiots?|morons?)', 'i(?:ll| will) (?:kill|shoot) (?:him|her|you)'];
    const drafts = [' all cops are idiots ', ' officer is a moron ', ' ill kill him . ', ' i will shoot you ', ' cops r morons lol '];
    for (const p of patterns) {
      const re = new RegExp(words(p), 'g');
      const needs = requiredWords(re.source, re.flags)!;
      for (const d of drafts) {
        const present = new Set(d.trim().split(' '));
        const may = needs.some((alt) => alt.every((set) => [...set].some((w) => present.has(w))));
        re.lastIndex = 0;
        if (re.test(d)) expect(may).toBe(true);
      }
    }
  });
});
