// @vitest-environment happy-dom
// The composer's conversation with the background, with a fake transport:
// debounce, stale answers dropped (older seq, changed text), quiet retry
// after a failed send, the size cap, and composer/gone.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_DRAFT_CHARS, type EvaluateRequest, type Finding } from '../../../src/messages/schemas';
import type { EvaluateOutcome } from '../../../extension/content/answer';
import { Composer, DEBOUNCE_MS, type Transport } from '../../../extension/content/composer';
import { TextareaModel } from '../../../extension/content/text-model/textarea';

type Req = Omit<EvaluateRequest, 'type'>;

function finding(start: number, end: number): Finding {
  return { clause: 'official-voice', severity: 'high', spans: [{ start, end }], message: 'm', why: 'w', exceptions: [], suggestion: { advice: 'a' } };
}

/** A transport whose answers the test releases by hand. */
function fakeTransport() {
  const sent: { req: Req; resolve: (o: EvaluateOutcome) => void }[] = [];
  const gone: string[] = [];
  const transport: Transport = {
    evaluate: (req) => new Promise((resolve) => sent.push({ req, resolve })),
    gone: (id) => gone.push(id),
  };
  return { transport, sent, gone };
}

let ta: HTMLTextAreaElement;
let composer: Composer;
let t: ReturnType<typeof fakeTransport>;

/** The member's own key (trusted, as real keys are), then the text it leaves. */
function memberKey() {
  const key = new KeyboardEvent('keydown', { key: 'a' });
  Object.defineProperty(key, 'isTrusted', { value: true });
  ta.dispatchEvent(key);
}

function type(value: string) {
  memberKey();
  ta.value = value;
  ta.dispatchEvent(new Event('input'));
}

beforeEach(() => {
  vi.useFakeTimers();
  document.body.innerHTML = '<textarea></textarea><div id="mirror"></div>';
  ta = document.querySelector('textarea')!;
  t = fakeTransport();
  composer = new Composer(new TextareaModel(ta, document.getElementById('mirror')!), 'x.com', () => {}, t.transport);
});

afterEach(() => {
  composer.dispose(false);
  vi.useRealTimers();
});

describe('Composer', () => {
  it('sends once after a pause in typing, with the site and a sequence number', async () => {
    type('Speak');
    type('Speaking for');
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS - 10);
    type('Speaking for the whole Durham PD');
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    expect(t.sent.map((s) => s.req.text)).toEqual(['Speaking for the whole Durham PD']);
    expect(t.sent[0]!.req.site).toBe('x.com');
    t.sent[0]!.resolve({ kind: 'result', seq: t.sent[0]!.req.seq, findings: [finding(0, 8)] });
    await vi.runAllTimersAsync();
    expect(composer.currentFindings()).toHaveLength(1);
    expect(composer.visibleSpans().map((s) => [s.start, s.end])).toEqual([[0, 8]]);
  });

  it('drops an answer older than the latest request', async () => {
    type('first idiot');
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    type('second');
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    expect(t.sent).toHaveLength(2);
    t.sent[0]!.resolve({ kind: 'result', seq: t.sent[0]!.req.seq, findings: [finding(6, 11)] });
    await vi.runAllTimersAsync();
    expect(composer.findings).toEqual([]);
    t.sent[1]!.resolve({ kind: 'result', seq: t.sent[1]!.req.seq, findings: [] });
    await vi.runAllTimersAsync();
    expect(composer.findings).toEqual([]);
  });

  it('drops an answer whose text changed meanwhile, and the change is checked with the member’s next input', async () => {
    type('you idiot');
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    ta.value = 'you genius'; // changed without an event yet (the site's own script)
    t.sent[0]!.resolve({ kind: 'result', seq: t.sent[0]!.req.seq, findings: [finding(4, 9)] });
    await vi.runAllTimersAsync();
    expect(composer.findings).toEqual([]);
    // The script's own input event (Chromium marks execCommand's trusted) checks nothing on its own…
    ta.dispatchEvent(new Event('input'));
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    expect(t.sent.map((s) => s.req.text)).toEqual(['you idiot']);
    // …the member's next key does.
    memberKey();
    ta.dispatchEvent(new Event('input'));
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    expect(t.sent.map((s) => s.req.text)).toEqual(['you idiot', 'you genius']);
  });

  it('never checks text a script wrote and focused without the member’s input (script-made keys do not count)', async () => {
    ta.value = 'Speaking for the whole Durham PD';
    ta.dispatchEvent(new Event('focus'));
    ta.dispatchEvent(new Event('input'));
    ta.dispatchEvent(new KeyboardEvent('keydown', { key: 'a' }));
    ta.dispatchEvent(new Event('pointerdown'));
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS * 3);
    expect(t.sent).toEqual([]);
  });

  it('a restored draft is checked at once on the member’s first input in it', async () => {
    ta.value = 'Speaking for the whole Durham PD';
    const press = new Event('pointerdown');
    Object.defineProperty(press, 'isTrusted', { value: true });
    ta.dispatchEvent(press);
    await vi.advanceTimersByTimeAsync(0);
    expect(t.sent.map((s) => s.req.text)).toEqual(['Speaking for the whole Durham PD']);
  });

  it('after a failed send (service worker restarting) resends the same text on the next change, quietly', async () => {
    type('Speaking for the whole Durham PD');
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    t.sent[0]!.resolve({ kind: 'failed' });
    await vi.runAllTimersAsync();
    ta.dispatchEvent(new Event('focus'));
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    expect(t.sent.map((s) => s.req.text)).toEqual(['Speaking for the whole Durham PD', 'Speaking for the whole Durham PD']);
  });

  it('never sends a draft over the size cap and says it is too long', async () => {
    type('x'.repeat(MAX_DRAFT_CHARS + 1));
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    expect(t.sent).toHaveLength(0);
    expect(composer.tooLong).toBe(true);
  });

  it('does not send while an IME composition is open', async () => {
    ta.dispatchEvent(new Event('compositionstart'));
    type('かんじ');
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS * 3);
    expect(t.sent).toHaveLength(0);
    ta.dispatchEvent(new Event('compositionend'));
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    expect(t.sent.map((s) => s.req.text)).toEqual(['かんじ']);
  });

  it('shifts spans by an edit made before them and hides spans whose words changed', async () => {
    type('Speaking for the whole Durham PD. idiot');
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    t.sent[0]!.resolve({ kind: 'result', seq: t.sent[0]!.req.seq, findings: [finding(0, 32), finding(34, 39)] });
    await vi.runAllTimersAsync();
    ta.value = 'Well. ' + ta.value; // typed at the start, not answered yet
    ta.dispatchEvent(new Event('input'));
    expect(composer.visibleSpans().map((s) => [s.start, s.end])).toEqual([[6, 38], [40, 45]]);
    ta.value = ta.value.replace('idiot', 'friend');
    ta.dispatchEvent(new Event('input'));
    expect(composer.visibleSpans().map((s) => [s.start, s.end])).toEqual([[6, 38]]);
    expect(composer.currentFindings()).toHaveLength(1);
  });

  it('brings the warnings back when an undo restores the checked text before any new answer', async () => {
    type('Speaking for the whole Durham PD');
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    t.sent[0]!.resolve({ kind: 'result', seq: t.sent[0]!.req.seq, findings: [finding(0, 32)] });
    await vi.runAllTimersAsync();
    type('Speaking for myself');
    expect(composer.visibleSpans()).toEqual([]);
    type('Speaking for the whole Durham PD'); // undone within the typing pause: nothing new is sent
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    expect(t.sent).toHaveLength(1);
    expect(composer.visibleSpans().map((s) => [s.start, s.end])).toEqual([[0, 32]]);
  });

  it('tells the background when the compose box is gone', () => {
    composer.dispose(true);
    expect(t.gone).toEqual([composer.id]);
  });
});

describe('Composer: the deep check answer', () => {
  const deep = (start: number, end: number): Finding => ({ ...finding(start, end), clause: 'disparagement', severity: 'medium', source: 'deep-check' });

  it('is shown for the checked draft, and dropped once the text or the draft changed', async () => {
    type('a quiet post');
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    const seq = t.sent[0]!.req.seq;
    t.sent[0]!.resolve({ kind: 'result', seq, findings: [], deep: { state: 'available' } });
    await vi.runAllTimersAsync();
    expect(composer.deep).toEqual({ state: 'available' });
    expect(composer.deepDone).toBe(false);
    composer.deepChecked(seq - 1, [deep(2, 7)]); // an older draft's answer
    expect(composer.currentFindings()).toEqual([]);
    composer.deepChecked(seq, [deep(2, 7)]);
    expect(composer.deepDone).toBe(true);
    expect(composer.currentFindings().map((f) => f.source)).toEqual(['deep-check']);
    expect(composer.visibleSpans().map((s) => [s.start, s.end])).toEqual([[2, 7]]);
    // Typing on: a late answer about the old text is not taken.
    type('a quiet post, edited');
    composer.deepChecked(seq, [deep(0, 1)]);
    expect(composer.currentFindings().map((f) => f.spans[0])).toEqual([{ start: 2, end: 7 }]);
  });
});
