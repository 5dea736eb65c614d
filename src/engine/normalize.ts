// Folds a draft into a matching-friendly form while remembering where each
// folded character came from, so detectors can match on folded text and
// report spans in the original's UTF-16 offsets.
// Folding: case, diacritics, common Unicode look-alikes (Cyrillic/Greek/fullwidth).
// Spans always index into the original text.
import type { Span } from './types';

export interface NormalizedText {
  /** Folded text. */
  text: string;
  /** map[i] = offset in the original of folded char i; map[text.length] = original length. */
  map: number[];
}

// Look-alikes that NFKD does not fold to ASCII.
const CONFUSABLES: Record<string, string> = {
  а: 'a', е: 'e', о: 'o', р: 'p', с: 'c', у: 'y', х: 'x', і: 'i', ј: 'j', ѕ: 's', ԁ: 'd', ɡ: 'g', һ: 'h', ⅼ: 'l',
  α: 'a', ο: 'o', ρ: 'p', ν: 'v', τ: 't', ι: 'i', κ: 'k', υ: 'u', χ: 'x', β: 'b', ε: 'e',
  '\u2018': "'", '\u2019': "'", '\u201c': '"', '\u201d': '"', '\u2013': '-', '\u2014': '-', '\u00a0': ' ',
};

export function normalize(original: string): NormalizedText {
  let text = '';
  const map: number[] = [];
  for (let i = 0; i < original.length; ) {
    const cp = original.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    const ch = original.slice(i, i + width);
    let folded = CONFUSABLES[ch] ?? CONFUSABLES[ch.toLowerCase()];
    if (folded === undefined) {
      // NFKD splits accents and folds fullwidth/math letters; drop combining marks.
      folded = ch.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
      if (folded.length === 0) folded = width === 1 && /\p{M}/u.test(ch) ? '' : ' ';
    }
    for (let k = 0; k < folded.length; k++) map.push(i);
    text += folded;
    i += width;
  }
  map.push(original.length);
  return { text, map };
}

/** Maps a span of folded text back to the original text. */
export function toSource(norm: NormalizedText, start: number, end: number): Span {
  const s = norm.map[start] ?? norm.map[norm.map.length - 1]!;
  // End: the source offset just past the last folded char's source char.
  const last = end > start ? norm.map[end - 1]! : s;
  let e = end > start ? (norm.map[end] ?? norm.map[norm.map.length - 1]!) : s;
  if (e <= last) e = last + 1;
  return { start: s, end: e };
}
