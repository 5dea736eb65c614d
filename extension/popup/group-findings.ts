// Findings as the popup shows them: one group per clause, most severe first;
// acknowledged and info-only groups apart so they read as quiet notes.
import type { Finding } from '../../src/messages/schemas';

export type Severity = Finding['severity'];
const RANK: Record<Severity, number> = { high: 2, medium: 1, info: 0 };

export interface FindingGroup {
  clause: string;
  severity: Severity;
  findings: Finding[];
  /** Every finding of the clause was marked as considered for this draft. */
  acknowledged: boolean;
  /** Distinct flagged passages of the draft. */
  excerpts: string[];
  /** Attached images (0-based) a finding came from. */
  images: number[];
  /** Distinct one-line messages. */
  messages: string[];
  /** Exception ids worth asking about, in the order the engine gave them. */
  exceptionIds: string[];
  advice: string[];
  replacements: string[];
}

export interface GroupedFindings {
  warnings: FindingGroup[];
  considered: FindingGroup[];
  notes: FindingGroup[];
}

const unique = <T,>(xs: T[]) => [...new Set(xs)];

export function groupFindings(findings: readonly Finding[]): GroupedFindings {
  const byClause = new Map<string, Finding[]>();
  for (const f of findings) byClause.set(f.clause, [...(byClause.get(f.clause) ?? []), f]);
  const groups: FindingGroup[] = [...byClause].map(([clause, fs]) => ({
    clause,
    severity: fs.reduce<Severity>((s, f) => (RANK[f.severity] > RANK[s] ? f.severity : s), 'info'),
    findings: fs,
    acknowledged: fs.every((f) => f.downgradedBy === 'acknowledged'),
    excerpts: unique(fs.map((f) => f.excerpt).filter((e): e is string => !!e)),
    // `image` is set by the image checks (read loosely: older reports do not carry it).
    images: unique(fs.map((f) => (f as { image?: number }).image).filter((i): i is number => typeof i === 'number')).sort((a, b) => a - b),
    messages: unique(fs.map((f) => f.message)),
    exceptionIds: unique(fs.flatMap((f) => f.exceptions.map((e) => e.id))),
    advice: unique(fs.map((f) => f.suggestion.advice)),
    replacements: unique(fs.map((f) => f.suggestion.replacement).filter((r): r is string => !!r)),
  }));
  const firstStart = (g: FindingGroup) => Math.min(...g.findings.flatMap((f) => f.spans.map((s) => s.start)), Number.MAX_SAFE_INTEGER);
  groups.sort((a, b) => RANK[b.severity] - RANK[a.severity] || firstStart(a) - firstStart(b));
  return {
    warnings: groups.filter((g) => g.severity !== 'info'),
    considered: groups.filter((g) => g.severity === 'info' && g.acknowledged),
    notes: groups.filter((g) => g.severity === 'info' && !g.acknowledged),
  };
}

export const SEVERITY_LABEL: Record<Severity, string> = {
  high: 'Likely conflict',
  medium: 'Worth a second look',
  info: 'Note',
};
