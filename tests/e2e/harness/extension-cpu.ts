// How much of a page's main thread the extension takes, from the V8 sampling
// profiler (DevTools protocol, page target): every sample whose stack holds a
// chrome-extension:// frame is the extension's. Consecutive such samples form
// one "run" — the time the extension held the thread without a break, which is
// what makes typing stutter (a run over 50 ms is a long task of ours, even when
// it runs inside the page's own task, e.g. an observer callback).
//
//   const cpu = await profileExtension(session, extensionId, async () => { ...typing... });
//   cpu.totalMs, cpu.longestRunMs, cpu.runsOver50Ms
import type { CDPSession } from 'playwright-core';

export interface ExtensionCpu {
  /** Sampled time with extension code on the stack. */
  totalMs: number;
  /** Longest uninterrupted stretch of extension code. */
  longestRunMs: number;
  /** Stretches longer than 50 ms (long tasks attributable to the extension). */
  runsOver50Ms: number;
  /** Whole profile length, for context. */
  profileMs: number;
  /** Where the extension's time went: self time per function (name file:line:column, minified). */
  hottest: { where: string; selfMs: number }[];
}

interface ProfileNode {
  id: number;
  callFrame: { url: string; functionName: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples?: number[];
  timeDeltas?: number[];
}

export async function profileExtension(session: CDPSession, extensionId: string, work: () => Promise<void>, samplingMicros = 200): Promise<ExtensionCpu> {
  await session.send('Profiler.enable');
  await session.send('Profiler.setSamplingInterval', { interval: samplingMicros });
  await session.send('Profiler.start');
  let failure: unknown;
  try {
    await work();
  } catch (e) {
    failure = e;
  }
  const { profile } = (await session.send('Profiler.stop')) as { profile: Profile };
  await session.send('Profiler.disable');
  if (failure) throw failure;
  return attribute(profile, `chrome-extension://${extensionId}/`);
}

/** Pure: splits a CPU profile into extension time and runs. Exported for unit use. */
export function attribute(profile: Profile, origin: string): ExtensionCpu {
  const parent = new Map<number, number>();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const ours = new Map<number, boolean>();
  const isOurs = (id: number): boolean => {
    const known = ours.get(id);
    if (known !== undefined) return known;
    const node = byId.get(id);
    const p = parent.get(id);
    const v = !!node && (node.callFrame.url.startsWith(origin) || (p !== undefined && isOurs(p)));
    ours.set(id, v);
    return v;
  };
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  const self = new Map<string, number>();
  let total = 0;
  let run = 0;
  let longest = 0;
  let over = 0;
  const close = () => {
    if (run > 50_000) over++;
    longest = Math.max(longest, run);
    run = 0;
  };
  for (let i = 0; i < samples.length; i++) {
    // A sample stands for the time until the next one.
    const dt = deltas[i + 1] ?? 0;
    if (isOurs(samples[i]!)) {
      total += dt;
      run += dt;
      const f = byId.get(samples[i]!)!.callFrame;
      const where = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop() || '(native)'}:${f.lineNumber + 1}:${f.columnNumber + 1}`;
      self.set(where, (self.get(where) ?? 0) + dt);
    } else close();
  }
  close();
  const hottest = [...self]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 5)
    .map(([where, us]) => ({ where, selfMs: us / 1000 }));
  return { totalMs: total / 1000, longestRunMs: longest / 1000, runsOver50Ms: over, profileMs: deltas.reduce((a, b) => a + b, 0) / 1000, hottest };
}
