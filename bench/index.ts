// `npm run bench`: every benchmark, one table, each budget beside its figure.
// Parts: the engine (bench/engine.bench.ts) and the built extension in
// Chromium (bench/browser.bench.ts). A part exports
// `run(log?): Promise<BenchRow[]>`; a part without `run` is run as its own
// script and its printed output is shown instead.
// Figures, not tests: a missed budget is marked ✗ (the exit code stays 0).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
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
  const rows = area === 'engine' ? engineRows(r.stdout) : [];
  return rows.length ? rows : [{ area, metric: `see ${file}'s output above`, figure: r.status === 0 ? 'printed above' : `exit ${r.status}`, budget: '', ok: r.status === 0 ? null : false }];
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
  return rows;
}

async function main(): Promise<void> {
  const log = (line: string) => console.log(line);
  const only = process.argv.slice(2);
  const parts = ['engine.bench.ts', 'browser.bench.ts'].filter((p) => !only.length || only.some((o) => p.startsWith(o)));
  const rows: BenchRow[] = [];
  for (const part of parts) {
    log(`running ${part}…`);
    rows.push(...(await runPart(part, log)));
  }
  log('');
  printTable(rows);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
