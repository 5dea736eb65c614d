// One hash of every finding the engine gives on every labelled corpus
// (tests/corpus/**/*.jsonl and ../shared/corpus/dev.jsonl): run it before and
// after a change meant to keep behaviour (a speed-up, a refactor) and compare.
//   npx tsx scripts/findings-hash.ts [--per-file]
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { evaluate } from '../src/engine';

function jsonlFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return jsonlFiles(path);
      return name.endsWith('.jsonl') ? [path] : [];
    });
}

const files = [...jsonlFiles('tests/corpus'), ...(existsSync('../shared/corpus/dev.jsonl') ? ['../shared/corpus/dev.jsonl'] : [])];
const all = createHash('sha256');
let drafts = 0;
let findings = 0;
for (const file of files) {
  const hash = createHash('sha256');
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const row = JSON.parse(line) as { id: string; text: string; site?: string };
    const out = evaluate({ text: row.text, ...(row.site ? { site: row.site } : {}) });
    drafts++;
    findings += out.length;
    hash.update(`${row.id}\u0000${JSON.stringify(out)}\n`);
  }
  const digest = hash.digest('hex');
  all.update(`${file}\u0000${digest}\n`);
  if (process.argv.includes('--per-file')) console.log(`${digest.slice(0, 16)}  ${file}`);
}
console.log(`${all.digest('hex')}  ${files.length} files, ${drafts} drafts, ${findings} findings`);
