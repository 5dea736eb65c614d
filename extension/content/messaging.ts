// The content script's only channel to the background: draft/evaluate and
// composer/gone, answers validated with zod. Errors (a service worker being
// restarted, the extension reloaded) are swallowed: the next edit retries.
import browser from 'webextension-polyfill';
import type { ComposerGone, DeepNow, DeepResult, EvaluateRequest } from '../../src/messages/schemas';
import { parseDeepResult, parseEvaluateAnswer, type EvaluateOutcome } from './answer';

export async function requestEvaluation(req: Omit<EvaluateRequest, 'type'>): Promise<EvaluateOutcome> {
  try {
    const message: EvaluateRequest = { type: 'draft/evaluate', ...req };
    return parseEvaluateAnswer(await browser.runtime.sendMessage(message), req.composerId);
  } catch {
    return { kind: 'failed' };
  }
}

export function notifyGone(composerId: string): void {
  const message: ComposerGone = { type: 'composer/gone', composerId };
  browser.runtime.sendMessage(message).catch(() => {});
}

/** Post was pressed: the background runs this composer's deep check now rather than after the pause. */
export function requestDeepNow(composerId: string): void {
  const message: DeepNow = { type: 'deep/now', composerId };
  browser.runtime.sendMessage(message).catch(() => {});
}

/** Deep-check answers the background pushes to this frame (only from our own extension, zod-checked). */
export function onDeepResult(listener: (result: DeepResult) => void): () => void {
  const handler = (raw: unknown, sender: browser.Runtime.MessageSender) => {
    if (sender.id !== browser.runtime.id) return undefined;
    const result = parseDeepResult(raw);
    if (result) listener(result);
    return undefined;
  };
  browser.runtime.onMessage.addListener(handler);
  return () => browser.runtime.onMessage.removeListener(handler);
}
