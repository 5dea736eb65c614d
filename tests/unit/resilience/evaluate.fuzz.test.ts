// Fuzzes the engine with hostile text: the full code-point range, lone
// surrogates, control and invisible characters, long and highly repetitive
// strings (the shapes that make regular expressions backtrack). evaluate()
// must never throw, must return spans inside the text, and must finish each
// case within a bound (a hang shows up as a time far above it).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate, MAX_TEXT, type EvaluationContext, type Finding } from '../../../src/engine';

/**
 * Per-case ceiling: a hang detector, not a speed limit (those are in npm run bench). Catastrophic backtracking
 * takes minutes; a case ten times slower than usual on a machine busy with other work must not fail here.
 */
const MS_PER_10K_CHARS = 5_000;
const MIN_BOUND_MS = 10_000;

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
const control = fc.integer({ min: 0, max: 0x1f }).map((c) => String.fromCharCode(c));
const invisible = fc.constantFrom('\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad', '\u202e', '\u202d', '\u034f', '\ufe0f', '\u0301', '\u3000');
const policyish = fc.constantFrom('officer', 'Chief', 'DPD', 'case #', '2024-', 'suspect', 'badge', '@', '#', 'http://', ' ', '\n', '.', 'police', 'City of Durham');

/** One UTF-16 unit or code point from everywhere, weighted towards the nasty parts. */
const unit = fc.oneof(
  { arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }), weight: 4 },
  { arbitrary: loneSurrogate, weight: 2 },
  { arbitrary: control, weight: 2 },
  { arbitrary: invisible, weight: 2 },
  { arbitrary: policyish, weight: 2 },
);

const hostileText = fc.oneof(
  fc.string({ unit, maxLength: 400 }),
  fc.string({ unit: 'binary', maxLength: 2_000 }),
  // A short fragment repeated thousands of times: catastrophic backtracking shows here.
  fc.tuple(fc.string({ unit, minLength: 1, maxLength: 6 }), fc.integer({ min: 500, max: 4_000 })).map(([s, n]) => s.repeat(n)),
);

const context: fc.Arbitrary<EvaluationContext> = fc.record(
  {
    sensitivity: fc.constantFrom('balanced', 'strict'),
    cityDevice: fc.boolean(),
    // Watch terms are unit-supplied: regex metacharacters and odd Unicode must be taken literally.
    watchTerms: fc.array(fc.string({ unit, minLength: 2, maxLength: 20 }), { maxLength: 5 }),
    acknowledged: fc.array(fc.string({ maxLength: 20 }), { maxLength: 3 }),
  },
  { requiredKeys: [] },
);
const site = fc.option(fc.constantFrom('x.com', 'www.facebook.com', 'bsky.app', 'www.reddit.com', ''), { nil: undefined });

function checkFindings(text: string, findings: Finding[]): void {
  expect(Array.isArray(findings)).toBe(true);
  const checked = Math.min(text.length, MAX_TEXT);
  for (const f of findings) {
    expect(['high', 'medium', 'info']).toContain(f.severity);
    expect(typeof f.message).toBe('string');
    for (const s of f.spans) {
      expect(Number.isInteger(s.start) && Number.isInteger(s.end)).toBe(true);
      expect(s.start).toBeGreaterThanOrEqual(0);
      expect(s.end).toBeGreaterThanOrEqual(s.start);
      expect(s.end).toBeLessThanOrEqual(checked);
    }
  }
}

function timedEvaluate(text: string, ctx: EvaluationContext, host: string | undefined): { findings: Finding[]; ms: number } {
  const t0 = performance.now();
  const findings = evaluate({ text, site: host }, ctx);
  return { findings, ms: performance.now() - t0 };
}

function boundFor(text: string): number {
  return Math.max(MIN_BOUND_MS, (Math.min(text.length, MAX_TEXT) / 10_000) * MS_PER_10K_CHARS);
}

describe('evaluate under fuzzing', () => {
  it('never throws, keeps spans inside the text and finishes in bounded time', () => {
    fc.assert(
      fc.property(hostileText, context, site, (text, ctx, host) => {
        const { findings, ms } = timedEvaluate(text, ctx, host);
        checkFindings(text, findings);
        expect(ms, `evaluate took ${ms.toFixed(0)} ms on ${text.length} chars`).toBeLessThan(boundFor(text));
      }),
      { numRuns: 200 },
    );
  }, 180_000);

  it('gives the same findings for the same input (no hidden state between calls)', () => {
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 300 }), context, (text, ctx) => {
        expect(evaluate({ text }, ctx)).toEqual(evaluate({ text }, ctx));
      }),
      { numRuns: 100 },
    );
  });

  it('handles drafts far over the evaluation cap without scanning all of them', () => {
    fc.assert(
      fc.property(fc.string({ unit, minLength: 1, maxLength: 8 }), (fragment) => {
        const text = fragment.repeat(Math.ceil((MAX_TEXT * 2) / fragment.length));
        const { findings, ms } = timedEvaluate(text, { sensitivity: 'strict', watchTerms: ['A-123'] }, 'x.com');
        checkFindings(text, findings);
        expect(ms, `evaluate took ${ms.toFixed(0)} ms on ${text.length} chars`).toBeLessThan(boundFor(text));
      }),
      { numRuns: 6 },
    );
  }, 180_000);
});
