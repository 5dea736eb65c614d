import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// The runner imports models.ts, which imports the polyfill: give it a browser-free stand-in.
vi.mock('webextension-polyfill', () => ({ default: { runtime: { getURL: () => 'chrome-extension://x/' }, permissions: {} } }));

const { DeepCheckRunner, DEEP_PAUSE_MS } = await import('../../../extension/background/deep-check/runner');
const { detectModel, trialMlText } = await import('../../../extension/background/deep-check/models');
const { installFakeLanguageModel } = await import('../../fakes/fake-language-model');
const { defaultPack } = await import('../../../src/policy');
import type { FakeLanguageModelConfig } from '../../fakes/fake-language-model';
import type { Finding } from '../../../src/engine/types';

const clause = defaultPack.clauses.find((c) => c.kind === 'prohibition')!.id;
const key = { tabId: 1, frameId: 0, composerId: 'c1' };

function setup(config: Partial<FakeLanguageModelConfig> = {}, enabled = true) {
  const g: Record<string, unknown> = {};
  installFakeLanguageModel({ availability: 'available', mode: 'quote-first-word', triggers: [['zebra', clause]], delayMs: 50, ...config }, g);
  const saved = (globalThis as Record<string, unknown>).LanguageModel;
  (globalThis as Record<string, unknown>).LanguageModel = g.LanguageModel;
  const delivered: { seq: number; text: string; findings: Finding[] }[] = [];
  const on = { enabled };
  let model: ReturnType<typeof detectModel> | null = null;
  const runner = new DeepCheckRunner({
    pack: defaultPack,
    enabled: () => on.enabled,
    forced: () => false,
    model: () => (model ??= detectModel(() => '')),
    deliver: (_k, seq, text, findings) => delivered.push({ seq, text, findings }),
  });
  const log = g.__fakeLanguageModelLog as { prompts: number; aborted: number; constraints: unknown[] };
  return { runner, delivered, log, on, restore: () => ((globalThis as Record<string, unknown>).LanguageModel = saved) };
}

describe('DeepCheckRunner', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('reads a draft only after the longer pause, with the pack schema as responseConstraint', async () => {
    const t = setup();
    t.runner.draft(key, 1, 'a zebra crossing');
    await vi.advanceTimersByTimeAsync(DEEP_PAUSE_MS - 10);
    expect(t.log.prompts).toBe(0);
    await vi.advanceTimersByTimeAsync(200);
    expect(t.log.prompts).toBe(1);
    expect(t.delivered).toHaveLength(1);
    expect(t.delivered[0]!.findings[0]).toMatchObject({ clause, source: 'deep-check', severity: 'medium' });
    expect((t.log.constraints[0] as { type: string }).type).toBe('object');
    t.restore();
  });

  it('a new draft cancels the running check (AbortSignal) and its answer is never delivered', async () => {
    const t = setup({ mode: 'slow', delayMs: 5_000 });
    t.runner.draft(key, 1, 'first zebra');
    await vi.advanceTimersByTimeAsync(DEEP_PAUSE_MS + 100);
    expect(t.log.prompts).toBe(1);
    t.runner.draft(key, 2, 'second zebra');
    await vi.advanceTimersByTimeAsync(10);
    expect(t.log.aborted).toBe(1);
    await vi.advanceTimersByTimeAsync(DEEP_PAUSE_MS + 6_000);
    expect(t.delivered.map((d) => d.seq)).toEqual([2]);
    t.restore();
  });

  it('typing before the pause ends never prompts the model', async () => {
    const t = setup();
    for (let i = 0; i < 10; i++) {
      t.runner.draft(key, i, `zebra ${i}`);
      await vi.advanceTimersByTimeAsync(300);
    }
    expect(t.log.prompts).toBe(0);
    await vi.advanceTimersByTimeAsync(DEEP_PAUSE_MS + 100);
    expect(t.log.prompts).toBe(1);
    t.restore();
  });

  it('Post runs it at once, once', async () => {
    const t = setup();
    t.runner.draft(key, 1, 'zebra');
    t.runner.now(key);
    await vi.advanceTimersByTimeAsync(50);
    expect(t.delivered).toHaveLength(1);
    t.runner.now(key);
    await vi.advanceTimersByTimeAsync(DEEP_PAUSE_MS + 100);
    expect(t.log.prompts).toBe(1);
    t.restore();
  });

  it('off: nothing is scheduled and the model API is never touched', async () => {
    const t = setup({}, false);
    t.runner.draft(key, 1, 'zebra');
    await vi.advanceTimersByTimeAsync(DEEP_PAUSE_MS * 2);
    expect(t.log.prompts).toBe(0);
    expect((await t.runner.status()).state).toBe('off');
    t.restore();
  });

  it('invalid JSON, invented quotes, a hanging model, an unavailable device: nothing delivered, nothing thrown', async () => {
    for (const config of [{ mode: 'invalid-json' }, { mode: 'invented-quote' }, { availability: 'unavailable' }, { availability: 'downloadable' }] as const) {
      const t = setup(config);
      t.runner.draft(key, 1, 'zebra');
      await vi.advanceTimersByTimeAsync(DEEP_PAUSE_MS + 100);
      expect(t.delivered.flatMap((d) => d.findings), JSON.stringify(config)).toEqual([]);
      t.restore();
    }
    const t = setup({ mode: 'hang' });
    t.runner.draft(key, 1, 'zebra');
    await vi.advanceTimersByTimeAsync(DEEP_PAUSE_MS + 60_000);
    expect(t.delivered).toEqual([]);
    expect(t.runner.outcomes.timeout).toBe(1);
    t.restore();
  });

  it('reports the browser availability states and "unsupported" without an API', async () => {
    const t = setup({ availability: 'downloadable' });
    expect(await t.runner.status(true)).toEqual({ state: 'downloadable', api: 'chrome-prompt', forced: false });
    t.restore();
    const none = new DeepCheckRunner({ pack: defaultPack, enabled: () => true, forced: () => true, model: () => null, deliver: () => {} });
    expect(await none.status()).toEqual({ state: 'unsupported', api: 'none', forced: true });
  });

  it('turning off cancels a running check', async () => {
    const t = setup({ mode: 'slow', delayMs: 5_000 });
    t.runner.draft(key, 1, 'zebra');
    await vi.advanceTimersByTimeAsync(DEEP_PAUSE_MS + 100);
    t.on.enabled = false;
    t.runner.cancelAll();
    await vi.advanceTimersByTimeAsync(6_000);
    expect(t.log.aborted).toBe(1);
    expect(t.delivered).toEqual([]);
    t.restore();
  });
});

describe('trial ML answers', () => {
  it('reads a text-generation answer and the test-echo model answer', () => {
    expect(trialMlText([{ generated_text: '{"findings":[]}' }])).toBe('{"findings":[]}');
    expect(trialMlText({ output: ['echoed prompt'] })).toBe('echoed prompt');
    expect(trialMlText(null)).toBeNull();
    expect(trialMlText({ output: [{ nope: 1 }] })).toBeNull();
  });
});
