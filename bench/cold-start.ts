// Cold start of the engine: what a fresh process (a service worker that just
// woke up) pays before its first warning — loading the engine module, then the
// first evaluate() of a 280-character draft, then the warm median for
// comparison. The engine is bundled once with esbuild (as the extension bundles
// it) and each sample is a new `node` process, so nothing is cached between them.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

export interface ColdStart {
  /** Module load (import) in ms, wall clock and CPU. */
  load: number;
  loadCpu: number;
  /** First evaluate() of a 280-character draft. */
  first: number;
  firstCpu: number;
  /** Median of 200 later evaluate() calls of the same draft. */
  warm: number;
}

/** Two 280-character drafts: an everyday one, and one that insults a supervisor (more rules have to run). */
export const DRAFTS = {
  everyday:
    'Beautiful morning for a run along the American Tobacco Trail. Shout out to the nurses at Duke Regional who took care of my mom. ' +
    'The county commissioners should fund the new library branch. Congrats to the new sergeants promoted this month! Kill the lights, ok?',
  insult:
    'Long shift but a good one. Thanks to everyone who came out to the community cookout on Saturday, the kids loved the K9 demo. ' +
    'My lieutenant is a lazy idiot though, never answers the radio. Back on nights next week, see you all at the game on Sunday!',
};

const CHILD = `
const draft = process.argv[3];
const ms = (c) => (c.user + c.system) / 1000;
let c = process.cpuUsage(); let t = performance.now();
const { evaluate } = await import(process.argv[2]);
const load = performance.now() - t, loadCpu = ms(process.cpuUsage(c));
c = process.cpuUsage(); t = performance.now();
evaluate({ text: draft, site: 'x.com' });
const first = performance.now() - t, firstCpu = ms(process.cpuUsage(c));
const times = [];
for (let i = 0; i < 200; i++) { const s = performance.now(); evaluate({ text: draft, site: 'x.com' }); times.push(performance.now() - s); }
times.sort((a, b) => a - b);
console.log(JSON.stringify({ load, loadCpu, first, firstCpu, warm: times[100] }));
`;

/** Median of `samples` fresh processes (each figure's own median). */
export async function measureColdStart(draft: string, samples = 5): Promise<ColdStart> {
  const dir = mkdtempSync(join(tmpdir(), 'engine-cold-'));
  try {
    const bundle = join(dir, 'engine.mjs');
    await build({
      entryPoints: [resolve(import.meta.dirname, '../src/engine/index.ts')],
      bundle: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      outfile: bundle,
      logLevel: 'error',
    });
    const child = join(dir, 'child.mjs');
    writeFileSync(child, CHILD);
    const runs: ColdStart[] = [];
    for (let i = 0; i < samples; i++) {
      const r = spawnSync(process.execPath, [child, pathToFileURL(bundle).href, draft.slice(0, 280)], { encoding: 'utf8' });
      if (r.status !== 0) throw new Error(`cold-start child failed: ${r.stderr}`);
      runs.push(JSON.parse(r.stdout) as ColdStart);
    }
    const median = (key: keyof ColdStart) => runs.map((r) => r[key]).sort((a, b) => a - b)[Math.floor(runs.length / 2)]!;
    return { load: median('load'), loadCpu: median('loadCpu'), first: median('first'), firstCpu: median('firstCpu'), warm: median('warm') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** One line per draft, e.g. "cold start (everyday draft): load 80.1 ms (cpu 75.2) + first evaluate() 60.3 ms (cpu 55.0) = 140.4 ms, warm 0.210 ms". */
export async function coldStartLines(samples = 5): Promise<string[]> {
  const lines: string[] = [];
  for (const [name, draft] of Object.entries(DRAFTS)) {
    const r = await measureColdStart(draft, samples);
    lines.push(
      `cold start (${name} draft, median of ${samples} fresh processes): load ${r.load.toFixed(1)} ms (cpu ${r.loadCpu.toFixed(1)}) + ` +
        `first evaluate() ${r.first.toFixed(1)} ms (cpu ${r.firstCpu.toFixed(1)}) = ${(r.load + r.first).toFixed(1)} ms, warm ${r.warm.toFixed(3)} ms`,
    );
  }
  return lines;
}

if (import.meta.url === pathToFileURL(process.argv[1]!).href) {
  for (const line of await coldStartLines(Number(process.argv[2] ?? 5))) console.log(line);
}
