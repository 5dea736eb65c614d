// One deep check of one draft: prompt the model, validate its answer, keep the
// passages that are really in the draft. Browser-free: the model arrives as a
// function, so timeouts, cancellation and bad answers are unit-tested.
import type { Finding } from '../engine/types';
import type { PolicyPack } from '../policy/schema';
import { parseDeepAnswer } from './answer';
import { deepFindings } from './findings';
import { draftPrompt, type DeepCheckPrompt } from './prompt';

/** The part of a model session the deep check uses (Chrome's LanguageModel session has this shape). */
export interface DeepSession {
  prompt(input: string, options: { responseConstraint?: Record<string, unknown>; signal?: AbortSignal }): Promise<string>;
}

export type DeepOutcome =
  | { kind: 'done'; findings: Finding[]; invented: number }
  | { kind: 'cancelled' }
  | { kind: 'timeout' }
  | { kind: 'invalid'; problem: 'not-json' | 'wrong-shape' }
  | { kind: 'failed'; error: string };

export interface RunOptions {
  session: DeepSession;
  prompt: DeepCheckPrompt;
  pack: PolicyPack;
  text: string;
  /** Aborted when the draft changes or goes away. */
  signal: AbortSignal;
  timeoutMs: number;
}

/** Never throws: every way of not getting an answer is an outcome that shows nothing. */
export async function runDeepCheck({ session, prompt, pack, text, signal, timeoutMs }: RunOptions): Promise<DeepOutcome> {
  if (signal.aborted) return { kind: 'cancelled' };
  const inner = new AbortController();
  let timedOut = false;
  const onAbort = () => inner.abort(signal.reason);
  signal.addEventListener('abort', onAbort, { once: true });
  let timer: ReturnType<typeof setTimeout> | undefined;
  // A model that ignores its signal still loses the race.
  const stopped = new Promise<never>((_, reject) => {
    inner.signal.addEventListener('abort', () => reject(new Error('aborted')), { once: true });
    timer = setTimeout(() => {
      timedOut = true;
      inner.abort(new Error('deep check timed out'));
    }, timeoutMs);
  });
  try {
    const raw = await Promise.race([session.prompt(draftPrompt(text), { responseConstraint: prompt.schema, signal: inner.signal }), stopped]);
    if (signal.aborted) return { kind: 'cancelled' };
    if (typeof raw !== 'string') return { kind: 'invalid', problem: 'not-json' };
    const parsed = parseDeepAnswer(raw, prompt.clauseIds);
    if (!parsed.ok) return { kind: 'invalid', problem: parsed.problem };
    return { kind: 'done', ...deepFindings(parsed.items, text, pack) };
  } catch (e) {
    if (timedOut) return { kind: 'timeout' };
    if (signal.aborted) return { kind: 'cancelled' };
    return { kind: 'failed', error: e instanceof Error ? e.name : 'error' };
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', onAbort);
  }
}
