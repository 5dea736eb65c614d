// Every finding the engine gives with one pack on every labelled corpus, as
// one JSON line per draft, and a SHA-256 of the whole list. Used to show that
// a refactor leaves a pack's findings unchanged.
//
//   npm run -s findings-snapshot -- [--pack ID] [--out FILE] [--check]
//
// Prints the hash (and the number of drafts) on stdout; --out writes the list;
// --check exits 1 when the hash differs from tests/findings-snapshot.json.
// Adding a .jsonl file under tests/corpus or tests/unit/engine changes the
// inputs, and so the hash: record the new hash in the same commit.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { evaluate, type Draft, type EvaluationContext } from '../src/engine';
import { defaultPack, requirePack } from '../src/policy';
import type { PolicyPack } from '../src/policy/schema';

const root = new URL('..', import.meta.url).pathname;

function corpusFiles(): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.jsonl')) files.push(path);
    }
  };
  walk(join(root, 'tests/corpus'));
  walk(join(root, 'tests/unit/engine'));
  const dev = join(root, '../shared/corpus/dev.jsonl');
  if (existsSync(dev)) files.push(dev);
  return files;
}

/** Image and context probes: the parts of the engine no corpus line reaches. */
const PROBES: { text: string; site?: string; images?: Draft['images']; context?: EvaluationContext }[] = [
  { text: 'At the academy graduation today', images: [{ insigniaMatch: 0.9 }] },
  { text: 'new profile pic in uniform', images: [{ faceCount: 1 }] },
  { text: 'look', images: [{ ocrText: 'DURHAM POLICE 4471' }, { ocrText: 'SALT LAKE CITY POLICE' }, { ocrText: 'POLICE #0123' }] },
  { text: 'weekend', images: [{ hasGps: true, hasOwnerFields: true, explicitScore: 0.9 }] },
  { text: 'screenshot', images: [{ ocrText: 'The chief is an idiot and I speak for DPD.' }] },
  { text: 'Proud of my badge and patch, 10 years with the Department', site: 'www.linkedin.com' },
  { text: 'RT @DurhamPoliceNC: road closed downtown, those idiots at city hall', site: 'x.com' },
  { text: 'RT @slcpd: road closed downtown, those idiots at city hall', site: 'x.com' },
  { text: 'Sharing the department official post: avoid Main St', site: 'x.com' },
  { text: 'Posting from my work laptop: case 2024-00123 is closed', context: { cityDevice: true, watchTerms: ['bluebird'] } },
  { text: 'Operation bluebird starts monday, the chief is lazy', context: { watchTerms: ['bluebird'], acknowledged: ['disparagement'] } },
  { text: 'Operation bluebird starts monday', context: { sensitivity: 'strict', watchTerms: ['bluebird'] } },
];

export function snapshot(pack: PolicyPack): { lines: string[]; hash: string } {
  const lines: string[] = [];
  const run = (key: string, draft: Draft, context: EvaluationContext = {}) => {
    lines.push(JSON.stringify({ key, findings: evaluate(draft, context, pack) }));
  };
  for (const file of corpusFiles()) {
    const name = relative(root, file);
    readFileSync(file, 'utf8').split('\n').forEach((line, n) => {
      if (!line.trim()) return;
      const row = JSON.parse(line) as { text: string; site?: string };
      run(`${name}:${n + 1}`, { text: row.text, ...(row.site ? { site: row.site } : {}) });
    });
  }
  PROBES.forEach((p, i) => run(`probe:${i}`, { text: p.text, ...(p.site ? { site: p.site } : {}), ...(p.images ? { images: p.images } : {}) }, p.context));
  const hash = createHash('sha256').update(lines.join('\n')).digest('hex');
  return { lines, hash };
}


const args = process.argv.slice(2);
const arg = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const id = arg('--pack');
const pack = id ? requirePack(id) : defaultPack;
const { lines, hash } = snapshot(pack);
const out = arg('--out');
if (out) writeFileSync(out, lines.join('\n') + '\n');
process.stdout.write(`${pack.id} ${lines.length} drafts sha256 ${hash}\n`);
if (args.includes('--check')) {
  const expected = (JSON.parse(readFileSync(join(root, 'tests/findings-snapshot.json'), 'utf8')) as Record<string, string>)[pack.id];
  if (expected !== hash) {
    process.stderr.write(`findings-snapshot: ${pack.id} expected ${expected ?? '(none recorded)'}; diff two --out lists to see what changed\n`);
    process.exit(1);
  }
}
