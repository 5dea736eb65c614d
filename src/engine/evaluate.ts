// evaluate(): runs every detector whose clause is in the pack, then applies
// the cross-clause rules (permissions, acknowledgements, city device) and
// attaches the pack's words (rule quoted, exceptions as questions).
import { defaultPack } from '../policy';
import type { Clause, PolicyPack } from '../policy/schema';
import { detectors } from './detectors';
import type { DetectorHit } from './detector';
import { normalize } from './normalize';
import { SEVERITY_RANK, type Draft, type EvaluationContext, type Finding } from './types';

/** Drafts longer than this are checked on their first MAX_TEXT characters only. */
export const MAX_TEXT = 200_000;

export function evaluate(draft: Draft, context: EvaluationContext = {}, pack: PolicyPack = defaultPack): Finding[] {
  const text = sanitize(draft.text.length > MAX_TEXT ? draft.text.slice(0, MAX_TEXT) : draft.text);
  const norm = normalize(text);
  const clauses = new Map(pack.clauses.map((c) => [c.id, c]));
  const findings: Finding[] = [];
  for (const detector of detectors) {
    const clause = clauses.get(detector.clause);
    if (!clause) continue;
    for (const hit of detector.detect({ text, norm, site: draft.site, context, pack })) {
      findings.push(toFinding(clause, hit));
    }
  }
  const acknowledged = new Set(context.acknowledged ?? []);
  for (const f of findings) {
    if (acknowledged.has(f.clause) && f.severity !== 'info') {
      f.severity = 'info';
      f.downgradedBy ??= 'acknowledged';
    }
  }
  return findings.sort(
    (a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || (a.spans[0]?.start ?? -1) - (b.spans[0]?.start ?? -1),
  );
}

function toFinding(clause: Clause, hit: DetectorHit): Finding {
  const wanted = hit.exceptions ? new Set(hit.exceptions) : undefined;
  const finding: Finding = {
    clause: clause.id,
    severity: hit.severity,
    spans: hit.spans,
    message: hit.message,
    why: clause.rule,
    exceptions: clause.exceptions
      .filter((e) => !wanted || wanted.has(e.id))
      .map((e) => ({ id: e.id, question: e.question, quote: e.quote })),
    suggestion: { advice: hit.advice ?? clause.rephrase },
  };
  if (hit.replacement !== undefined) finding.suggestion.replacement = hit.replacement;
  if (hit.downgradedBy !== undefined) finding.downgradedBy = hit.downgradedBy;
  return finding;
}

/** Lone surrogates become U+FFFD (same length, so offsets hold). */
function sanitize(text: string): string {
  return text.isWellFormed() ? text : text.toWellFormed();
}
