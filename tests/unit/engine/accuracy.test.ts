// Accuracy on labelled drafts, with the corpus scorer's rules: only high and
// medium findings count; `allow` clauses cost nothing. heldout.jsonl was
// written before the detectors were tuned, to check they generalise;
// regression.jsonl holds later probes (misses that were then fixed).
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/engine';
import { isHeldOut } from '../../../scripts/real-split.mjs';

interface Row {
  id: string;
  site: string;
  text: string;
  clauses: string[];
  allow?: string[];
  source?: { date?: string };
}

function score(rows: Row[]) {
  let tp = 0, fp = 0, fn = 0, benign = 0, benignFlagged = 0;
  const misses: string[] = [];
  for (const row of rows) {
    const warned = new Set(evaluate({ text: row.text, site: row.site }).filter((f) => f.severity !== 'info').map((f) => f.clause));
    const expected = new Set(row.clauses);
    const allowed = new Set(row.allow ?? []);
    for (const c of expected) if (warned.has(c)) tp++; else { fn++; misses.push(`${row.id} missed ${c}`); }
    for (const c of warned) if (!expected.has(c) && !allowed.has(c)) { fp++; misses.push(`${row.id} wrongly warned ${c}`); }
    if (expected.size === 0) { benign++; if ([...warned].some((c) => !allowed.has(c))) benignFlagged++; }
  }
  const p = tp / (tp + fp || 1), r = tp / (tp + fn || 1);
  return { p, r, f1: (2 * p * r) / (p + r || 1), benignRate: benignFlagged / (benign || 1), misses };
}

const load = (path: string): Row[] => readFileSync(path, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Row);

describe('accuracy', () => {
  it('held-out drafts (tests/unit/engine/heldout.jsonl): micro F1 ≥ 0.90, ≤ 5% benign warned', () => {
    const result = score(load(new URL('./heldout.jsonl', import.meta.url).pathname));
    expect(result.misses).toEqual([]);
    expect(result.f1).toBeGreaterThanOrEqual(0.9);
    expect(result.benignRate).toBeLessThanOrEqual(0.05);
  });
  it('everyday posts written by reviewers to hunt false warnings: ≤ 0.5% warned', () => {
    // Five rounds of ordinary posts (hobbies, sport, faith, family, Spanish, lawful job talk); each warning found was studied.
    expect(score(load(corpusDir + 'written-reviewed-everyday.jsonl')).benignRate).toBeLessThanOrEqual(0.005);
  });
  it('regression drafts (tests/unit/engine/regression.jsonl, misses found while probing): all right', () => {
    const result = score(load(new URL('./regression.jsonl', import.meta.url).pathname));
    expect(result.misses).toEqual([]);
  });

  // Sets written by separate writers from the order alone (tests/corpus/README.md).
  const corpusDir = new URL('../../corpus/', import.meta.url).pathname;
  const written = readdirSync(corpusDir).filter((f) => /^written-.*\.jsonl$/.test(f)).sort();
  it.each(written)('written set %s: micro F1 ≥ 0.85 and ≤ 5%% benign warned', (file) => {
    const rows = load(corpusDir + file);
    const result = score(rows);
    // An all-benign set (written-z-benign) has no F1, only the benign rate.
    if (rows.some((r) => r.clauses.length > 0)) expect(result.f1).toBeGreaterThanOrEqual(0.85);
    expect(result.benignRate).toBeLessThanOrEqual(0.05);
  });

  // Real text nobody on the project wrote (tests/corpus/real), development part only: the held-out part
  // (tests/corpus/real/split.json) is reported by `npm run test:corpus`, never gated. Bars sit a little
  // under today's figures (docs/accuracy.md), so a change that loses ground on real text fails here.
  const realDir = new URL('../../corpus/real/', import.meta.url).pathname;
  // The same split the scorer uses (whole files, publication years, data-set rounds).
  const devRows = (prefix: string): Row[] =>
    readdirSync(realDir)
      .filter((f) => f.startsWith(prefix) && f.endsWith('.jsonl'))
      .flatMap((f) => load(realDir + f).filter((row) => !isHeldOut(f, row)));
  // Officers' own blogs and forums (mostly everyday job talk, insults of command in house slang) joined the development part: the bar is set on all of it.
  it('real officer posts, development part: recall ≥ 0.30 at precision ≥ 0.89', () => {
    const result = score(devRows('officers-'));
    expect(result.r).toBeGreaterThanOrEqual(0.3);
    expect(result.p).toBeGreaterThanOrEqual(0.89);
  });
  it('second samples and news comments (Gab Hate Corpus train split, Civil Comments), development: micro F1 ≥ 0.50 at precision ≥ 0.65', () => {
    const result = score(['ghc-b', 'civil-comments'].flatMap((p) => devRows(p)));
    expect(result.f1).toBeGreaterThanOrEqual(0.5);
    expect(result.p).toBeGreaterThanOrEqual(0.65);
  });
  it('crowd-written adversarial hate (DynaHate), development rounds: micro F1 ≥ 0.38 at precision ≥ 0.78', () => {
    const result = score(devRows('dynahate'));
    expect(result.f1).toBeGreaterThanOrEqual(0.38);
    expect(result.p).toBeGreaterThanOrEqual(0.78);
  });
  it('real everyday posts, development part: ≤ 1.5% warned', () => {
    expect(score(devRows('everyday-')).benignRate).toBeLessThanOrEqual(0.015);
  });
  it('real hate posts, development part: micro F1 ≥ 0.70 at precision ≥ 0.85, ≤ 3% of their benign rows warned', () => {
    const result = score(['hatexplain', 'ghc.', 'tweeteval-'].flatMap((p) => devRows(p)));
    expect(result.f1).toBeGreaterThanOrEqual(0.7);
    expect(result.p).toBeGreaterThanOrEqual(0.85);
    expect(result.benignRate).toBeLessThanOrEqual(0.03);
  });
});
