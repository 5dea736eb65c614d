// Matching helpers over the word view (see normalize.ts). Patterns are built
// from word lists as plain alternations with bounded gaps: no nested
// quantifiers, so matching stays linear on any input.
import { wordsToSource, type NormalizedText } from './normalize';
import { requiredWords } from './prefilter';
import PREFILTER_TABLE from '../policy/prefilter-table.json';
import type { Span } from './types';

export { alt } from './pattern';

/** Up to n whole words within one sentence. */
export const gap = (n: number) => `(?: [^ .]+){0,${n}}?`;

/** A word-view pattern: whole words only. */
export function words(source: string): RegExp {
  return new RegExp(`(?<= )(?:${source})(?= )`, 'g');
}

export interface WordMatch {
  /** Range in norm.words. */
  index: number;
  end: number;
  /** The matched word-view text. */
  text: string;
  span: Span;
  /** First token index covered. */
  tok: number;
  /** Capture groups (word view). */
  groups: (string | undefined)[];
}

/** Matches past this many per pattern are not reported (a pasted book should not cost more than its first pages). */
export const MAX_MATCHES = 100;

/** The first `max` items of an iterable (e.g. a regex's matchAll), so a crafted draft cannot make a rule report without bound. */
export function* capped<T>(items: Iterable<T>, max = MAX_MATCHES): Generator<T> {
  if (max <= 0) return;
  let n = 0;
  for (const item of items) {
    yield item;
    if (++n >= max) return;
  }
}

/**
 * Spans a detector already reported, kept sorted and non-overlapping: `claim`
 * finds a new span's neighbours by binary search, so checking n hits costs
 * O(n log n) instead of comparing each with every other.
 */
export class SpanIndex {
  private readonly spans: Span[] = [];

  /** Records `span` and returns true, unless it overlaps one already claimed. */
  claim(span: Span): boolean {
    const list = this.spans;
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid]!.start < span.start) lo = mid + 1;
      else hi = mid;
    }
    // Claimed spans never overlap, so their ends are sorted too: only the two neighbours can overlap.
    const before = list[lo - 1];
    const after = list[lo];
    if (before && before.end > span.start) return false;
    if (after && after.start < span.end) return false;
    list.splice(lo, 0, span);
    return true;
  }
}

// A pattern is compiled on its first use. V8 (Chrome's and Node's; Firefox
// shares its regexp compiler) first compiles to bytecode, which for the large
// word-list patterns costs several times more than compiling straight to
// machine code, then recompiles to machine code on the next use. A first run
// on a subject of 1,000+ characters goes straight to machine code. Large
// patterns are also skipped outright where the draft lacks the words they need.
const PRIMER = ' x'.repeat(600) + ' ';
const primed = new Set<string>();
const primedPatterns = new WeakSet<RegExp>();
const draftWords = new WeakMap<NormalizedText, Set<string>>();

/** Patterns shorter than this are compiled V8's default way (tiny ones cost little either way). */
const PRIME_FROM = 300;
/** Patterns shorter than this are always run: analysing them would cost more than it saves. */
const LARGE = 1000;

/** Compiles a large pattern to machine code on its first use (once per source). */
export function prime(re: RegExp): void {
  if (primedPatterns.has(re)) return;
  primedPatterns.add(re);
  if (re.source.length < PRIME_FROM) return;
  // Per source too: a pattern built again with the same source shares V8's compiled code.
  const key = `${re.flags}/${re.source}`;
  if (primed.has(key)) return;
  primed.add(key);
  const last = re.lastIndex;
  re.lastIndex = 0;
  re.exec(PRIMER);
  re.lastIndex = last;
}

/** A pattern's required words (prefilter.ts), with its alternatives indexed by the words of their first set. */
interface Needs {
  alts: Set<string>[][];
  byWord: Map<string, number[]>;
  words: number;
}
const needsBySource = new Map<string, Needs | null>();
const needsByPattern = new WeakMap<RegExp, Needs | null>();

/**
 * Required words worked out at build time (scripts/prefilter-table.ts), by a
 * hash of the pattern's flags and source; it lives with the packs because
 * most large patterns hold a pack's words: analysing the engine's patterns
 * costs a fresh background more than compiling them. A pattern missing from
 * the table (a pack's own words, a lexicon edited since) is analysed here.
 * Each word set is stored as one space-separated string (words hold no spaces).
 */
const TABLE: Record<string, string[][] | null> = PREFILTER_TABLE;

/** cyrb53: a 53-bit string hash, base 36 (collisions are as unlikely as in the 2^53 space). */
export function sourceKey(key: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < key.length; i++) {
    const ch = key.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/** Every large pattern the engine has checked a draft against in this process (for the table's script and its test). */
export const largePatterns = new Map<string, { flags: string; source: string }>();

function needsOf(re: RegExp): Needs | null {
  let needs = needsByPattern.get(re);
  if (needs !== undefined) return needs;
  if (re.source.length < LARGE) {
    needsByPattern.set(re, null);
    return null;
  }
  const key = `${re.flags}/${re.source}`;
  needs = needsBySource.get(key);
  if (needs !== undefined) {
    needsByPattern.set(re, needs);
    return needs;
  }
  largePatterns.set(key, { flags: re.flags, source: re.source });
  const stored = TABLE[sourceKey(key)];
  const alts = stored === undefined ? requiredWords(re.source, re.flags) : stored && stored.map((sets) => sets.map((words) => new Set(words.split(' '))));
  needs = null;
  if (alts) {
    const byWord = new Map<string, number[]>();
    alts.forEach((sets, i) => {
      for (const w of sets[0]!) {
        const list = byWord.get(w);
        if (!list) byWord.set(w, [i]);
        else if (list[list.length - 1] !== i) list.push(i);
      }
    });
    needs = { alts, byWord, words: byWord.size };
  }
  needsBySource.set(key, needs);
  needsByPattern.set(re, needs);
  return needs;
}

/** False when the draft lacks the words the pattern needs (see prefilter.ts): it cannot match there. */
export function mayMatch(norm: NormalizedText, re: RegExp): boolean {
  const needs = needsOf(re);
  if (!needs) return true;
  let present = draftWords.get(norm);
  if (!present) {
    present = new Set(norm.tokens.map((t) => t.key));
    present.add('.');
    draftWords.set(norm, present);
  }
  const holds = (i: number) => needs.alts[i]!.every((words, k) => k === 0 || meets(words, present));
  if (needs.alts.length === 1) return meets(needs.alts[0]![0]!, present) && holds(0);
  if (present.size < needs.words) {
    for (const w of present) for (const i of needs.byWord.get(w) ?? []) if (holds(i)) return true;
    return false;
  }
  for (let i = 0; i < needs.alts.length; i++) if (meets(needs.alts[i]![0]!, present) && holds(i)) return true;
  return false;
}

function meets(words: Set<string>, present: Set<string>): boolean {
  const [small, large] = words.size < present.size ? [words, present] : [present, words];
  for (const w of small) if (large.has(w)) return true;
  return false;
}

/** Token index of a match's last word (a match may end on the space after it). */
export function lastToken(norm: NormalizedText, m: { index: number; end: number }): number {
  let k = m.end - 1;
  while (k > m.index && norm.wordTok[k]! < 0) k--;
  return norm.wordTok[k]!;
}

/** All matches of a word-view pattern (up to MAX_MATCHES), with the original span they cover. */
export function findWords(norm: NormalizedText, re: RegExp): WordMatch[] {
  const out: WordMatch[] = [];
  if (!mayMatch(norm, re)) return out;
  prime(re);
  re.lastIndex = 0;
  for (let m = re.exec(norm.words); m && out.length < MAX_MATCHES; m = re.exec(norm.words)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    const span = wordsToSource(norm, m.index, m.index + m[0].length);
    if (span) {
      let a = m.index;
      while (norm.wordTok[a]! < 0) a++;
      out.push({ index: m.index, end: m.index + m[0].length, text: m[0], span, tok: norm.wordTok[a]!, groups: m.slice(1) });
    }
  }
  return out;
}

/**
 * A set of literal word-view phrases looked up token by token (a map from
 * first word to phrases): linear in the draft and cheap to build, for the big
 * word lists where a regex alternation would be slow to compile and run.
 */
export class PhraseSet {
  readonly byFirst = new Map<string, string[][]>();
  constructor(phrases: readonly string[]) {
    for (const phrase of new Set(phrases)) {
      const parts = phrase.split(' ');
      const list = this.byFirst.get(parts[0]!) ?? this.byFirst.set(parts[0]!, []).get(parts[0]!)!;
      list.push(parts);
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.length - a.length);
  }
}

/** Leftmost-longest, non-overlapping occurrences of a PhraseSet's phrases within sentences; groups[0] is the phrase. */
export function findPhrases(norm: NormalizedText, set: PhraseSet): WordMatch[] {
  const out: WordMatch[] = [];
  const tokens = norm.tokens;
  for (let i = 0; i < tokens.length && out.length < MAX_MATCHES; i++) {
    const candidates = set.byFirst.get(tokens[i]!.key);
    if (!candidates) continue;
    for (const parts of candidates) {
      const last = i + parts.length - 1;
      if (last >= tokens.length || tokens[last]!.sent !== tokens[i]!.sent) continue;
      let ok = true;
      for (let k = 1; k < parts.length && ok; k++) ok = tokens[i + k]!.key === parts[k];
      if (!ok) continue;
      const text = parts.join(' ');
      const index = norm.wordStart[i]!;
      out.push({ index, end: index + text.length, text, span: { start: tokens[i]!.start, end: tokens[last]!.end }, tok: i, groups: [text] });
      i = last;
      break;
    }
  }
  return out;
}

/** Span of a capture group inside a match (searched in the match text). */
export function groupSpan(norm: NormalizedText, m: WordMatch, group: string | undefined): Span {
  if (!group) return m.span;
  const at = m.text.lastIndexOf(group);
  if (at < 0) return m.span;
  return wordsToSource(norm, m.index + at, m.index + at + group.length) ?? m.span;
}

/** True when the sentence around a match (by token index) contains a pattern. */
export function sentenceHas(norm: NormalizedText, tok: number, re: RegExp): boolean {
  const sent = norm.tokens[tok]?.sent;
  if (sent === undefined) return false;
  let a = tok;
  while (a > 0 && norm.tokens[a - 1]!.sent === sent) a--;
  let b = tok;
  while (b + 1 < norm.tokens.length && norm.tokens[b + 1]!.sent === sent) b++;
  if (!mayMatch(norm, re)) return false;
  const slice = ' ' + norm.tokens.slice(a, b + 1).map((t) => t.key).join(' ') + ' ';
  prime(re);
  re.lastIndex = 0;
  const found = re.test(slice);
  re.lastIndex = 0;
  return found;
}

/** The first token that starts at or after source offset `offset`, walked from a token `near` it (a match's own tokens). */
export function tokenAt(norm: NormalizedText, offset: number, near: number): number {
  let k = Math.max(0, Math.min(near, norm.tokens.length - 1));
  while (k > 0 && norm.tokens[k]!.start > offset) k--;
  while (k < norm.tokens.length && norm.tokens[k]!.start < offset) k++;
  return k;
}

/** Word-view text of tokens [from, to) (clamped), with surrounding spaces. */
export function window(norm: NormalizedText, from: number, to: number, sameSentenceAs?: number): string {
  const a = Math.max(0, from);
  const b = Math.min(norm.tokens.length, to);
  const sent = sameSentenceAs === undefined ? undefined : norm.tokens[sameSentenceAs]?.sent;
  const keys: string[] = [];
  for (let k = a; k < b; k++) {
    const t = norm.tokens[k]!;
    if (sent === undefined || t.sent === sent) keys.push(t.key);
  }
  return ' ' + keys.join(' ') + ' ';
}

/** True when any of the whole-word pattern matches the given window text. */
export function has(windowText: string, re: RegExp): boolean {
  prime(re);
  re.lastIndex = 0;
  const found = re.test(windowText);
  re.lastIndex = 0;
  return found;
}

/** Same-case replacement: "Speaking for myself" for "speaking for …" keeps the first letter's case. */
export function matchCase(original: string, replacement: string): string {
  const first = original[0];
  if (first && first === first.toUpperCase() && first !== first.toLowerCase()) return replacement[0]!.toUpperCase() + replacement.slice(1);
  return replacement[0]!.toLowerCase() + replacement.slice(1);
}
