// Fuzzes the content script's side of the boundary: the background's answer
// to draft/evaluate is validated (parseEvaluateAnswer) before anything is
// drawn, and spans are moved along the member's edits (shiftSpan). Whatever
// arrives — junk, the background's {error} reply, an answer for another
// composer, malformed findings — nothing throws and only a valid answer for
// the composer that asked is used.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseEvaluateAnswer } from '../../../extension/content/answer';
import { diffOnce, shiftSpan } from '../../../extension/content/spans';

const span = fc.record({ start: fc.nat(500), end: fc.nat(500) });
const finding = fc.record(
  {
    clause: fc.string({ maxLength: 40 }),
    severity: fc.constantFrom('high', 'medium', 'info'),
    spans: fc.array(span, { maxLength: 4 }),
    message: fc.string(),
    why: fc.string(),
    exceptions: fc.array(fc.record({ id: fc.string(), question: fc.string(), quote: fc.string() }), { maxLength: 2 }),
    suggestion: fc.record({ advice: fc.string(), replacement: fc.string() }, { requiredKeys: ['advice'] }),
    downgradedBy: fc.string(),
    excerpt: fc.string(),
  },
  { requiredKeys: ['clause', 'severity', 'spans', 'message', 'why', 'exceptions', 'suggestion'] },
);
const composerId = fc.uuid();
const validAnswer = fc.record({ type: fc.constant('draft/result'), composerId, seq: fc.nat(), findings: fc.array(finding, { maxLength: 5 }) });

/** One field of a valid answer broken in a way the schema must catch. */
const brokenAnswer = fc
  .tuple(
    validAnswer,
    fc.constantFrom(
      (a: Record<string, unknown>) => ({ ...a, type: 'draft/evaluate' }),
      (a: Record<string, unknown>) => ({ ...a, seq: 'one' }),
      (a: Record<string, unknown>) => ({ ...a, findings: 'none' }),
      (a: Record<string, unknown>) => ({ ...a, findings: [{ clause: 'x', severity: 'critical', spans: [], message: '', why: '', exceptions: [], suggestion: { advice: '' } }] }),
      (a: Record<string, unknown>) => ({ ...a, findings: [{ clause: 'x', severity: 'high', spans: [{ start: -1, end: 2 }], message: '', why: '', exceptions: [], suggestion: { advice: '' } }] }),
      (a: Record<string, unknown>) => ({ ...a, findings: [{ clause: 'x', severity: 'high', spans: [{ start: 0.5, end: 2 }], message: '', why: '', exceptions: [], suggestion: { advice: '' } }] }),
      (a: Record<string, unknown>) => ({ ...a, findings: [{ clause: 'x', severity: 'high', spans: [], message: '', why: '', exceptions: [] }] }),
      (a: Record<string, unknown>) => {
        const { composerId: _omit, ...rest } = a;
        return rest;
      },
    ),
  )
  .map(([a, breakIt]) => breakIt(a));

describe('parseEvaluateAnswer under fuzzing', () => {
  it('never throws, and refuses anything that is not a draft/result', () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withBigInt: true, withMap: true, withSet: true }), composerId, (raw, id) => {
        expect(parseEvaluateAnswer(raw, id)).toEqual({ kind: 'failed' });
      }),
      { numRuns: 1_000 },
    );
  });

  it("refuses the background's error reply and answers with a broken field", () => {
    fc.assert(
      fc.property(brokenAnswer, fc.string(), (raw, error) => {
        expect(parseEvaluateAnswer(raw, (raw as { composerId?: string }).composerId ?? '')).toEqual({ kind: 'failed' });
        expect(parseEvaluateAnswer({ error }, '')).toEqual({ kind: 'failed' });
      }),
      { numRuns: 500 },
    );
  });

  it('accepts a valid answer for the composer that asked, and only for it', () => {
    fc.assert(
      fc.property(validAnswer, composerId, (answer, other) => {
        const outcome = parseEvaluateAnswer(answer, answer.composerId);
        expect(outcome).toEqual({ kind: 'result', seq: answer.seq, findings: answer.findings });
        if (other !== answer.composerId) expect(parseEvaluateAnswer(answer, other)).toEqual({ kind: 'failed' });
      }),
      { numRuns: 500 },
    );
  });
});

describe('shiftSpan under fuzzing', () => {
  const text = fc.string({ unit: 'binary', maxLength: 60 });

  it('never throws, and a span it keeps still covers the same words in the new text', () => {
    fc.assert(
      fc.property(text, text, span, (before, after, s) => {
        const moved = shiftSpan(s, before, after, diffOnce(before, after));
        if (moved) expect(after.slice(moved.start, moved.end)).toBe(before.slice(s.start, s.end));
      }),
      { numRuns: 2_000 },
    );
  });

  it('keeps a span inside the text when it started inside the text', () => {
    fc.assert(
      fc.property(
        text.filter((t) => t.length > 0),
        text,
        fc.nat(),
        fc.nat(),
        (before, after, a, b) => {
          const start = a % before.length;
          const end = start + 1 + (b % (before.length - start));
          const moved = shiftSpan({ start, end }, before, after);
          if (moved) {
            expect(moved.start).toBeGreaterThanOrEqual(0);
            expect(moved.end).toBeLessThanOrEqual(after.length);
            expect(moved.end).toBeGreaterThan(moved.start);
          }
        },
      ),
      { numRuns: 2_000 },
    );
  });
});
