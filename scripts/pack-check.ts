// Checks a policy pack file before it is shipped or deployed.
//   npm run -s pack-check -- FILE [--examples DRAFTS.jsonl] [--min-f1 X] [--max-benign-fp Y] [--misses]
// FILE is a pack as JSON, or a module exporting one (.ts, .mjs). Prints every
// problem as FILE:LINE: path: message; then, when labelled drafts are found
// (--examples, FILE's name with .jsonl, or tests/corpus/packs/ID.jsonl), the
// engine's micro precision / recall / F1 on them with this pack.
// Exit: 0 fine, 1 a problem or a score below the bars, 2 usage.
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { checkPackFile, defaultExamples, scoreExamples, type Problem } from './pack-check-core';

const root = new URL('..', import.meta.url).pathname;
const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args.splice(i, 2)[1] : undefined;
};
const examplesArg = opt('--examples');
const minF1 = opt('--min-f1');
const maxFp = opt('--max-benign-fp');
const showMisses = args.includes('--misses');
const files = args.filter((a) => !a.startsWith('--'));
if (files.length !== 1) {
  process.stderr.write('usage: pack-check FILE [--examples DRAFTS.jsonl] [--min-f1 X] [--max-benign-fp Y] [--misses]\n');
  process.exit(2);
}
const file = files[0]!;
const print = (where: string, p: Problem) => process.stdout.write(`${where}${p.line !== undefined ? `:${p.line}` : ''}: ${p.path}: ${p.message}\n`);

const { pack, problems } = await checkPackFile(file);
for (const p of problems) print(file, p);
if (!pack) {
  process.stdout.write(`${problems.length} problem${problems.length === 1 ? '' : 's'}: not a valid policy pack\n`);
  process.exit(1);
}
process.stdout.write(`${file}: pack ${pack.id} ${pack.version} (${pack.agency.name}, ${pack.clauses.length} clauses) is valid\n`);
const found = examplesArg ?? defaultExamples(file, pack, root);
const examples = found && relative(process.cwd(), found);
if (!examples) {
  process.stdout.write('no labelled drafts found (give --examples FILE.jsonl)\n');
  process.exit(0);
}
const score = scoreExamples(pack, readFileSync(examples, 'utf8'));
for (const p of score.problems) print(examples, p);
if (showMisses) for (const m of score.misses) process.stdout.write(`  ${m}\n`);
const pct = (x: number) => (100 * x).toFixed(1);
const benignFp = score.benignWarned / (score.benign || 1);
process.stdout.write(
  `${examples}: ${score.drafts} drafts  micro P ${pct(score.precision)}  R ${pct(score.recall)}  F1 ${pct(score.f1)}  benign warned ${score.benignWarned}/${score.benign} (${pct(benignFp)}%)\n`,
);
const ok = score.problems.length === 0 && (minF1 === undefined || score.f1 >= Number(minF1)) && (maxFp === undefined || benignFp <= Number(maxFp));
process.exit(ok ? 0 : 1);
