// `npm run eval:deep`: no model can run here, so the command is tested against
// the fake LanguageModel (--fake, test only) on a tiny corpus written for this
// test, and against today's Chromium, where the real Prompt API says
// "unavailable" and the command says so instead of scoring.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { REPO_ROOT } from './harness';

const dir = mkdtempSync(join(tmpdir(), 'deep-eval-test-'));
const corpus = join(dir, 'tiny.jsonl');
writeFileSync(
  corpus,
  [
    { id: 't1', site: 'x.com', text: 'Moving day went fine, the nice neighbors helped with the couch.', clauses: ['disparagement'], allow: [] },
    { id: 't2', site: 'x.com', text: 'Speaking for the whole Durham PD, thank you for coming out tonight.', clauses: ['official-voice'], allow: [] },
    { id: 't3', site: 'x.com', text: 'Pancakes for dinner again.', clauses: [], allow: [] },
  ]
    .map((r) => JSON.stringify(r))
    .join('\n'),
);

function run(...args: string[]) {
  return spawnSync('npx', ['tsx', 'scripts/eval-deep.ts', corpus, '--chrome', '/usr/bin/chromium', '--out', join(dir, 'out'), ...args], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    timeout: 180_000,
  });
}

describe('npm run eval:deep', () => {
  test('with the fake model: per-source table for the engine, the deep check and both, from the project scorer', () => {
    const r = run('--fake', JSON.stringify({ triggers: [['nice neighbors', 'disparagement']] }));
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('deep check: available (chrome-prompt)');
    const row = r.stdout.split('\n').find((l) => l.startsWith('| tiny.jsonl'))!;
    expect(row).toBe('| tiny.jsonl | 3 | 3 | 0 | 0 | 0 | 100.0 / 50.0 / 66.7 · 0/1 | 100.0 / 50.0 / 66.7 · 0/1 | 100.0 / 100.0 / 100.0 · 0/1 |');
    expect(readFileSync(join(dir, 'out', 'summary.md'), 'utf8')).toMatch(/FAKE model: test run, not a measurement/);
    expect(readFileSync(join(dir, 'out', 'tiny.merged.score.txt'), 'utf8')).toMatch(/disparagement\s+100\.0/);
  });

  test('in today’s Chromium (no model): says the deep check is unavailable and scores nothing', () => {
    const r = run();
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('deep check: unavailable (chrome-prompt)');
    expect(r.stderr).toMatch(/not available in this Chrome \(unavailable\)/);
  });
});
