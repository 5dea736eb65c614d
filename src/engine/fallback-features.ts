// Features for the statistical fallback: unigrams and bigrams of the engine's
// word view (normalised, so spaced-out and look-alike spellings fold the same).
// Shared by the trainer (scripts/train-classifier.ts) and the fallback, so the
// two can never tokenise differently. Linear in the number of tokens.
import type { NormalizedText } from './normalize';

/** Feature keys per sentence: unigrams and within-sentence bigrams. */
export function sentenceFeatures(norm: NormalizedText): string[][] {
  const out: string[][] = [];
  let sent = -1;
  let prev = '';
  for (const t of norm.tokens) {
    if (t.sent !== sent) {
      sent = t.sent;
      out.push([]);
      prev = '';
    }
    const cur = out[out.length - 1]!;
    cur.push(t.key);
    if (prev) cur.push(`${prev} ${t.key}`);
    prev = t.key;
  }
  return out;
}
