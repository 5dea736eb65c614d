// Folds a draft into matching-friendly views while remembering where each
// folded character came from, so detectors match on folded text and report
// spans in the original's UTF-16 offsets.
//
// Two views, because obfuscation folding and numbers do not mix:
// - `text`: case, diacritics, Unicode look-alikes and invisible characters
//   folded, digits and punctuation kept (case numbers, times, phone numbers).
// - `tokens` / `words`: one key per word with l33t resolved (0→o, 1→i, 3→e,
//   4→a, 5→s, 7→t, @→a, $→s, !→i), symbols inside words dropped or resolved
//   as a mask (`p*rn`), letter-spacing joined (`n a k e d`, `n.a.k.e.d`) and
//   stretched letters collapsed (`stuuupid`). Sentence ends become ` . `.
// Everything is one pass over the text with no regex backtracking.
import type { Span } from './types';
import { SLURS } from './lexicon/groups';
import { dashMaskWords, maskedRivals, maskVocabulary } from './lexicon/vocabulary';

const SLUR_SET = new Set(SLURS);

export interface Token {
  /** Word-view key (lower case a-z/0-9, '@' prefix for handles). */
  key: string;
  /** Original UTF-16 offsets: text.slice(start, end) is the word as typed. */
  start: number;
  end: number;
  /** Sentence number, for "same sentence" rules. */
  sent: number;
}

export interface NormalizedText {
  /** Folded text, digits and punctuation kept. */
  text: string;
  /** map[i] = offset in the original of folded char i; map[text.length] = original length. */
  map: number[];
  tokens: Token[];
  /** Token keys joined by single spaces, sentence ends as ' . ', with a leading and trailing space. */
  words: string;
  /** For each char of `words`: index of the token it belongs to, -1 for separators. */
  wordTok: Int32Array;
  /** For each token: where its key starts in `words`. */
  wordStart: Int32Array;
}

// Look-alikes that NFKD does not fold to ASCII.
const CONFUSABLES: Record<string, string> = {
  а: 'a', е: 'e', о: 'o', р: 'p', с: 'c', у: 'y', х: 'x', і: 'i', ј: 'j', ѕ: 's', ԁ: 'd', ɡ: 'g', һ: 'h', ⅼ: 'l', ӏ: 'l',
  α: 'a', ο: 'o', ρ: 'p', ν: 'v', τ: 't', ι: 'i', κ: 'k', υ: 'u', χ: 'x', β: 'b', ε: 'e', ѵ: 'v', ԝ: 'w', ɑ: 'a',
  '\u2018': "'", '\u2019': "'", '\u02bc': "'", '\u201c': '"', '\u201d': '"', '\u2013': '-', '\u2014': '-', '\u2212': '-',
  '\u00a0': ' ', '\u2022': ' ', '\u00b7': '.',
};

// '#' inside a word stands for 'h' ("s#!t"); a leading '#' (a hashtag) is stripped before this.
const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's', '!': 'i', '#': 'h', '9': 'g' };

/** Characters that may sit inside an obfuscated word (`n$fw`, `p*rn`, `a$$`). */
const JOINERS = new Set(['@', '$', '!', '*', "'", '_', '#', '%', '+']);
/** Separators that end a sentence. */
const SENTENCE_END = new Set(['.', '?', '!', ';', '\n']);
/** Separators allowed between the letters of a spaced-out word. */
const SPACING = new Set([' ', '.', '-', '_', '*', '\t']);

function foldChar(ch: string, width: number): string {
  const direct = CONFUSABLES[ch] ?? CONFUSABLES[ch.toLowerCase()];
  if (direct !== undefined) return direct;
  const code = ch.charCodeAt(0);
  if (width === 1 && code < 0x80) {
    if (code < 0x20 || code === 0x7f) return code === 0x0a ? '\n' : ' ';
    return ch.toLowerCase();
  }
  // Invisible format characters (zero-width space/joiners, BOM, soft hyphen) vanish.
  if (/^\p{Cf}$/u.test(ch)) return '';
  // NFKD splits accents and folds fullwidth/math letters; drop combining marks.
  const folded = ch.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  if (folded.length > 0) return folded;
  return /\p{M}/u.test(ch) ? '' : ' ';
}

const WIDE_ALNUM = /[\p{L}\p{N}]/u;
const WIDE_LETTER = /\p{L}/u;
const isAlnum = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c > 0x7f && WIDE_ALNUM.test(String.fromCharCode(c)));
const isLetter = (c: number) => (c >= 97 && c <= 122) || (c > 0x7f && WIDE_LETTER.test(String.fromCharCode(c)));
const isDigit = (c: number) => c >= 48 && c <= 57;

export function normalize(original: string): NormalizedText {
  const parts: string[] = [];
  const map: number[] = [];
  const n = original.length;
  for (let i = 0; i < n; ) {
    // Fast path: a run of printable ASCII folds by lower-casing alone.
    let j = i;
    while (j < n) {
      const d = original.charCodeAt(j);
      if (d < 0x20 || d >= 0x7f) break;
      j++;
    }
    if (j > i) {
      parts.push(original.slice(i, j).toLowerCase());
      for (let k = i; k < j; k++) map.push(k);
      i = j;
      continue;
    }
    const cp = original.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    const folded = foldChar(original.slice(i, i + width), width);
    for (let k = 0; k < folded.length; k++) map.push(i);
    parts.push(folded);
    i += width;
  }
  map.push(n);
  const text = parts.join('');
  const raw = rawTokens(text);
  const tokens = joinSpacedLetters(raw, text).map((t) => ({ key: wordKey(t.chars), start: map[t.start]!, end: endOffset(map, t.end), sent: t.sent }));
  const kept = tokens.filter((t) => t.key.length > 0);
  const { words, wordTok, wordStart } = joinWords(kept);
  return { text, map, tokens: kept, words, wordTok, wordStart };
}

interface RawToken {
  chars: string;
  start: number;
  end: number;
  sent: number;
}

/** "(n-word)", "[racial slur]": how outlets print a slur inside a quote. */
const REDACTED_SLUR = /[([]\s*(?:the\s+|a\s+)?(?:n[-‐–— ]?word|racial\s+(?:slur|epithet)|ethnic\s+slur|slur|epithet)s?\s*[)\]]/iy;

/** Runs of letters, digits and in-word symbols; sentence numbers from the separators between them. */
function rawTokens(text: string): RawToken[] {
  const out: RawToken[] = [];
  let sent = 0;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    // An outlet's redaction of a quoted slur ("(n-word)", "[racial slur]") is one word: the slur it stands for.
    if (text[i] === '(' || text[i] === '[') {
      REDACTED_SLUR.lastIndex = i;
      const r = REDACTED_SLUR.exec(text);
      if (r) {
        out.push({ chars: 'nword', start: i, end: i + r[0].length, sent });
        i += r[0].length;
        continue;
      }
    }
    if (isAlnum(c) || JOINERS.has(text[i]!)) {
      let j = i;
      let dashMasked = false;
      for (;;) {
        while (j < n && (isAlnum(text.charCodeAt(j)) || JOINERS.has(text[j]!))) j++;
        // Dashes as a mask inside or after a word ("f---ing", "s--t", "b----"), as outlets print what they quote.
        const masked = j < n && text[j] === '-' ? dashMaskEnd(text, i, j) : -1;
        if (masked < 0) break;
        j = masked;
        dashMasked = true;
      }
      // Trim symbols that are punctuation rather than part of the word.
      let s = i;
      let e = j;
      const lettered = hasLetter(text, i, j);
      while (s < e && !isAlnum(text.charCodeAt(s)) && text[s] !== '@' && text[s] !== '$') s++;
      // A mask's trailing dashes are part of the word ("n-----").
      while (e > s && !isAlnum(text.charCodeAt(e - 1)) && !((text[e - 1] === '$' || text[e - 1] === '*' || text[e - 1] === '@' || (text[e - 1] === '-' && dashMasked)) && lettered)) e--;
      if (e > s) out.push({ chars: text.slice(s, e), start: s, end: e, sent });
      // A trailing '!' ends a sentence like any other.
      if (text.slice(e, j).includes('!')) sent++;
      i = j;
    } else {
      if (SENTENCE_END.has(text[i]!) && !isAbbreviationDot(text, i)) sent++;
      i++;
    }
  }
  return out;
}

/**
 * Where a word masked with two or more dashes ends, when the word read with
 * each dash as a star is a known word of its length ("f---ing" → "fucking");
 * else -1, and the dashes stay separators ("tired--really", "x--y").
 */
function dashMaskEnd(text: string, wordStart: number, dashAt: number): number {
  if (!isLetter(text.charCodeAt(dashAt - 1))) return -1;
  let k = dashAt;
  while (k < text.length && text[k] === '-') k++;
  let end = k;
  while (end < text.length && isLetter(text.charCodeAt(end))) end++;
  if (end - k > 4) return -1;
  // One dash joins words ("e-mail", "T-shirt") unless three known letters around it make a listed word ("b-tch").
  if (k - dashAt < 2 && dashAt - wordStart + end - k < 3) return -1;
  const key = (text.slice(wordStart, dashAt) + '*'.repeat(k - dashAt) + text.slice(k, end)).toLowerCase().replace(/[^a-z*]/g, '');
  // Dashes that end the word ("n-----", "b----") stand for a slur only when most words of that shape are slurs; else they are punctuation.
  if (end === k) return maskedSlur(key) ? end : -1;
  return key.includes('*') && resolveDashMask(key) !== key.replaceAll('*', '') ? end : -1;
}

/** "n-----": five or more letters, and slurs are most of the masked-word readings that fit (insults are printed, not masked); the first such slur. */
function maskedSlur(key: string): string | undefined {
  if (key.length < 5 || !/^[a-z]/.test(key)) return undefined;
  const fits = [...new Set([...dashMaskWords, ...(maskVocabulary.get(key.length) ?? [])])].filter((w) => w.length === key.length && [...key].every((c, i) => c === '*' || c === w[i]));
  const slurs = fits.filter((w) => SLUR_SET.has(w));
  const rivals = fits.filter((w) => !SLUR_SET.has(w) && maskedRivals.has(w));
  return slurs.length > rivals.length ? slurs[0] : undefined;
}

function hasLetter(text: string, s: number, e: number): boolean {
  for (let k = s; k < e; k++) if (isLetter(text.charCodeAt(k))) return true;
  return false;
}

/** "n.a.k.e.d", "3.5" and "Sgt. Smith"-style dots do not end a sentence. */
function isAbbreviationDot(text: string, i: number): boolean {
  if (text[i] !== '.') return false;
  const next = text.charCodeAt(i + 1);
  if (isAlnum(next)) return true;
  // The last dot of a dotted run ("a.m.", "S.E.X.", "U.S."): one letter, with a dot before it.
  if (i >= 2 && isLetter(text.charCodeAt(i - 1)) && text[i - 2] === '.') return true;
  // One or two letters before the dot ("lt.", "st.", "u.s.") followed by a space and lower-case or a capital name.
  let k = i - 1;
  while (k >= 0 && isLetter(text.charCodeAt(k))) k--;
  const len = i - 1 - k;
  return len > 0 && len <= 3 && ['sgt', 'lt', 'st', 'dr', 'ave', 'rd', 'mr', 'mrs', 'ms', 'jr', 'no', 'vs', 'cpl', 'det', 'ofc', 'capt'].includes(text.slice(k + 1, i));
}

/** Joins three or more single letters separated by single spacing marks: "n a k e d" → "naked". */
function joinSpacedLetters(raw: RawToken[], text: string): RawToken[] {
  const out: RawToken[] = [];
  for (let i = 0; i < raw.length; ) {
    let j = i;
    // A run keeps one spacing width: "h a t e  t h e m" is two words, split at the wider gap.
    const width = i + 1 < raw.length ? raw[i + 1]!.start - raw[i]!.end : 0;
    while (
      j + 1 < raw.length &&
      raw[j]!.chars.length === 1 &&
      raw[j + 1]!.chars.length === 1 &&
      raw[j + 1]!.start - raw[j]!.end === width &&
      width <= 2 &&
      isSpacing(text, raw[j]!.end, raw[j + 1]!.start)
    ) j++;
    // At least three of them letters: "a 9-5 job" and "3 - 1" are numbers, not a spaced-out word.
    let letters = 0;
    for (let k = i; k <= j; k++) if (isLetter(raw[k]!.chars.charCodeAt(0))) letters++;
    if (j - i >= 2 && letters >= 3) {
      let chars = '';
      for (let k = i; k <= j; k++) chars += raw[k]!.chars;
      out.push({ chars, start: raw[i]!.start, end: raw[j]!.end, sent: raw[i]!.sent });
      i = j + 1;
    } else if (j - i >= 2) {
      // A run with too few letters: none of its tails has more, so it stays as it is and is not scanned again (linear).
      for (let k = i; k <= j; k++) out.push(raw[k]!);
      i = j + 1;
    } else {
      out.push(raw[i]!);
      i++;
    }
  }
  return out;
}

function isSpacing(text: string, s: number, e: number): boolean {
  for (let k = s; k < e; k++) if (!SPACING.has(text[k]!)) return false;
  return true;
}

/** The word-view key of one token. */
export function wordKey(chars: string): string {
  if (chars.startsWith('@') && chars.length > 1) return '@' + wordKey(chars.slice(1)).replace(/^@/, '');
  let s = chars;
  // Possessive and contractions: "department's" → "department", "don't" → "dont".
  if (s.endsWith("'s")) s = s.slice(0, -2);
  let letters = 0;
  let digits = 0;
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (isLetter(c)) letters++;
    else if (isDigit(c)) digits++;
  }
  // Numbers with a unit ("10pm", "40th", "9mm") and plain numbers keep their digits.
  const numberWithUnit = digits > 0 && /^[0-9]+[a-z]{1,3}$/.test(s);
  let key = '';
  for (let k = 0; k < s.length; k++) {
    const ch = s[k]!;
    const c = s.charCodeAt(k);
    if (isLetter(c)) key += ch;
    else if (isDigit(c)) key += letters > 0 && !numberWithUnit ? (LEET[ch] ?? ch) : ch;
    else if (ch === '*' || ch === '-') key += '*';
    else if (letters > 0 && LEET[ch] !== undefined) key += LEET[ch];
  }
  if (key.includes('*')) key = s.includes('-') ? resolveDashMask(key) : resolveMask(key);
  return collapseStretch(key);
}

/** A dash mask: as a star mask of its length first, else any known word with its letters around one run of dashes ("n--r"). */
function resolveDashMask(key: string): string {
  // A slur needs two known letters, or one before a long run ("n-----"): "d---" is not read as one.
  const known = key.replace(/\*/g, '').length;
  const slur = known >= 2 || key.length >= 5 ? dashMaskWords.find((w) => w.length === key.length && [...key].every((c, i) => c === '*' || c === w[i])) : undefined;
  if (slur && SLUR_SET.has(slur)) return slur;
  const exact = resolveMask(key);
  if (exact !== key.replaceAll('*', '')) return exact;
  const m = /^([a-z]*)\*+([a-z]*)$/.exec(key);
  if (!m || m[1]!.length + m[2]!.length < 2) return exact;
  const [, head, tail] = m as unknown as [string, string, string];
  // Each dash stands for at least one letter.
  const word = dashMaskWords.find((w) => w.length >= key.length && w.startsWith(head) && w.endsWith(tail));
  return word ?? exact;
}

/** "p*rn" → "porn" when exactly one known word of that length fits; else the stars are dropped. */
function resolveMask(key: string): string {
  const candidates = maskVocabulary.get(key.length);
  // One known letter is enough for "f***", not for "M*****" (a redacted name).
  const letters = key.replace(/[^a-z]/g, '').length;
  if (candidates && letters > 0 && (letters > 1 || key.length <= 4)) {
    for (const word of candidates) {
      let ok = true;
      for (let k = 0; k < key.length && ok; k++) ok = key[k] === '*' || key[k] === word[k];
      if (ok) return word;
    }
  }
  return key.replaceAll('*', '');
}

/** Runs of three or more of one letter: "stuuupid" → "stupid", "asssss" → "ass" (known words win). */
function collapseStretch(key: string): string {
  // Letters only: "2000" and "$1000" keep their zeros.
  if (!/([a-z])\1\1/.test(key)) return key;
  if (maskVocabulary.get(key.length)?.includes(key)) return key;
  const toTwo = key.replace(/([a-z])\1{2,}/g, '$1$1');
  const toOne = key.replace(/([a-z])\1{2,}/g, '$1');
  const known = maskVocabulary.get(toTwo.length);
  return known?.includes(toTwo) ? toTwo : toOne;
}

function endOffset(map: number[], end: number): number {
  // The source offset just past the last folded char's source char.
  const last = map[end - 1]!;
  let e = map[end] ?? map[map.length - 1]!;
  if (e <= last) e = last + 1;
  return e;
}

function joinWords(tokens: Token[]): { words: string; wordTok: Int32Array; wordStart: Int32Array } {
  const parts: string[] = [' '];
  const wordStart = new Int32Array(tokens.length);
  let prevSent = tokens[0]?.sent ?? 0;
  const owners: number[] = [-1];
  tokens.forEach((t, idx) => {
    if (t.sent !== prevSent) {
      parts.push('. ');
      owners.push(-1, -1);
      prevSent = t.sent;
    }
    wordStart[idx] = owners.length;
    parts.push(t.key, ' ');
    for (let k = 0; k < t.key.length; k++) owners.push(idx);
    owners.push(-1);
  });
  parts.push('. ');
  owners.push(-1, -1);
  return { words: parts.join(''), wordTok: Int32Array.from(owners), wordStart };
}

/** Maps a span of folded text back to the original text. */
export function toSource(norm: NormalizedText, start: number, end: number): Span {
  const s = norm.map[start] ?? norm.map[norm.map.length - 1]!;
  if (end <= start) return { start: s, end: s };
  return { start: s, end: endOffset(norm.map, end) };
}

/** Maps a range of `words` (a regex match) to the original span of the tokens it covers. */
export function wordsToSource(norm: NormalizedText, start: number, end: number): Span | undefined {
  let a = start;
  while (a < end && norm.wordTok[a]! < 0) a++;
  let b = end - 1;
  while (b > a && norm.wordTok[b]! < 0) b--;
  if (a >= end) return undefined;
  const first = norm.tokens[norm.wordTok[a]!]!;
  const last = norm.tokens[norm.wordTok[b]!]!;
  return { start: first.start, end: last.end };
}

/** Original span of tokens i..j (inclusive). */
export function tokenSpan(norm: NormalizedText, i: number, j: number = i): Span {
  return { start: norm.tokens[i]!.start, end: norm.tokens[j]!.end };
}
