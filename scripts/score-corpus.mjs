// Scores the engine on labelled drafts.
//
//   npm run test:corpus
//       the Durham dev corpus (../shared/corpus/dev.jsonl) with its own scorer;
//       fails below micro F1 0.90 or above 5% benign warned.
//   npm run test:corpus -- --sets 'tests/corpus/real/*.jsonl' [more globs or files]
//       one table row per file: drafts, micro P / R / F1, benign drafts warned.
//   options for --sets:
//       --by source     one row per value of that field (e.g. each outlet or data set) instead of per file
//       --clauses       per-clause P / R / F1 under each row
//       --misses        every missed or wrongly warned clause (id, clause, and the engine's message)
//       --part dev|heldout   only the rows tests/corpus/real/split.json puts in that part (files it does not name are dev)
//       --total         a last row over every draft scored
//       --min-f1 X --max-benign-fp Y   exit 1 when a row with conflicts is below X, or any row above Y
//
// Counting follows ../shared/corpus/score.mjs (labelled-score.mjs): only high
// and medium findings count, `allow` clauses cost nothing, a benign draft is
// one with no clauses.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { scoreLabelled } from './labelled-score.mjs';
import { fieldOf, isHeldOut } from './real-split.mjs';


function durhamGate() {
  const corpus = process.env.CORPUS ?? '../shared/corpus/dev.jsonl';
  const scorer = '../shared/corpus/score.mjs';
  if (!existsSync(corpus) || !existsSync(scorer)) {
    console.error(`score-corpus: ${corpus} or ${scorer} not found (../shared must sit beside the repo)`);
    process.exit(1);
  }
  mkdirSync('artifacts', { recursive: true });
  writeFileSync('artifacts/predictions.jsonl', predict(readFileSync(corpus, 'utf8')));
  const score = spawnSync('node', [scorer, corpus, 'artifacts/predictions.jsonl', '--min-f1', '0.9', '--max-benign-fp', '0.05'], { stdio: 'inherit' });
  process.exit(score.status ?? 1);
}

/** Runs the engine (the compiled policy-check CLI, --jsonl) once over every line. */
function predict(jsonl) {
  const check = spawnSync('node', ['scripts/run-policy-check.mjs', '--jsonl'], { input: jsonl, maxBuffer: 1 << 29 });
  if (check.status !== 0) {
    console.error(check.stderr.toString());
    process.exit(1);
  }
  return check.stdout.toString();
}

function scoreSets(args) {
  const files = [];
  let by, part, clauses = false, misses = false, total = false, minF1, maxFp;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--sets') continue;
    else if (a === '--by') by = args[++i];
    else if (a === '--clauses') clauses = true;
    else if (a === '--part') part = args[++i];
    else if (a === '--total') total = true;
    else if (a === '--misses') misses = true;
    else if (a === '--min-f1') minF1 = Number(args[++i]);
    else if (a === '--max-benign-fp') maxFp = Number(args[++i]);
    else files.push(...(/[*?[]/.test(a) ? expand(a) : [a]));
  }
  if (files.length === 0) {
    console.error('score-corpus: no files matched --sets');
    process.exit(2);
  }
  // All files in one engine run; ids are prefixed with the file's index so equal ids in two files stay apart.
  const rows = [];
  files.forEach((file, f) => {
    readFileSync(file, 'utf8').split('\n').forEach((line, n) => {
      if (!line.trim()) return;
      let row;
      try {
        row = JSON.parse(line);
      } catch {
        console.error(`${file}:${n + 1}: not JSON`);
        process.exit(2);
      }
      if (part && (isHeldOut(file, row) ? 'heldout' : 'dev') !== part) return;
      rows.push({ ...row, key: `${f}\u0000${row.id}`, file });
    });
  });
  const input = rows.map((r) => JSON.stringify({ id: r.key, text: r.text, ...(r.site ? { site: r.site } : {}) })).join('\n') + '\n';
  const preds = new Map(predict(input).split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l)).map((p) => [p.id, p.findings]));

  const groups = new Map();
  for (const r of rows) {
    const name = by ? `${r.file.replace(/^.*\//, '')} ${by}=${fieldOf(r, by) ?? '(none)'}` : r.file;
    (groups.get(name) ?? groups.set(name, []).get(name)).push(r);
  }
  const pct = (x) => (100 * x).toFixed(1);
  const width = Math.max(4, ...[...groups.keys()].map((k) => k.length));
  console.log(`${'set'.padEnd(width)}  drafts  conflicts  micro P  micro R  micro F1  benign warned`);
  let failed = false;
  if (total && groups.size > 1) groups.set('all', rows);
  for (const [name, list] of groups) {
    const s = scoreLabelled(list, (r) => preds.get(r.key) ?? []);
    const withConflicts = list.filter((r) => r.clauses.length > 0).length;
    const benign = `${s.benignFlagged}/${s.benign} (${pct(s.benignFlagged / (s.benign || 1))}%)`;
    const cells = withConflicts ? [pct(s.P).padStart(7), pct(s.R).padStart(7), pct(s.F1).padStart(8)] : ['—'.padStart(7), '—'.padStart(7), '—'.padStart(8)];
    console.log(`${name.padEnd(width)}  ${String(list.length).padStart(6)}  ${String(withConflicts).padStart(9)}  ${cells.join('  ')}  ${benign}`);
    if (clauses) {
      for (const [c, t] of [...s.perClause].sort()) {
        const p = t.tp / (t.tp + t.fp || 1), r = t.tp / (t.tp + t.fn || 1), f = (2 * p * r) / (p + r || 1);
        console.log(`    ${c.padEnd(26)} P ${pct(p).padStart(5)}  R ${pct(r).padStart(5)}  F1 ${pct(f).padStart(5)}  tp ${t.tp} fp ${t.fp} fn ${t.fn}`);
      }
    }
    if (misses) for (const m of s.misses) console.log(`    ${m}`);
    if (minF1 !== undefined && withConflicts && s.F1 < minF1) failed = true;
    if (maxFp !== undefined && s.benignFlagged / (s.benign || 1) > maxFp) failed = true;
  }
  process.exit(failed ? 1 : 0);
}

/** A glob in the file name only ('dir/*.jsonl', 'dir/real-?.jsonl'), sorted; Node 20 has no fs.globSync. */
function expand(pattern) {
  const dir = dirname(pattern);
  const re = new RegExp('^' + basename(pattern).replace(/[.+^${}()|\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.') + '$');
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => re.test(f)).sort().map((f) => join(dir, f));
}

const argv = process.argv.slice(2);
if (!argv.includes('--sets')) durhamGate();
else scoreSets(argv);
