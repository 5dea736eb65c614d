// Trains the statistical fallback (src/engine/fallback.ts): one L2 logistic
// regression per clause on unigram+bigram presence features, threshold picked
// by 5-fold cross-validation for high precision. Deterministic, no network.
// Usage: npx tsx scripts/train-classifier.ts [extra.jsonl ...]
// Trains on the written sets and the development part of the real corpus
// (tests/corpus/real, minus what split.json holds out); folds keep each
// source page or data set whole, so one incident's posts never sit on both
// sides of a fold.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { isHeldOut } from './real-split.mjs';
import { sentenceFeatures } from '../src/engine/fallback-features';
import { normalize } from '../src/engine/normalize';

const CLAUSES = [...(process.env.EXTRA_CLAUSES ?? '').split(',').filter(Boolean),
  'official-voice', 'disparagement', 'explicit-content', 'violent-content',
  'investigation-records', 'personnel-records', 'nonpublic-records', 'identity-privacy',
  // discriminatory-content is left out: with one protected-group word the classifier warns on neutral facts ("Women are underrepresented in detective units").
  // third-party-content is left out: it needs a prohibited comment, which a rule would already have found; alone the classifier learns "commented on my".
];
/** Written sets never trained or tuned on: the last blind measure (tests/corpus/README.md). */
const BLIND = new Set(['written-u.jsonl', 'written-v.jsonl']);
const WRITTEN = readdirSync('tests/corpus').filter((f) => /^written-.*\.jsonl$/.test(f) && !BLIND.has(f)).sort().map((f) => `tests/corpus/${f}`);
const REAL = existsSync('tests/corpus/real') ? readdirSync('tests/corpus/real').filter((f) => f.endsWith('.jsonl')).sort().map((f) => `tests/corpus/real/${f}`) : [];
const SOURCES = ['../shared/corpus/dev.jsonl', 'tests/unit/engine/heldout.jsonl', 'tests/unit/engine/regression.jsonl', ...WRITTEN, ...REAL, ...process.argv.slice(2)];
const MIN_PRECISION = Number(process.env.MIN_PRECISION ?? 0.9);
/** Benign drafts the fallback may warn on, in cross-validation (real everyday posts are most of them). */
const MAX_BENIGN_FP = Number(process.env.MAX_BENIGN_FP ?? 0.005);
const TOP_FEATURES = Number(process.env.TOP_FEATURES ?? 600);
const L2 = 0.01;
const EPOCHS = 200;
const LR = 0.5;
const FOLDS = 5;

interface Row { text: string; clauses: string[]; x: number[]; fold: number }

const vocab = new Map<string, number>();
const seen = new Set<string>();
const raw: { text: string; clauses: string[]; feats: Set<string>; group: string }[] = [];
let heldOut = 0;
for (const file of SOURCES) {
  if (!existsSync(file)) { console.error(`skip ${file} (missing)`); continue; }
  readFileSync(file, 'utf8').split('\n').forEach((line, n) => {
    if (!line.trim()) return;
    const r = JSON.parse(line) as { text: string; clauses?: string[]; source?: { url?: string } };
    if (isHeldOut(file, r)) { heldOut++; return; }
    if (seen.has(r.text)) return;
    seen.add(r.text);
    // A fold group: the page a quoted post came from, else blocks of 20 rows of one file.
    const group = r.source?.url ?? `${file}#${Math.floor(n / 20)}`;
    raw.push({ text: r.text, clauses: r.clauses ?? [], feats: new Set(sentenceFeatures(normalize(r.text)).flat()), group });
  });
}
console.log(`${heldOut} held-out real rows left out`);
const foldOf = (group: string) => { let h = 0; for (const c of group) h = (h * 31 + c.charCodeAt(0)) >>> 0; return h % FOLDS; };
// Keep features seen in at least two drafts.
const df = new Map<string, number>();
for (const r of raw) for (const f of r.feats) df.set(f, (df.get(f) ?? 0) + 1);
for (const [f, n] of [...df].sort((a, b) => (a[0] < b[0] ? -1 : 1))) if (n >= 2) vocab.set(f, vocab.size);
const rows: Row[] = raw.map((r) => ({ text: r.text, clauses: r.clauses, fold: foldOf(r.group), x: [...r.feats].map((f) => vocab.get(f)).filter((i): i is number => i !== undefined) }));
console.log(`${rows.length} drafts, ${vocab.size} features, ${rows.filter((r) => r.clauses.length === 0).length} benign`);

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
function train(data: Row[], y: number[]): { w: Float64Array; b: number } {
  const w = new Float64Array(vocab.size);
  let b = 0;
  const pos = y.reduce((s, v) => s + v, 0);
  const cw1 = pos ? data.length / (2 * pos) : 1; // balance the rare positive class
  const cw0 = data.length / (2 * Math.max(1, data.length - pos));
  for (let e = 0; e < EPOCHS; e++) {
    const g = new Float64Array(vocab.size);
    let gb = 0;
    data.forEach((r, i) => {
      let z = b;
      for (const j of r.x) z += w[j]!;
      const err = (sigmoid(z) - y[i]!) * (y[i] ? cw1 : cw0);
      gb += err;
      for (const j of r.x) g[j]! += err;
    });
    for (let j = 0; j < w.length; j++) w[j]! -= LR * (g[j]! / data.length + L2 * w[j]!);
    b -= (LR * gb) / data.length;
  }
  return { w, b };
}
function prune(m: { w: Float64Array; b: number }): Map<number, number> {
  const idx = [...m.w.keys()].sort((a, b) => Math.abs(m.w[b]!) - Math.abs(m.w[a]!) || a - b).slice(0, TOP_FEATURES);
  return new Map(idx.filter((i) => m.w[i] !== 0).map((i) => [i, m.w[i]!]));
}
const score = (m: Map<number, number>, b: number, r: Row) => sigmoid(r.x.reduce((z, j) => z + (m.get(j) ?? 0), b));

const model: Record<string, { bias: number; threshold: number; weights: Record<string, number> }> = {};
const names = [...vocab.keys()];
for (const clause of CLAUSES) {
  const y: number[] = rows.map((r) => (r.clauses.includes(clause) ? 1 : 0));
  const oof = new Array<number>(rows.length);
  for (let k = 0; k < FOLDS; k++) {
    const trainIdx = rows.map((_, i) => i).filter((i) => rows[i]!.fold !== k);
    const m = train(trainIdx.map((i) => rows[i]!), trainIdx.map((i) => y[i]!));
    const p = prune(m);
    rows.forEach((r, i) => { if (r.fold === k) oof[i] = score(p, m.b, r); });
  }
  // Lowest threshold that keeps CV precision ≥ MIN_PRECISION and benign FP ≤ MAX_BENIGN_FP.
  const pos = y.reduce((s, v) => s + v, 0);
  const benign = rows.filter((r) => r.clauses.length === 0).length;
  let best = { t: 1.01, p: 1, r: 0, fp: 0 };
  for (const t of [...new Set(oof)].sort((a, b) => a - b)) {
    let tp = 0, fp = 0, bfp = 0;
    rows.forEach((r, i) => {
      if (oof[i]! < t) return;
      if (y[i]) tp++; else { fp++; if (r.clauses.length === 0) bfp++; }
    });
    if (tp + fp < 3) continue;
    const p = tp / (tp + fp);
    if (p >= MIN_PRECISION && bfp / benign <= MAX_BENIGN_FP && tp / pos > best.r) { best = { t, p, r: tp / pos, fp: bfp / benign }; }
  }
  const full = train(rows, y);
  const pruned = prune(full);
  const weights: Record<string, number> = {};
  for (const [i, v] of [...pruned].sort((a, b) => a[0] - b[0])) weights[names[i]!] = Math.round(v * 1000) / 1000;
  // Never above a negative the full model was trained on (no in-sample false positive).
  const negMax = Math.max(...rows.map((r, i) => (y[i] ? 0 : score(pruned, full.b, r))));
  if (!process.env.NO_NEGMAX && best.t <= 1 && best.t <= negMax) best.t = negMax + 1e-4;
  const enabled = best.t <= 1;
  if (enabled) {
    let tp = 0, fp = 0, bfp = 0;
    rows.forEach((r, i) => { if (oof[i]! >= best.t) { if (y[i]) tp++; else { fp++; if (r.clauses.length === 0) bfp++; } } });
    best = { t: best.t, p: tp + fp ? tp / (tp + fp) : 1, r: tp / pos, fp: bfp / benign };
    if (best.p < MIN_PRECISION || best.fp > MAX_BENIGN_FP) best.t = 2; // the raise broke the bar: switch the clause off
  }
  const on = best.t <= 1;
  model[clause] = { bias: Math.round(full.b * 1000) / 1000, threshold: on ? Math.round(best.t * 10000) / 10000 : 2, weights };
  console.log(`${clause.padEnd(24)} pos=${String(pos).padStart(3)}  CV precision=${best.p.toFixed(2)} recall=${best.r.toFixed(2)} benignFP=${(best.fp * 100).toFixed(1)}%  threshold=${on ? best.t.toFixed(3) : 'off'}`);
}
// The model is the Durham pack's: trained on its labelled drafts, read from the pack.
const out = 'src/policy/durham-2032-r2.weights.json';
writeFileSync(out, `${JSON.stringify(model)}\n`);
console.log(`wrote ${out} (${(readFileSync(out).length / 1024).toFixed(1)} kB)`);
