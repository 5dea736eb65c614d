// Finds a quoted passage in the draft and returns its UTF-16 offsets. Exact
// first; then after normalising both sides the same way (case, Unicode
// compatibility forms, curly quotes and dashes, runs of white space,
// zero-width characters), mapping the match back to the draft's own offsets.
// A quote that is not in the draft is invented: the caller drops it.
import type { Span } from '../engine/types';

const QUOTES: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201a': "'", '\u201b': "'", '\u2032': "'", '`': "'",
  '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u201f': '"', '\u2033': '"',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-', '\u2212': '-',
};
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/u;

interface Normalised {
  text: string;
  /** For each code unit of `text`: the draft offset where its source character starts… */
  starts: number[];
  /** …and where it ends. */
  ends: number[];
}

function normalise(s: string): Normalised {
  let text = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let i = 0;
  let lastSpace = true; // leading white space is dropped
  for (const ch of s) {
    const start = i;
    i += ch.length;
    if (INVISIBLE.test(ch)) continue;
    if (/\s/u.test(ch)) {
      if (lastSpace) continue;
      text += ' ';
      starts.push(start);
      ends.push(i);
      lastSpace = true;
      continue;
    }
    const out = (QUOTES[ch] ?? ch).normalize('NFKC').toLowerCase();
    for (let k = 0; k < out.length; k++) {
      text += out[k];
      starts.push(start);
      ends.push(i);
    }
    lastSpace = false;
  }
  // Trailing white space likewise.
  if (text.endsWith(' ')) {
    text = text.slice(0, -1);
    starts.pop();
    ends.pop();
  }
  return { text, starts, ends };
}

/** Quote marks or an ellipsis the model wrapped around the words. */
function unwrap(quote: string): string {
  return quote.trim().replace(/^["'“”‘’«»]+|["'“”‘’«»]+$/gu, '').trim();
}

/** The quote's span in `draft`, or null when the draft does not contain it. Two characters at least. */
export function locateQuote(draft: string, quote: string): Span | null {
  const q = unwrap(quote);
  if (q.length < 2) return null;
  const exact = draft.indexOf(q);
  if (exact >= 0) return { start: exact, end: exact + q.length };
  const d = normalise(draft);
  const nq = normalise(q).text;
  if (nq.length < 2) return null;
  const at = d.text.indexOf(nq);
  if (at < 0) return null;
  return { start: d.starts[at]!, end: d.ends[at + nq.length - 1]! };
}
