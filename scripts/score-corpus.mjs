// Scores the engine on the labelled corpus in ../shared/corpus with its own
// scorer, and fails below the bars (micro F1 ≥ 0.90, ≤ 5% benign warned).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const corpus = process.env.CORPUS ?? '../shared/corpus/dev.jsonl';
const scorer = '../shared/corpus/score.mjs';
if (!existsSync(corpus) || !existsSync(scorer)) {
  console.error(`score-corpus: ${corpus} or ${scorer} not found (../shared must sit beside the repo)`);
  process.exit(1);
}
mkdirSync('artifacts', { recursive: true });
const check = spawnSync('node', ['scripts/run-policy-check.mjs', '--jsonl'], { input: readFileSync(corpus), maxBuffer: 1 << 28 });
if (check.status !== 0) {
  console.error(check.stderr.toString());
  process.exit(1);
}
writeFileSync('artifacts/predictions.jsonl', check.stdout);
const score = spawnSync('node', [scorer, corpus, 'artifacts/predictions.jsonl', '--min-f1', '0.9', '--max-benign-fp', '0.05'], { stdio: 'inherit' });
process.exit(score.status ?? 1);
