// Words mentioned rather than used: contempt that the writer puts in quotation
// marks and in someone else's mouth, usually to report or condemn it. A quote
// alone is not enough (a shared post quotes its author); it takes a word that
// names the quote as a word or as someone's saying.
import { tokenAt } from './match';
import type { NormalizedText } from './normalize';
import type { Span } from './types';

const QUOTE_MARKS = /["“”]/g;
/** Words before a quote that make it someone's word: "called them", "words like", "saying". */
const NAMING_BEFORE = new Set(['call', 'calls', 'called', 'calling', 'say', 'says', 'said', 'saying', 'label', 'labels', 'labeled', 'labelled', 'word', 'words', 'term', 'terms', 'like', 'wrote', 'writes', 'posted', 'commented', 'yelled', 'shouted', 'screamed', 'heard', 'told', 'tell', 'using', 'used']);
/** Words right after a quote that talk about the word itself: ""bum" means …". */
const NAMING_AFTER = new Set(['means', 'meant', 'meaning']);
/** Words soon after a quote that put it in someone's mouth: ""…!" was the kids' battle cry", ""…," he yelled". */
const SAID_AFTER = new Set(['said', 'says', 'yelled', 'shouted', 'screamed', 'chanted', 'chanting', 'cry', 'chant', 'motto', 'slogan', 'asked', 'asking', 'asks']);
/** The writer saying it: "I called them "animals"" is the writer's own word. */
const WRITER = new Set(['i', 'we', 'ive', 'id', 'ill', 'im']);

/** Inside double quotation marks: an odd number of quote marks before `offset`. */
export function inQuotes(text: string, offset: number): boolean {
  return (text.slice(0, offset).match(QUOTE_MARKS) ?? []).length % 2 === 1;
}

/** The last word of `span` is quoted and named as a word or as someone else's saying. */
export function mentioned(norm: NormalizedText, text: string, span: Span): boolean {
  const t = norm.tokens;
  // The last token that starts inside the span.
  const last = tokenAt(norm, span.end, 0) - 1;
  if (last < 0 || t[last]!.end <= span.start || !inQuotes(text, t[last]!.start)) return false;
  const sent = t[last]!.sent;
  for (let k = Math.max(0, last - 8); k < last; k++) {
    if (t[k]!.sent !== sent || !NAMING_BEFORE.has(t[k]!.key)) continue;
    if (!WRITER.has(t[k - 1]?.key ?? '')) return true;
  }
  if (NAMING_AFTER.has(t[last + 1]?.key ?? '')) return true;
  // The quote closes before the saying word.
  for (let k = last + 1; k < Math.min(t.length, last + 7); k++) if (SAID_AFTER.has(t[k]!.key) && !inQuotes(text, t[k]!.start)) return true;
  return false;
}
