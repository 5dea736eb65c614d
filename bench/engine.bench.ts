// Speed of evaluate(): median and p95 at 280, 1,000, 5,000 and 100,000
// characters, with the budgets beside, the cost per character to show
// growth is linear, and the cold start of a fresh process (cold-start.ts). A table to read, not a timed test: `npm run bench`.
import { cpus, loadavg } from 'node:os';
import { evaluate } from '../src/engine';
import { coldStartLines } from './cold-start';

// Everyday drafts with a few violations, cycled to the wanted length.
const SENTENCES = [
  'Beautiful morning for a run along the American Tobacco Trail.',
  'Qualified at the range today, shot a 98. Cold hands and all.',
  'My lieutenant is a lazy idiot who never answers the radio.',
  'The county commissioners should fund the new library branch.',
  'I live on Ridgeway Ave and leave for my shift at 10:30 every night.',
  'RT @DurhamPoliceNC: Have you seen this missing man? Call 911.',
  'Our CI says the shipment comes in Friday, case 2016-118832.',
  'Congrats to the new sergeants promoted this month!',
  'Training day: felony stops and use-of-force decision making.',
  'Wearing my uniform to my cousin’s wedding as a joke, they loved it.',
  'Kill the lights when you leave the garage or the battery dies.',
  'Shout out to the nurses at Duke Regional who took care of my mom.',
];

function draftOf(length: number): string {
  let text = '';
  for (let i = 0; text.length < length; i++) text += SENTENCES[i % SENTENCES.length] + ' ';
  return text.slice(0, length);
}

function measure(text: string, runs: number): { median: number; p95: number; cpu: number } {
  for (let i = 0; i < Math.min(20, runs); i++) evaluate({ text, site: 'x.com' });
  const times: number[] = [];
  const before = process.cpuUsage();
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    evaluate({ text, site: 'x.com' });
    times.push(performance.now() - t);
  }
  const used = process.cpuUsage(before);
  times.sort((a, b) => a - b);
  // CPU time per run: what the engine itself costs when the machine is busy with other work.
  return { median: times[Math.floor(runs / 2)]!, p95: times[Math.min(runs - 1, Math.floor(runs * 0.95))]!, cpu: (used.user + used.system) / 1000 / runs };
}

const CASES = [
  { chars: 280, budget: 0.5, runs: 2_000 },
  { chars: 1_000, budget: 1, runs: 1_000 },
  { chars: 5_000, budget: 5, runs: 300 },
  { chars: 100_000, budget: 100, runs: 30 },
];

const rows = CASES.map((c) => ({ ...c, ...measure(draftOf(c.chars), c.runs) }));
const pad = (s: string, n: number) => s.padStart(n);
const load = loadavg()[0]!;
console.log(`evaluate() on ${process.version}, ${rows.length} sizes (budgets: ≤ 0.5 ms median at 280 chars, ≤ 5 ms at 5,000, linear beyond)`);
console.log(`machine: ${cpus().length} CPU(s), load average ${load.toFixed(1)}${load > cpus().length ? ' — busy: wall-clock figures include waiting for a CPU; the cpu column is the engine’s own cost' : ''}`);
console.log(`${'chars'.padEnd(8)}${pad('median ms', 11)}${pad('p95 ms', 9)}${pad('budget ms', 11)}${pad('µs/char', 10)}  verdict`);
for (const r of rows) {
  const perChar = (r.median * 1000) / r.chars;
  console.log(
    `${String(r.chars).padEnd(8)}${pad(r.median.toFixed(3), 11)}${pad(r.p95.toFixed(3), 9)}${pad(r.budget.toFixed(1), 11)}${pad(perChar.toFixed(3), 10)}  ${r.median <= r.budget ? 'ok' : 'OVER-BUDGET'}  (cpu ${r.cpu.toFixed(3)} ms/run${r.cpu <= r.budget ? ', within budget' : ''})`,
  );
}
const small = rows.find((r) => r.chars === 5_000)!;
const large = rows.find((r) => r.chars === 100_000)!;
const growth = large.median / small.median;
console.log(`growth 5,000 → 100,000 chars: ×${growth.toFixed(1)} for ×20 the text (linear ≈ ×20; ${growth <= 30 ? 'linear' : 'super-linear'})`);

// Cold start: a fresh process (a background that just woke up) loads the
// engine and checks its first 280-character draft (budget: < 150 ms).
for (const line of await coldStartLines(5)) console.log(line);

// Crafted drafts: one pattern repeated to 200 KB (case numbers, phone numbers)
// against 200 KB of prose. Every rule reports a bounded number of matches, so
// the crafted ones should cost at most 3× the prose (issue budget).
const CRAFTED_CHARS = 200_000;
const repeatTo = (unit: string) => unit.repeat(Math.ceil(CRAFTED_CHARS / unit.length)).slice(0, CRAFTED_CHARS);
const prose = measure(draftOf(CRAFTED_CHARS), 5);
console.log(`crafted 200 KB drafts vs ${CRAFTED_CHARS} chars of prose (median ${prose.median.toFixed(1)} ms, cpu ${prose.cpu.toFixed(1)} ms/run):`);
for (const [name, unit] of [['case numbers', 'cr12-123 '], ['phone numbers', '919-555-0142 '], ['case files', 'case 2016-118832. ']] as const) {
  const r = measure(repeatTo(unit), 5);
  const ratio = r.cpu / prose.cpu;
  console.log(`crafted ${name}: median ${r.median.toFixed(1)} ms, cpu ${r.cpu.toFixed(1)} ms/run, ×${ratio.toFixed(2)} prose (budget ≤ ×3: ${ratio <= 3 ? 'met' : 'NOT met'})`);
}
