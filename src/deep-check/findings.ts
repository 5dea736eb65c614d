// Turns the model's located passages into findings in the engine's shape and
// merges them with the engine's own. A deep-check finding is marked as such
// (`source: 'deep-check'`), is `medium` unless the engine has a finding on the
// same clause (then it takes that severity), and is left out where the engine
// already warns about the same words under the same clause.
import type { Finding, Severity, Span } from '../engine/types';
import { SEVERITY_RANK } from '../engine/types';
import type { PolicyPack } from '../policy/schema';
import type { DeepItem } from './answer';
import { locateQuote } from './locate';

export const DEEP_CHECK_SOURCE = 'deep-check';

export interface LocatedFindings {
  findings: Finding[];
  /** Items whose quote is not in the draft (invented, or paraphrased). */
  invented: number;
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

export function deepFindings(items: readonly DeepItem[], draft: string, pack: PolicyPack): LocatedFindings {
  const findings: Finding[] = [];
  let invented = 0;
  for (const item of items) {
    const clause = pack.clauses.find((c) => c.id === item.clause);
    if (!clause) continue;
    const span = locateQuote(draft, item.quote);
    if (!span) {
      invented++;
      continue;
    }
    // The same clause on the same words twice says nothing new.
    if (findings.some((f) => f.clause === item.clause && f.spans.some((s) => overlaps(s, span)))) continue;
    findings.push({
      clause: clause.id,
      severity: 'medium',
      spans: [span],
      message: `On-device deep check: ${item.reason}`,
      why: clause.rule,
      exceptions: clause.exceptions.map((e) => ({ id: e.id, question: e.question, quote: e.quote })),
      suggestion: { advice: clause.rephrase },
      source: DEEP_CHECK_SOURCE,
    });
  }
  return { findings, invented };
}

/** The engine's findings, then the deep check's that add something. */
export function mergeFindings<F extends Finding>(engine: readonly F[], deep: readonly Finding[]): (F | Finding)[] {
  const added: Finding[] = [];
  for (const d of deep) {
    const same = engine.filter((e) => e.clause === d.clause && e.image === undefined);
    if (same.some((e) => e.spans.some((s) => d.spans.some((t) => overlaps(s, t))))) continue;
    const agreed = same.reduce<Severity | null>((best, e) => (best === null || SEVERITY_RANK[e.severity] > SEVERITY_RANK[best] ? e.severity : best), null);
    added.push(agreed ? { ...d, severity: agreed } : d);
  }
  return [...engine, ...added];
}
