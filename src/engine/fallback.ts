// The statistical fallback: when no rule of a clause matched, a small linear
// classifier (trained by scripts/train-classifier.ts, thresholds chosen for
// high precision by cross-validation) may still say the draft reads like
// drafts that break it. It only adds medium findings, never for a clause a
// rule already spoke about, and never inside a reshare or on a professional
// site (the context stage's permissions). Linear in the number of words.
import type { Clause, ClauseModel, PolicyPack } from '../policy/schema';
import type { DetectorHit } from './detector';
import { sentenceFeatures } from './fallback-features';
import type { NormalizedText } from './normalize';
import type { Span } from './types';


export interface FallbackHit { clause: string; hit: DetectorHit }

/** Drafts that point to or report what an official source said are not speaking for it. */
const VETO: Record<string, RegExp> = {
  'official-voice': / (?:read|see|check|check out|link|linked|according to|per the|website|site|reported|says|said|released) /,
};

/** The pack's model (`pack.model`, trained on its labelled drafts); a pack without one has no fallback. */
export function fallbackHits(norm: NormalizedText, pack: PolicyPack, clauses: Map<string, Clause>, ruled: Set<string>): FallbackHit[] {
  const model: Record<string, ClauseModel> | undefined = pack.model;
  if (!model || norm.tokens.length === 0) return [];
  const sentences = sentenceFeatures(norm);
  const out: FallbackHit[] = [];
  for (const [id, m] of Object.entries(model)) {
    const clause = clauses.get(id);
    if (!clause || ruled.has(id) || m.threshold > 1) continue;
    if (VETO[id]?.test(norm.words)) continue;
    // Presence features over the whole draft; per-sentence sums pick the span.
    const seen = new Set<string>();
    let z = m.bias;
    let bestSent = 0;
    let bestSum = -Infinity;
    sentences.forEach((feats, s) => {
      let sum = 0;
      for (const f of feats) {
        const w = m.weights[f];
        if (w === undefined) continue;
        sum += w;
        if (!seen.has(f)) { seen.add(f); z += w; }
      }
      if (sum > bestSum) { bestSum = sum; bestSent = s; }
    });
    if (1 / (1 + Math.exp(-z)) < m.threshold) continue;
    out.push({
      clause: id,
      hit: {
        severity: 'medium',
        spans: [sentenceSpan(norm, bestSent, sentences.length)],
        message: `This may conflict with ${clause.title}: it reads like posts that do (no specific phrase matched) — check the exceptions.`,
      },
    });
  }
  return out;
}

function sentenceSpan(norm: NormalizedText, sentIndex: number, count: number): Span {
  const toks = norm.tokens;
  if (count <= 1) return { start: toks[0]!.start, end: toks[toks.length - 1]!.end };
  const sentIds = [...new Set(toks.map((t) => t.sent))];
  const want = sentIds[sentIndex];
  const inSent = toks.filter((t) => t.sent === want);
  return { start: inSent[0]!.start, end: inSent[inSent.length - 1]!.end };
}
