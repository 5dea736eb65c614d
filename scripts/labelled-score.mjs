// Scores findings against labelled drafts, counting as ../shared/corpus/score.mjs
// does: only high and medium findings count, `allow` clauses cost nothing, a
// benign draft is one with no clauses. Shared by score-corpus.mjs and pack-check.

/**
 * @param {readonly { id: string, text: string, clauses: readonly string[], allow?: readonly string[] }[]} rows
 * @param {(row: any) => readonly { clause: string, severity: string, message?: string, start?: number | null, end?: number | null }[]} findingsOf
 */
export function scoreLabelled(rows, findingsOf) {
  const perClause = new Map();
  const stat = (c) => perClause.get(c) ?? perClause.set(c, { tp: 0, fp: 0, fn: 0 }).get(c);
  let benign = 0, benignFlagged = 0;
  const misses = [];
  for (const r of rows) {
    const findings = findingsOf(r).filter((f) => f.severity === 'high' || f.severity === 'medium');
    const warned = new Set(findings.map((f) => f.clause));
    const expected = new Set(r.clauses);
    const allowed = new Set(r.allow ?? []);
    for (const c of expected) {
      if (warned.has(c)) stat(c).tp++;
      else { stat(c).fn++; misses.push(`${r.id} missed ${c}`); }
    }
    for (const c of warned) {
      if (expected.has(c) || allowed.has(c)) continue;
      stat(c).fp++;
      const f = findings.find((x) => x.clause === c);
      const quote = typeof f?.start === 'number' ? ` “${r.text.slice(f.start, f.end ?? undefined)}”` : '';
      misses.push(`${r.id} wrongly warned ${c}${quote}${f?.message ? `: ${f.message}` : ''}`);
    }
    if (expected.size === 0) {
      benign++;
      if ([...warned].some((c) => !allowed.has(c))) benignFlagged++;
    }
  }
  let tp = 0, fp = 0, fn = 0;
  for (const t of perClause.values()) { tp += t.tp; fp += t.fp; fn += t.fn; }
  const P = tp / (tp + fp || 1), R = tp / (tp + fn || 1);
  return { P, R, F1: (2 * P * R) / (P + R || 1), benign, benignFlagged, perClause, misses };
}
