// A stand-in for Chrome's Prompt API (`LanguageModel`) with its real surface:
// static availability(options) and create({ monitor, signal, initialPrompts,
// expectedInputs, expectedOutputs }); sessions with prompt(input,
// { responseConstraint, signal }), clone() and destroy(); a monitor that fires
// `downloadprogress` events. Test-only: installed into a unit test's global or
// into the extension's service worker by an e2e test (never bundled).
//
// `installFakeLanguageModel` must stay self-contained (no closures over module
// scope): e2e tests pass it to serviceWorker.evaluate(fn, config), which sends
// its source; `target` then defaults to the worker's global.

export interface FakeLanguageModelConfig {
  availability: 'unavailable' | 'downloadable' | 'downloading' | 'available';
  /** How the model answers one prompt: 'quote' finds the first rule word in the draft, or a fixed answer per mode. */
  mode: 'quote-first-word' | 'empty' | 'invalid-json' | 'invented-quote' | 'hang' | 'slow';
  /** Words that make the fake report a finding: [word, clause id]. */
  triggers: [string, string][];
  /** Milliseconds before answering ('slow'). */
  delayMs: number;
}

export function installFakeLanguageModel(config: FakeLanguageModelConfig, target: Record<string, unknown> = globalThis as unknown as Record<string, unknown>): void {
  const log: { prompts: number; aborted: number; created: number; destroyed: number; constraints: unknown[] } = {
    prompts: 0, aborted: 0, created: 0, destroyed: 0, constraints: [],
  };
  const abortError = () => new DOMException('The operation was aborted.', 'AbortError');
  const state = { availability: config.availability };

  function answer(input: string): string {
    const draft = /<<<DRAFT\n([\s\S]*)\nDRAFT>>>/.exec(input)?.[1] ?? '';
    if (config.mode === 'empty') return '{"findings":[]}';
    if (config.mode === 'invalid-json') return 'Sure! This draft looks fine to me.';
    if (config.mode === 'invented-quote') {
      const clause = config.triggers[0]?.[1] ?? 'disparagement';
      return JSON.stringify({ findings: [{ clause, quote: 'words that were never typed', reason: 'An invented passage.' }] });
    }
    const findings = [];
    for (const [word, clause] of config.triggers) {
      const at = draft.toLowerCase().indexOf(word.toLowerCase());
      if (at >= 0) findings.push({ clause, quote: draft.slice(at, at + word.length), reason: `The words "${word}" read as against the order in context.` });
    }
    return JSON.stringify({ findings });
  }

  class FakeSession {
    constructor(private readonly initial: unknown) {}
    async prompt(input: string, options: { responseConstraint?: unknown; signal?: AbortSignal } = {}): Promise<string> {
      log.prompts++;
      log.constraints.push(options.responseConstraint);
      const signal = options.signal;
      if (signal?.aborted) throw abortError();
      const wait = config.mode === 'hang' ? Infinity : config.mode === 'slow' ? config.delayMs : 5;
      await new Promise<void>((resolve, reject) => {
        const timer = Number.isFinite(wait) ? setTimeout(resolve, wait) : undefined;
        signal?.addEventListener('abort', () => {
          clearTimeout(timer);
          log.aborted++;
          reject(abortError());
        }, { once: true });
      });
      return answer(input);
    }
    async clone(options: { signal?: AbortSignal } = {}): Promise<FakeSession> {
      if (options.signal?.aborted) throw abortError();
      log.created++;
      return new FakeSession(this.initial);
    }
    destroy(): void {
      log.destroyed++;
    }
    get inputQuota(): number {
      return 6144;
    }
  }

  const LanguageModel = {
    async availability(_options?: unknown) {
      return state.availability;
    },
    async create(options: { monitor?: (m: EventTarget) => void; signal?: AbortSignal; initialPrompts?: unknown } = {}) {
      if (state.availability === 'unavailable') throw new DOMException('The device is not eligible.', 'NotSupportedError');
      if (options.signal?.aborted) throw abortError();
      const monitor = new EventTarget();
      options.monitor?.(monitor);
      if (state.availability !== 'available') {
        for (const loaded of [0, 0.5, 1]) {
          await new Promise((r) => setTimeout(r, 5));
          const e = new Event('downloadprogress') as Event & { loaded: number; total: number };
          Object.assign(e, { loaded, total: 1 });
          monitor.dispatchEvent(e);
        }
        state.availability = 'available';
      }
      log.created++;
      return new FakeSession(options.initialPrompts);
    },
    async params() {
      return { defaultTopK: 3, maxTopK: 128, defaultTemperature: 1, maxTemperature: 2 };
    },
  };
  target.LanguageModel = LanguageModel;
  target.__fakeLanguageModelLog = log;
}
