export interface LabelledRow {
  id: string;
  text: string;
  clauses: readonly string[];
  allow?: readonly string[];
}
export interface ScoredFinding {
  clause: string;
  severity: string;
  message?: string;
  start?: number | null;
  end?: number | null;
}
export interface LabelledScore {
  P: number;
  R: number;
  F1: number;
  benign: number;
  benignFlagged: number;
  perClause: Map<string, { tp: number; fp: number; fn: number }>;
  misses: string[];
}
export function scoreLabelled<T extends LabelledRow>(rows: readonly T[], findingsOf: (row: T) => readonly ScoredFinding[]): LabelledScore;
