// Splits text into plain and marked parts for the words that matched a
// search, so the UI renders <mark> without ever setting innerHTML.
import { indexTerm, tokenize } from './terms';

export interface TextPart {
  text: string;
  marked: boolean;
}

export function highlight(text: string, terms: Iterable<string>): TextPart[] {
  const wanted = new Set(terms);
  if (!wanted.size) return [{ text, marked: false }];
  const parts: TextPart[] = [];
  let last = 0;
  for (const m of text.matchAll(/[\p{L}\p{N}]+(?:[.'’-][\p{L}\p{N}]+)*/gu)) {
    const hit = tokenize(m[0]).some((w) => {
      const t = indexTerm(w);
      return t !== null && wanted.has(t);
    });
    if (!hit) continue;
    if (m.index > last) parts.push({ text: text.slice(last, m.index), marked: false });
    parts.push({ text: m[0], marked: true });
    last = m.index + m[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), marked: false });
  return parts;
}
