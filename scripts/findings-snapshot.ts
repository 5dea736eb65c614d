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
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultPack, requirePack } from '../src/policy';
import type { PolicyPack } from '../src/policy/schema';
import { evaluateEveryInput, root } from './engine-inputs';

export function snapshot(pack: PolicyPack): { lines: string[]; hash: string } {
  const lines: string[] = [];
  evaluateEveryInput(pack, (key, findings) => lines.push(JSON.stringify({ key, findings })));
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
