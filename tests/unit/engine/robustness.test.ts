// Bad and adversarial input: a result, never a crash, in bounded time (a
// hang from catastrophic backtracking would blow far past the bound). Time is
// this process's CPU time, so a busy machine does not fail the test; the
// speed figures themselves live in bench/engine.bench.ts.
import { describe, expect, it } from 'vitest';
import { evaluate, MAX_TEXT } from '../../../src/engine';

const BOUND_MS = 2_000;

function timed(text: string) {
  const before = process.cpuUsage();
  const findings = evaluate({ text, site: 'x.com' }, { watchTerms: ['2024-', 'Nightjar'], sensitivity: 'strict' });
  const used = process.cpuUsage(before);
  const ms = (used.user + used.system) / 1000;
  for (const f of findings) for (const s of f.spans) expect(s.end).toBeLessThanOrEqual(Math.min(text.length, MAX_TEXT));
  return { findings, ms };
}

describe('robustness', () => {
  it.each([
    ['empty text', ''],
    ['only spaces', '   \n\t  '],
    ['1 MB of prose', 'My lieutenant is a lazy idiot and I live on Ridgeway Ave. '.repeat(18_000)],
    ['lone surrogates', 'idiot \uD800 chief \uDC00 is a moron \uD83D'],
    ['control characters', 'the chief\u0000 is\u0007 an\u001b idiot\u0008'],
    ['100 KB without spaces', 'a'.repeat(50_000) + 'idiot'.repeat(10_000)],
    ['100 KB of one character', 'x'.repeat(100_000)],
    ['long run of single letters (letter-spacing)', 'a '.repeat(60_000)],
    ['nested punctuation', '(((['.repeat(20_000) + 'idiot' + '])))'.repeat(20_000)],
    ['masks and symbols', '*$@!'.repeat(30_000)],
    ['stretched letters', 'i' + 'd'.repeat(100_000) + 'iot'],
    ['digits and dashes', '1-2-3-4-'.repeat(20_000)],
    ['quotes and colons', `commented on my page: '`.repeat(10_000)],
    ['zero-width storm', '\u200b'.repeat(100_000)],
  ])('%s → a result within the bound', (_name, text) => {
    const { findings, ms } = timed(text);
    expect(Array.isArray(findings)).toBe(true);
    expect(ms).toBeLessThan(BOUND_MS);
  });

  it('finds things in long drafts but caps findings per clause', () => {
    const { findings } = timed('My lieutenant is a lazy idiot. '.repeat(2_000));
    const disparagement = findings.filter((f) => f.clause === 'disparagement');
    expect(disparagement.length).toBeGreaterThan(0);
    expect(disparagement.length).toBeLessThanOrEqual(25);
  });

  it('is deterministic', () => {
    const text = 'Speaking for the whole Durham PD: my sergeant is a clown. Case 2016-118832. 919-555-0142.';
    expect(evaluate({ text })).toEqual(evaluate({ text }));
  });
});
