// Every input the engine's corpora and probes give it: the labelled drafts
// under tests/corpus, tests/unit/engine and ../shared/corpus, and probes for
// the parts no corpus line reaches (images, context, sites). Shared by the
// findings snapshot and the prefilter table, so both see the same patterns.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { evaluate, type Draft, type EvaluationContext } from '../src/engine';
import type { PolicyPack } from '../src/policy/schema';

export const root = new URL('..', import.meta.url).pathname;

export function corpusFiles(): string[] {
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
export const PROBES: { text: string; site?: string; images?: Draft['images']; context?: EvaluationContext }[] = [
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

/** Evaluates every input with `pack`, calling `each` with a stable key and the findings. */
export function evaluateEveryInput(pack: PolicyPack, each: (key: string, findings: ReturnType<typeof evaluate>) => void): void {
  const run = (key: string, draft: Draft, context: EvaluationContext = {}) => each(key, evaluate(draft, context, pack));
  for (const file of corpusFiles()) {
    const name = relative(root, file);
    readFileSync(file, 'utf8').split('\n').forEach((line, n) => {
      if (!line.trim()) return;
      const row = JSON.parse(line) as { text: string; site?: string };
      run(`${name}:${n + 1}`, { text: row.text, ...(row.site ? { site: row.site } : {}) });
    });
  }
  PROBES.forEach((p, i) => run(`probe:${i}`, { text: p.text, ...(p.site ? { site: p.site } : {}), ...(p.images ? { images: p.images } : {}) }, p.context));
}
