// Shared helpers for the engine's clause tests.
import { expect } from 'vitest';
import { evaluate, type EvaluationContext, type Finding } from '../../../src/engine';

/** Clauses the draft is warned about (high or medium), like the corpus scorer counts them. */
export function warned(text: string, site = 'x.com', context: EvaluationContext = {}): string[] {
  return [...new Set(evaluate({ text, site }, context).filter((f) => f.severity !== 'info').map((f) => f.clause))].sort();
}

/** The first finding of a clause (any severity). */
export function findingOf(text: string, clause: string, site = 'x.com', context: EvaluationContext = {}): Finding | undefined {
  return evaluate({ text, site }, context).find((f) => f.clause === clause);
}

/** Positives must warn about the clause; negatives must not. */
export function expectClause(clause: string, text: string, positive: boolean, site = 'x.com'): void {
  const got = warned(text, site);
  if (positive) expect(got, text).toContain(clause);
  else expect(got, text).not.toContain(clause);
}

/** Text of a finding's first span. */
export function quoted(text: string, f: Finding | undefined): string | undefined {
  const s = f?.spans[0];
  return s ? text.slice(s.start, s.end) : undefined;
}
