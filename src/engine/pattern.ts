// Typed word patterns: a rule written as a sequence of items (phrases,
// one-of lists, optional parts, bounded gaps, lexicon references) and
// compiled into the word-view regular-expression source the engine runs
// (see match.ts), instead of regex strings joined by hand. The same items
// are stored as JSON (src/engine/lexicon/*.patterns.json), validated by
// PATTERN_SCHEMA in tests/unit/engine/lexicon-lint.test.ts.
//
// Items are words apart: the compiler puts the single space between them, so
// a phrase never carries a space at its edge and a gap or an optional part
// brings its own. Every repetition is bounded and lazy, as in match.ts.
import * as z from 'zod/mini';

/** An alternative of a one-of list or the body of an optional part: one item or a sequence. */
export type Alternative = Item | readonly Item[];

export type Item =
  /** Whole words, literally ("bullet costs"; "." is a sentence end). */
  | string
  /** One of these, tried in the order given. */
  | { readonly any: readonly Alternative[] }
  /** These words or nothing. */
  | { readonly opt: Alternative }
  /** Up to `gap` words (or min..max), as few as possible (`greedy`: as many as fit), within one sentence (`across`: sentence ends count as words); `word` skips only words of letters (or of letters and digits). */
  | { readonly gap: number | readonly [number, number]; readonly word?: 'letters' | 'alnum'; readonly greedy?: boolean; readonly across?: boolean }
  /** `repeat` up to `max` times (at least `min`, default 0), as many as fit (`lazy`: as few as possible): "(?: (?:just|really)){0,2}". */
  | { readonly repeat: Alternative; readonly max: number; readonly min?: number; readonly lazy?: boolean }
  /**
   * Any one word: of letters, of anything but a sentence end, of letters and digits, of digits (`digits`: how many),
   * or a 24-hour clock time ("2300"); `suffix` ends it ("[a-z]+s"; a list: one of these, in order), `optSuffix` makes it optional.
   */
  | { readonly word: WordShape; readonly digits?: number | readonly [number, number]; readonly suffix?: string | readonly string[]; readonly optSuffix?: boolean }
  /** One word that begins with one of these (tried in order): "mon" takes "monday" and "mondays". */
  | { readonly stem: readonly string[] }
  /** A named word list (see `compile`'s lexicons), longest first; `plural` also takes each entry with an "s". */
  | { readonly lex: string; readonly plural?: boolean }
  /** The words that follow are not these (a zero-width check); `prefix`: nor begin with them ("not" also rules out "nothing"). */
  | { readonly not: Alternative; readonly prefix?: boolean }
  /** A capture group, for rules that report part of a match. */
  | { readonly cap: Alternative }
  /** Only at the start of a sentence (or of the draft). */
  | { readonly sentenceStart: true }
  /** Only where a sentence ends next (a zero-width check, last in a sequence). */
  | { readonly sentenceEnd: true };

export type WordShape = 'letters' | 'any' | 'number' | 'alnum' | 'clock';

/** A pattern: one phrase or a sequence of items. */
export type Pattern = string | readonly Item[];

export type Lexicons = Readonly<Record<string, readonly string[]>>;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** An alternation of word-view phrases, longest first; `plural` also takes each with an "s". */
export function alt(list: readonly string[], plural = false): string {
  const sorted = [...new Set(list)].sort((a, b) => b.length - a.length).map(escape);
  return `(?:${sorted.join('|')})${plural ? 's?' : ''}`;
}
const WORD: Record<WordShape, string> = { letters: '[a-z]+', any: '[^ .]+', number: '\\d+', alnum: '[a-z0-9]+', clock: '(?:[01]\\d|2[0-3])[0-5]\\d' };

const isSeq = (a: Alternative): a is readonly Item[] => Array.isArray(a);
const seqOf = (a: Alternative): readonly Item[] => (isSeq(a) ? a : [a as Item]);

/** Items that are words themselves (the compiler separates them by a space); the rest bring their own space or none. */
function kind(item: Item): 'word' | 'spaced' | 'zero' {
  if (typeof item === 'string') return 'word';
  if ('opt' in item || 'gap' in item || 'not' in item || 'repeat' in item) return 'spaced';
  if ('sentenceStart' in item || 'sentenceEnd' in item) return 'zero';
  return 'word';
}

function range(gap: number | readonly [number, number], greedy = false): string {
  return (typeof gap === 'number' ? `{0,${gap}}` : `{${gap[0]},${gap[1]}}`) + (greedy ? '' : '?');
}

function compileSeq(seq: readonly Item[], lexicons: Lexicons): string {
  if (seq.length === 0) throw new Error('pattern: an empty sequence');
  let out = '';
  // Whether the next word needs a space before it (false at the start and after a part that ends with its own space).
  let sep = false;
  for (const [i, item] of seq.entries()) {
    const k = kind(item);
    if (k === 'zero' && 'sentenceEnd' in (item as object)) {
      if (i !== seq.length - 1) throw new Error('pattern: sentenceEnd must come last');
      out += '(?= \\.)';
    } else if (k === 'zero') {
      if (out !== '') throw new Error('pattern: sentenceStart must come first');
      out += '(?<=(?:^ |\\. ))';
    } else if (k === 'word') {
      out += (sep ? ' ' : '') + compileWord(item, lexicons);
      sep = true;
    } else if (typeof item !== 'string' && 'gap' in item) {
      const w = item.word ? WORD[item.word] : item.across ? '[^ ]+' : '[^ .]+';
      out += sep ? `(?: ${w})${range(item.gap, item.greedy)}` : `(?:${w} )${range(item.gap, item.greedy)}`;
    } else if (typeof item !== 'string' && 'opt' in item) {
      const body = compileSeq(seqOf(item.opt), lexicons);
      out += sep ? `(?: ${body})?` : `(?:${body} )?`;
    } else if (typeof item !== 'string' && 'repeat' in item) {
      const body = compileSeq(seqOf(item.repeat), lexicons);
      out += (sep ? `(?: ${body})` : `(?:${body} )`) + `{${item.min ?? 0},${item.max}}` + (item.lazy ? '?' : '');
    } else if (typeof item !== 'string' && 'not' in item) {
      const body = compileSeq(seqOf(item.not), lexicons);
      const end = item.prefix ? '' : ' ';
      out += sep ? `(?! ${body}${end})` : `(?!${body}${end})`;
    }
  }
  if (!sep) throw new Error('pattern: a sequence needs at least one word that is not optional');
  return out;
}

function compileWord(item: Item, lexicons: Lexicons): string {
  if (typeof item === 'string') {
    if (item === '' || item !== item.trim()) throw new Error(`pattern: phrase "${item}" is empty or has a space at its edge`);
    return escape(item);
  }
  if ('any' in item && item.any.length === 0) throw new Error('pattern: an empty one-of list');
  if ('any' in item) return `(?:${item.any.map((a) => compileSeq(seqOf(a), lexicons)).join('|')})`;
  if ('cap' in item) return `(${compileSeq(seqOf(item.cap), lexicons)})`;
  if ('lex' in item) {
    const list = lexicons[item.lex];
    if (!list) throw new Error(`pattern: no lexicon "${item.lex}"`);
    return alt(list, item.plural ?? false);
  }
  if ('stem' in item) return `(?:${item.stem.map(escape).join('|')})[a-z]*`;
  if ('word' in item && !('gap' in item)) {
    const { digits, suffix, optSuffix } = item;
    if (digits !== undefined && item.word !== 'number') throw new Error('pattern: digits need word "number"');
    const base = digits === undefined ? WORD[item.word] : `\\d${typeof digits === 'number' ? (digits === 1 ? '' : `{${digits}}`) : `{${digits[0]},${digits[1]}}`}`;
    if (suffix === undefined) return base;
    // One letter needs no group; several, or a list, do.
    const end = typeof suffix === 'string' && (suffix.length === 1 || !optSuffix) ? escape(suffix) : `(?:${(typeof suffix === 'string' ? [suffix] : suffix).map(escape).join('|')})`;
    return base + end + (optSuffix ? '?' : '');
  }
  throw new Error(`pattern: unknown item ${JSON.stringify(item)}`);
}

/** The word-view regular-expression source of one pattern (wrap it with match.ts `words`). */
export function compile(pattern: Pattern, lexicons: Lexicons = {}): string {
  return compileSeq(typeof pattern === 'string' ? [pattern] : pattern, lexicons);
}

/** One alternation of several patterns, in the order given. */
export function compileAll(patterns: readonly Pattern[], lexicons: Lexicons = {}): string {
  return `(?:${patterns.map((p) => compile(p, lexicons)).join('|')})`;
}

// The JSON form, for the lint and pack authors.
const count = z.number().check(z.int(), z.nonnegative());
export const ITEM_SCHEMA: z.ZodMiniType<Item> = z.union([
  z.string().check(z.minLength(1)),
  z.strictObject({ get any() { return z.array(ALTERNATIVE_SCHEMA).check(z.minLength(1)); } }),
  z.strictObject({ get opt() { return ALTERNATIVE_SCHEMA; } }),
  z.strictObject({ gap: z.union([count, z.tuple([count, count])]), word: z.optional(z.enum(['letters', 'alnum'])), greedy: z.optional(z.boolean()), across: z.optional(z.boolean()) }),
  z.strictObject({ get repeat() { return ALTERNATIVE_SCHEMA; }, max: count, min: z.optional(count), lazy: z.optional(z.boolean()) }),
  z.strictObject({
    word: z.enum(['letters', 'any', 'number', 'alnum', 'clock']),
    digits: z.optional(z.union([count, z.tuple([count, count])])),
    suffix: z.optional(z.union([z.string().check(z.regex(/^[a-z]+$/)), z.array(z.string().check(z.regex(/^[a-z]+$/))).check(z.minLength(1))])),
    optSuffix: z.optional(z.boolean()),
  }),
  z.strictObject({ stem: z.array(z.string().check(z.regex(/^[a-z]+$/))).check(z.minLength(1)) }),
  z.strictObject({ lex: z.string(), plural: z.optional(z.boolean()) }),
  z.strictObject({ get not() { return ALTERNATIVE_SCHEMA; }, prefix: z.optional(z.boolean()) }),
  z.strictObject({ get cap() { return ALTERNATIVE_SCHEMA; } }),
  z.strictObject({ sentenceStart: z.literal(true) }),
  z.strictObject({ sentenceEnd: z.literal(true) }),
]) as unknown as z.ZodMiniType<Item>;
export const ALTERNATIVE_SCHEMA: z.ZodMiniType<Alternative> = z.union([ITEM_SCHEMA, z.array(ITEM_SCHEMA).check(z.minLength(1))]) as unknown as z.ZodMiniType<Alternative>;
export const PATTERN_SCHEMA: z.ZodMiniType<Pattern> = z.union([z.string().check(z.minLength(1)), z.array(ITEM_SCHEMA).check(z.minLength(1))]) as unknown as z.ZodMiniType<Pattern>;

/** Every phrase a pattern holds (for the lint: word view, no regex syntax). */
export function phrasesOf(pattern: Pattern | Alternative): string[] {
  if (typeof pattern === 'string') return [pattern];
  if (Array.isArray(pattern)) return (pattern as readonly Item[]).flatMap((i) => phrasesOf(i));
  const item = pattern as Exclude<Item, string>;
  if ('any' in item) return item.any.flatMap((a) => phrasesOf(a));
  if ('opt' in item) return phrasesOf(item.opt);
  if ('not' in item) return phrasesOf(item.not);
  if ('repeat' in item) return phrasesOf(item.repeat);
  if ('cap' in item) return phrasesOf(item.cap);
  return [];
}
