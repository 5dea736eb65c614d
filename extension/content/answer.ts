// Validation of the background's answer to draft/evaluate. Pure (no browser
// APIs) so it can be unit-tested and fuzzed.
import { DeepResultSchema, EvaluateResponseSchema, type DeepNote, type DeepResult, type Finding } from '../../src/messages/schemas';

export type EvaluateOutcome =
  | { kind: 'result'; seq: number; findings: Finding[]; deep?: DeepNote }
  /** Transport failed or the answer was invalid: try again on the next change. */
  | { kind: 'failed' };

/** Accepts only a zod-valid draft/result for the composer that asked. */
export function parseEvaluateAnswer(raw: unknown, composerId: string): EvaluateOutcome {
  const parsed = EvaluateResponseSchema.safeParse(raw);
  if (!parsed.success || parsed.data.composerId !== composerId) return { kind: 'failed' };
  return { kind: 'result', seq: parsed.data.seq, findings: parsed.data.findings, deep: parsed.data.deep };
}

/** A pushed deep-check answer, or null when the message is anything else. */
export function parseDeepResult(raw: unknown): DeepResult | null {
  const parsed = DeepResultSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}
