// Schedules deep checks in the background: one per compose box, after a
// longer pause than the engine's (the draft/evaluate messages stop coming),
// or at once when Post is pressed. A new draft cancels the running check
// (AbortController) and an answer about an older draft is dropped. Browser
// APIs arrive through `deps`, so this is unit-tested with fakes.
import { buildDeepCheckPrompt, runDeepCheck, type DeepCheckPrompt, type DeepOutcome } from '../../../src/deep-check';
import type { DeepState, DeepStatus } from '../../../src/deep-check/status';
import type { Finding } from '../../../src/engine/types';
import type { PolicyPack } from '../../../src/policy/schema';
import type { DeepModel } from './models';

/** Typing pause before the deep check reads a draft (the engine's is 120 ms). */
export const DEEP_PAUSE_MS = 1_500;
/** An on-device model on a CPU can take many seconds; past this the answer is not waited for. */
export const DEEP_TIMEOUT_MS = 45_000;
/** Longer drafts are left to the engine (the model's input is limited). */
export const DEEP_MAX_CHARS = 4_000;
/** How long a known device state is trusted before asking the browser again. */
const STATE_TTL_MS = 10_000;

export interface DeepRunnerDeps {
  pack: PolicyPack;
  /** The deep check is on (the member's or the department's setting). */
  enabled(): boolean;
  /** The department's policy set it (on or off). */
  forced(): boolean;
  /** The browser's model API, or null when it has none. */
  model(): DeepModel | null;
  /** A finished check whose draft is still the composer's current one. */
  deliver(key: ComposerKey, seq: number, text: string, findings: Finding[]): void;
  now?(): number;
}

export interface ComposerKey {
  tabId: number;
  frameId: number;
  composerId: string;
}

interface Job {
  key: ComposerKey;
  seq: number;
  text: string;
  timer: ReturnType<typeof setTimeout> | undefined;
  abort: AbortController | null;
  /** Finished (delivered or failed): a second Post press does not run it again. */
  done: boolean;
}

const id = (k: ComposerKey) => `${k.tabId}:${k.frameId}:${k.composerId}`;

export class DeepCheckRunner {
  private readonly jobs = new Map<string, Job>();
  private prompt: DeepCheckPrompt | null = null;
  private promptPack: PolicyPack | null = null;
  private known: { state: DeepState; progress?: number; at: number } | null = null;
  /** Outcomes by kind since start (diagnostics; never the text). */
  readonly outcomes: Record<string, number> = {};

  constructor(private readonly deps: DeepRunnerDeps) {}

  private get clock(): number {
    return this.deps.now?.() ?? Date.now();
  }

  /** A draft/evaluate arrived: cancel what runs for this composer and wait for the next pause. */
  draft(key: ComposerKey, seq: number, text: string): void {
    this.cancel(key);
    if (!this.deps.enabled() || !text.trim() || text.length > DEEP_MAX_CHARS) return;
    const job: Job = { key, seq, text, timer: undefined, abort: null, done: false };
    job.timer = setTimeout(() => void this.run(job), DEEP_PAUSE_MS);
    this.jobs.set(id(key), job);
  }

  /** Post was pressed: run now unless it already ran or runs. */
  now(key: ComposerKey): void {
    const job = this.jobs.get(id(key));
    if (!job || job.done || job.abort) return;
    clearTimeout(job.timer);
    void this.run(job);
  }

  /** The compose box went away (or its tab). */
  cancel(key: ComposerKey): void {
    const job = this.jobs.get(id(key));
    if (!job) return;
    clearTimeout(job.timer);
    job.abort?.abort(new DOMException('draft changed', 'AbortError'));
    this.jobs.delete(id(key));
  }

  cancelTab(tabId: number): void {
    for (const job of [...this.jobs.values()]) if (job.key.tabId === tabId) this.cancel(job.key);
  }

  /** Turned off: everything stops. */
  cancelAll(): void {
    for (const job of [...this.jobs.values()]) this.cancel(job.key);
  }

  /** What the deep check can do here (the browser is asked at most every STATE_TTL_MS unless `fresh`). */
  async status(fresh = false): Promise<DeepStatus> {
    const forced = this.deps.forced();
    const model = this.deps.model();
    if (!this.deps.enabled()) return { state: 'off', api: model?.api ?? 'none', forced };
    if (!model) return { state: 'unsupported', api: 'none', forced };
    if (fresh || !this.known || this.clock - this.known.at > STATE_TTL_MS) {
      try {
        this.known = { ...(await model.state()), at: this.clock };
      } catch {
        this.known = { state: 'unavailable', at: this.clock };
      }
    }
    const { state, progress } = this.known;
    return progress === undefined ? { state, api: model.api, forced } : { state, api: model.api, forced, progress };
  }

  /** The last known state without asking the browser (for answers that must be synchronous). */
  knownState(): DeepState | null {
    if (!this.deps.enabled()) return null;
    if (!this.deps.model()) return 'unsupported';
    return this.known?.state ?? null;
  }

  /** One check of `text`, outside any composer (the evaluation command). */
  async checkText(text: string, signal: AbortSignal): Promise<DeepOutcome> {
    const model = this.deps.model();
    if (!model) return { kind: 'failed', error: 'unsupported' };
    const { state } = await this.status(true);
    if (state !== 'available') return { kind: 'failed', error: state };
    return this.ask(model, text, signal);
  }

  private async ask(model: DeepModel, text: string, signal: AbortSignal): Promise<DeepOutcome> {
    const pack = this.deps.pack;
    // The prompt names the pack's clauses: rebuilt when the pack in force changes.
    if (!this.prompt || this.promptPack !== pack) {
      this.prompt = buildDeepCheckPrompt(pack);
      this.promptPack = pack;
    }
    const prompt = this.prompt;
    let session: Awaited<ReturnType<DeepModel['session']>>;
    try {
      session = await model.session(prompt.system, signal);
    } catch (e) {
      this.known = null; // ask the browser again next time
      return signal.aborted ? { kind: 'cancelled' } : { kind: 'failed', error: e instanceof Error ? e.name : 'error' };
    }
    try {
      return await runDeepCheck({ session, prompt, pack, text, signal, timeoutMs: DEEP_TIMEOUT_MS });
    } finally {
      session.destroy?.();
    }
  }

  private async run(job: Job): Promise<void> {
    const model = this.deps.model();
    if (!model || this.jobs.get(id(job.key)) !== job) return;
    job.abort = new AbortController();
    const { state } = await this.status();
    let outcome: DeepOutcome = { kind: 'failed', error: state };
    if (state === 'available' && !job.abort.signal.aborted) outcome = await this.ask(model, job.text, job.abort.signal);
    this.outcomes[outcome.kind] = (this.outcomes[outcome.kind] ?? 0) + 1;
    // Stale: the composer sent a newer draft (which replaced this job) or went away.
    if (this.jobs.get(id(job.key)) !== job || job.abort.signal.aborted) return;
    job.done = true;
    job.abort = null;
    if (outcome.kind === 'done') this.deps.deliver(job.key, job.seq, job.text, outcome.findings);
  }
}
