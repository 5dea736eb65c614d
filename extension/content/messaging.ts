// The content script's only channel to the background: draft/evaluate and
// composer/gone, answers validated with zod. Errors (a service worker being
// restarted, the extension reloaded) are swallowed: the next edit retries.
import browser from 'webextension-polyfill';
import type { ComposerGone, EvaluateRequest } from '../../src/messages/schemas';
import { parseEvaluateAnswer, type EvaluateOutcome } from './answer';

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
