// A crafted draft (one pattern repeated thousands of times) costs about what
// prose of the same size costs: every rule reports a bounded number of
// matches, and overlap checks use a sorted index instead of comparing each
// hit with every other. Time is this process's CPU time (a busy machine does
// not fail the test); the figures themselves are in bench/engine.bench.ts.
import { beforeAll, describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/engine';
import { capped, MAX_MATCHES, SpanIndex } from '../../../src/engine/match';

const SIZE = 200_000;
const repeat = (unit: string) => unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE);
const PROSE = repeat('Beautiful morning for a run along the trail. Congrats to the new sergeants promoted this month! The county should fund the library. ');

let proseMs = 0;
beforeAll(() => {
  evaluate({ text: PROSE, site: 'x.com' });
  const before = process.cpuUsage();
  evaluate({ text: PROSE, site: 'x.com' }, { watchTerms: ['cr12-'] });
  const used = process.cpuUsage(before);
  proseMs = (used.user + used.system) / 1000;
});

describe('bounded work on crafted drafts', () => {
  it('capped() stops after max items, even for an endless source', () => {
    function* endless() {
      for (let i = 0; ; i++) yield i;
    }
    expect([...capped(endless(), 3)]).toEqual([0, 1, 2]);
    expect([...capped([1, 2], 5)]).toEqual([1, 2]);
  });

  it('SpanIndex claims a span only when it overlaps none already claimed', () => {
    const index = new SpanIndex();
    expect(index.claim({ start: 10, end: 20 })).toBe(true);
    expect(index.claim({ start: 0, end: 5 })).toBe(true);
    expect(index.claim({ start: 19, end: 25 })).toBe(false);
    expect(index.claim({ start: 4, end: 11 })).toBe(false);
    expect(index.claim({ start: 5, end: 10 })).toBe(true);
    expect(index.claim({ start: 20, end: 30 })).toBe(true);
    expect(index.claim({ start: 12, end: 13 })).toBe(false);
  });

  it('SpanIndex agrees with the pairwise check on random spans', () => {
    let seed = 7;
    const rand = (n: number) => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % n;
    for (let round = 0; round < 50; round++) {
      const index = new SpanIndex();
      const kept: { start: number; end: number }[] = [];
      for (let i = 0; i < 40; i++) {
        const start = rand(200);
        const span = { start, end: start + 1 + rand(15) };
        const free = !kept.some((k) => k.start < span.end && span.start < k.end);
        expect(index.claim(span)).toBe(free);
        if (free) kept.push(span);
      }
    }
  });

  it.each([
    ['case numbers', 'cr12-123 '],
    ['phone numbers', '919-555-0142 '],
    ['case files', 'case 2016-118832. '],
  ])('200 KB of %s: findings capped, at most 3× the time of 200 KB of prose', (_name, unit) => {
    const text = repeat(unit);
    const before = process.cpuUsage();
    const findings = evaluate({ text, site: 'x.com' }, { watchTerms: ['cr12-'] });
    const used = process.cpuUsage(before);
    const perClause = new Map<string, number>();
    for (const f of findings) perClause.set(f.clause, (perClause.get(f.clause) ?? 0) + 1);
    for (const n of perClause.values()) expect(n).toBeLessThanOrEqual(MAX_MATCHES);
    expect((used.user + used.system) / 1000).toBeLessThanOrEqual(3 * proseMs + 50);
  }, 60_000);
});
