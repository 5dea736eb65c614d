// @vitest-environment happy-dom
// Image findings on a composer: counted and listed beside the text's, never
// underlined, kept across text answers, and typing never waits for them.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { EvaluateRequest, Finding } from '../../../src/messages/schemas';
import type { EvaluateOutcome } from '../../../extension/content/answer';
import { Composer, DEBOUNCE_MS, type Transport } from '../../../extension/content/composer';
import { TextareaModel } from '../../../extension/content/text-model/textarea';

const textFinding: Finding = { clause: 'official-voice', severity: 'high', spans: [{ start: 0, end: 8 }], message: 'm', why: 'w', exceptions: [], suggestion: { advice: 'a' } };
const imageFinding: Finding = { clause: 'identity-privacy', severity: 'medium', spans: [], image: 0, message: 'In the attached image: GPS', why: 'w', exceptions: [], suggestion: { advice: 'a' } };

let ta: HTMLTextAreaElement;
let composer: Composer;
let sent: { req: Omit<EvaluateRequest, 'type'>; resolve: (o: EvaluateOutcome) => void }[];
let updates: number;
let stopped: number;

/** The member's own key (trusted, as real keys are). */
function memberKey() {
  const key = new KeyboardEvent('keydown', { key: 'a' });
  Object.defineProperty(key, 'isTrusted', { value: true });
  ta.dispatchEvent(key);
}

beforeEach(() => {
  vi.useFakeTimers();
  document.body.innerHTML = '<textarea></textarea><div id="mirror"></div>';
  ta = document.querySelector('textarea')!;
  sent = [];
  updates = 0;
  stopped = 0;
  const transport: Transport = { evaluate: (req) => new Promise((resolve) => sent.push({ req, resolve })), gone: () => {} };
  composer = new Composer(new TextareaModel(ta, document.getElementById('mirror')!), 'x.com', () => updates++, transport);
  composer.own(() => stopped++);
});

afterEach(() => {
  composer.dispose(false);
  vi.useRealTimers();
});

describe('Composer with attached images', () => {
  it('"checking" count and image findings: listed, never underlined, redrawn on each change', async () => {
    const before = updates;
    composer.imagesPending(1);
    expect(composer.checkingImages).toBe(1);
    composer.imagesChecked([textFinding, imageFinding]);
    composer.imagesPending(0);
    expect(updates - before).toBe(3);
    expect(composer.currentFindings()).toEqual([imageFinding]);
    expect(composer.visibleSpans()).toEqual([]);
  });

  it('a text answer carries the images’ findings too: text ones underline, image ones are listed once', async () => {
    ta.value = 'Speaking for the Department';
    memberKey();
    ta.dispatchEvent(new Event('input'));
    composer.imagesChecked([imageFinding]);
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    sent[0]!.resolve({ kind: 'result', seq: sent[0]!.req.seq, findings: [textFinding, imageFinding] });
    await vi.runAllTimersAsync();
    expect(composer.currentFindings()).toEqual([textFinding, imageFinding]);
    expect(composer.visibleSpans().map((s) => s.finding)).toEqual([textFinding]);
    // The image removed: its finding goes, the text's stays.
    composer.imagesChecked([textFinding]);
    expect(composer.currentFindings()).toEqual([textFinding]);
  });

  it('typing is sent on its own schedule while an image is being checked', async () => {
    composer.imagesPending(1);
    ta.value = 'hello';
    memberKey();
    ta.dispatchEvent(new Event('input'));
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    expect(sent.map((s) => s.req.text)).toContain('hello');
  });

  it('what it owns (the image watcher) stops with it', () => {
    composer.dispose(false);
    expect(stopped).toBe(1);
  });
});
