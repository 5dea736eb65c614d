// Fuzzes the background's message boundary: whatever arrives, handleMessage
// answers with a result (never throws), refuses anything that is not one of
// the known messages from our own extension, and its error line never repeats
// the draft text it was handed (errors are logged with console.warn).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BackgroundState, handleMessage, type SenderInfo } from '../../../extension/background/handle-message';
import { MAX_DRAFT_CHARS } from '../../../src/messages/schemas';
import { DEFAULT_SETTINGS } from '../../../src/settings/schema';

const EXTENSION_ID = 'abcdefghijklmnopabcdefghijklmnop';
const contentScript: SenderInfo = { extensionId: EXTENSION_ID, senderId: EXTENSION_ID, tabId: 7, host: 'x.com' };

/** Draft-like text: long enough (≥ 8 chars, a letter in it) that finding it in an error is no coincidence. */
const draftText = fc
  .tuple(fc.string({ unit: 'binary', minLength: 4, maxLength: 200 }), fc.string({ unit: 'grapheme-ascii', minLength: 4, maxLength: 40 }))
  .map(([a, b]) => `Q${b}${a}`);

const validTypes = ['draft/evaluate', 'composer/gone', 'report/get', 'finding/acknowledge'] as const;

/** Messages that are structurally plausible but wrong somewhere: a known type, some fields of the wrong type or missing. */
const malformedMessage = fc.record(
  {
    type: fc.constantFrom(...validTypes),
    composerId: fc.oneof(fc.string({ maxLength: 80 }), fc.integer(), fc.constant(null), fc.object()),
    seq: fc.oneof(fc.double(), fc.integer({ min: -5, max: 5 }), fc.string(), fc.constant(undefined)),
    site: fc.oneof(fc.string({ maxLength: 300 }), fc.integer(), fc.constant(null)),
    tabId: fc.oneof(fc.double(), fc.string(), fc.constant(null)),
    clause: fc.oneof(fc.string({ maxLength: 80 }), fc.constant(null)),
    acknowledged: fc.oneof(fc.boolean(), fc.string(), fc.integer()),
  },
  { requiredKeys: ['type'] },
);

function run(raw: unknown, sender: SenderInfo = contentScript) {
  return handleMessage(raw, sender, new BackgroundState(), DEFAULT_SETTINGS);
}

describe('handleMessage under fuzzing', () => {
  it('never throws and never echoes the draft text, whatever the message', () => {
    fc.assert(
      fc.property(draftText, fc.anything({ withNullPrototype: true, withBigInt: true, withMap: true, withSet: true }), (text, junk) => {
        const candidates: unknown[] = [
          junk,
          text,
          { type: 'draft/evaluate', text, composerId: junk, seq: 1, site: 'x.com' },
          { type: 'draft/evaluate', text: [text], composerId: 'c1', seq: 1, site: 'x.com' },
          { type: 'draft/evaluate', text, composerId: 'c1', seq: -1, site: 'x.com' },
          { type: 'draft/evaluate', text, composerId: 'c1', seq: 1, site: text.repeat(3) },
          { type: 'draft/evaluate', text, composerId: text.repeat(3), seq: 1, site: 'x.com' },
          { type: 'draft/evaluate', draft: { text } },
          { type: 'finding/acknowledge', tabId: 1, clause: text.repeat(3), acknowledged: true },
          { type: 'no/such-type', text },
          { type: text },
          { type: { text } },
          { type: [text] },
        ];
        for (const raw of candidates) {
          const result = run(raw);
          if (!result.ok) {
            expect(result.error).not.toContain(text);
            // Neither any 8-character piece of it (a truncated echo is still an echo).
            expect(result.error).not.toContain(text.slice(0, 8));
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('rejects structurally malformed messages with a short error', () => {
    fc.assert(
      fc.property(malformedMessage, (raw) => {
        const result = run(raw);
        // report/get and finding/acknowledge are for extension pages: from this content script they are always refused.
        const valid = raw.type === 'composer/gone' && typeof raw.composerId === 'string' && raw.composerId.length <= 64;
        // draft/evaluate always lacks `text` here, so it must always be refused.
        expect(result.ok).toBe(valid);
        if (!result.ok) expect(result.error.length).toBeLessThan(500);
      }),
      { numRuns: 500 },
    );
  });

  it('refuses an oversized draft without evaluating it or quoting it', () => {
    const text = 'Suspect John Q Public lives at 12 Elm St. '.repeat(Math.ceil((MAX_DRAFT_CHARS + 1) / 42)).slice(0, MAX_DRAFT_CHARS + 1);
    const state = new BackgroundState();
    const result = handleMessage({ type: 'draft/evaluate', composerId: 'c1', seq: 1, site: 'x.com', text }, contentScript, state, DEFAULT_SETTINGS);
    expect(result).toEqual({ ok: false, error: expect.stringMatching(/^malformed message \(draft\/evaluate\): text too_big/) });
    expect((result as { error: string }).error).not.toContain('Suspect');
    expect(state.report(7).findings).toEqual([]);
  });

  it('refuses messages from any other sender, whatever they carry', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ minLength: 1, maxLength: 40 }).filter((id) => id !== EXTENSION_ID), fc.constant(undefined)),
        draftText,
        fc.constantFrom(...validTypes),
        (senderId, text, type) => {
          const state = new BackgroundState();
          const raw = { type, text, composerId: 'c1', seq: 1, site: 'x.com', tabId: 7, clause: 'confidential-info', acknowledged: true };
          const result = handleMessage(raw, { ...contentScript, senderId }, state, DEFAULT_SETTINGS);
          expect(result).toEqual({ ok: false, error: 'message from another extension refused' });
          expect(state.tabs.size).toBe(0);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('refuses draft/evaluate that does not come from a tab', () => {
    const result = run({ type: 'draft/evaluate', composerId: 'c1', seq: 1, site: 'x.com', text: 'hello there' }, { ...contentScript, tabId: undefined, host: undefined });
    expect(result).toEqual({ ok: false, error: 'draft/evaluate must come from a tab' });
  });

  it('answers every well-formed draft/evaluate with a result that matches its schema', async () => {
    const { EvaluateResponseSchema } = await import('../../../src/messages/schemas');
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 500 }),
        fc.string({ maxLength: 64 }),
        fc.nat(),
        fc.string({ maxLength: 253 }),
        (text, composerId, seq, site) => {
          const result = run({ type: 'draft/evaluate', text, composerId, seq, site });
          expect(result.ok).toBe(true);
          expect(EvaluateResponseSchema.safeParse((result as { response: unknown }).response).success).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});
