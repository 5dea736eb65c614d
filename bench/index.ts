// `npm run bench`: every benchmark, one table, each budget beside its figure.
// Parts: every bench/*.bench.ts — the engine, the image checks, and the built
// extension in Chromium (bench/browser.bench.ts). A part exports
// `run(log?): Promise<BenchRow[]>`; a part without `run` is run as its own
// script and its printed output is shown instead.
// Figures, not tests: a missed budget is marked ✗ (the exit code stays 0).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export interface BenchRow {
  /** engine | browser | build */
  area: string;
  metric: string;
  figure: string;
  /** '' when the issue sets no budget for this figure. */
  budget: string;
  /** null when there is no budget. */
  ok: boolean | null;
}

export function printTable(rows: BenchRow[], out: (line: string) => void = console.log): void {
  const head = ['area', 'metric', 'figure', 'budget', ''];
  const cells = rows.map((r) => [r.area, r.metric, r.figure, r.budget || '—', r.ok === null ? '' : r.ok ? '✓' : '✗']);
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) => `| ${c.map((x, i) => x.padEnd(widths[i]!)).join(' | ')} |`;
  out(line(head));
  out(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const c of cells) out(line(c));
}

type Part = { run?: (log: (line: string) => void) => Promise<BenchRow[]> };

async function runPart(file: string, log: (line: string) => void): Promise<BenchRow[]> {
  const path = resolve(import.meta.dirname, file);
  if (!existsSync(path)) {
    log(`(${file} not found: skipped)`);
    return [];
  }
  // Import only parts that export run(): a standalone script would run on import.
  if (/export\s+(async\s+)?function\s+run\b|export\s+const\s+run\b/.test(readFileSync(path, 'utf8'))) {
    const mod = (await import(pathToFileURL(path).href)) as Part;
    if (typeof mod.run === 'function') return mod.run(log);
  }
  // A standalone script: run it, show what it prints, and take its table rows into ours.
  const r = spawnSync(process.execPath, ['--import', 'tsx', path], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  for (const line of r.stdout.split('\n')) log(`  ${line}`);
  const area = file.replace(/\.bench\.ts$/, '');
  const rows = area === 'engine' ? engineRows(r.stdout) : area === 'images' ? imageRows(r.stdout) : [];
  return rows.length ? rows : [{ area, metric: `see ${file}'s output above`, figure: r.status === 0 ? 'printed above' : `exit ${r.status}`, budget: '', ok: r.status === 0 ? null : false }];
}

/** Rows of images.bench.ts's printout: first image, each check's warm median, EXIF alone, package sizes. */
export function imageRows(stdout: string): BenchRow[] {
  const rows: BenchRow[] = [];
  const budgeted = (metric: string, ms: string, budget?: string, verdict?: string): BenchRow => ({
    area: 'images',
    metric,
    figure: `${ms} ms`,
    budget: budget ? `≤ ${budget} ms` : '',
    ok: verdict ? verdict === 'met' : null,
  });
  const first = /^First image \(loads the models\): (\d+) ms/m.exec(stdout);
  if (first) rows.push(budgeted('first 12 MP image, all checks (loads the models)', first[1]!));
  for (const m of stdout.matchAll(/^ {2}(\w+) +([\d.]+) ms(?: \(budget ≤ (\d+) ms: (met|NOT met)\))?$/gm)) {
    rows.push(budgeted(`12 MP image, ${m[1]} (warm median)`, m[2]!, m[3], m[4]));
  }
  const exif = /^EXIF alone[^:]*: ([\d.]+) ms \(budget ≤ (\d+) ms: (met|NOT met)\)/m.exec(stdout);
  if (exif) rows.push(budgeted('EXIF alone, 12 MP file', exif[1]!, exif[2], exif[3]));
  for (const m of stdout.matchAll(/^Package size (\S+): (\S+)/gm)) rows.push({ area: 'build', metric: `package ${m[1]}`, figure: m[2]!, budget: '', ok: null });
  return rows;
}

/** Rows of engine.bench.ts's table: `chars  median-ms  p95-ms  budget-ms  µs/char  verdict`. */
export function engineRows(stdout: string): BenchRow[] {
  const rows: BenchRow[] = [];
  for (const m of stdout.matchAll(/^(\d+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+[\d.]+\s+\S+/gm)) {
    const [chars, median, p95, budget] = [Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4])];
    rows.push({
      area: 'engine',
      metric: `evaluate(), ${chars.toLocaleString('en-US')} chars: median / p95`,
      figure: `${median.toFixed(3)} / ${p95.toFixed(3)} ms`,
      budget: `≤ ${budget} ms median`,
      ok: median <= budget,
    });
  }
  for (const m of stdout.matchAll(/^cold start \((\w+) draft, [^)]*\): load ([\d.]+) ms \(cpu ([\d.]+)\) \+ first evaluate\(\) ([\d.]+) ms \(cpu ([\d.]+)\) = ([\d.]+) ms/gm)) {
    const total = Number(m[6]);
    rows.push({ area: 'engine', metric: `cold start, ${m[1]} 280-char draft: load + first evaluate() (cpu)`, figure: `${m[2]} + ${m[4]} = ${m[6]} ms (cpu ${m[3]} + ${m[5]})`, budget: '< 150 ms', ok: total < 150 });
  }
  for (const m of stdout.matchAll(/^crafted ([\w ]+): median ([\d.]+) ms, cpu ([\d.]+) ms\/run, ×([\d.]+) prose \(budget ≤ ×3: (met|NOT met)\)/gm)) {
    rows.push({ area: 'engine', metric: `200 KB crafted draft (${m[1]}) vs 200 KB prose, cpu`, figure: `×${m[4]} (${m[3]} ms)`, budget: '≤ ×3', ok: m[5] === 'met' });
  }
  return rows;
}

async function main(): Promise<void> {
  const log = (line: string) => console.log(line);
  const only = process.argv.slice(2);
  // Every bench/*.bench.ts: the engine first, the whole extension in the browser last.
  const order = (f: string) => (f.startsWith('engine') ? 0 : f.startsWith('browser') ? 2 : 1);
  const parts = readdirSync(import.meta.dirname)
    .filter((f) => f.endsWith('.bench.ts'))
    .sort((a, b) => order(a) - order(b) || a.localeCompare(b))
    .filter((p) => !only.length || only.some((o) => p.startsWith(o)));
  const rows: BenchRow[] = [];
  for (const part of parts) {
    log(`running ${part}…`);
    rows.push(...(await runPart(part, log)));
  }
  log('');
  printTable(rows);
  // Time figures are inflated on a busy machine: say how busy it was.
  log(`machine: ${cpus().length} cores, load average ${loadavg().map((l) => l.toFixed(1)).join(' / ')} (1/5/15 min)`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
