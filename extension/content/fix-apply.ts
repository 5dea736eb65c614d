// Applies a suggested replacement through the editor's own input path, so the
// editor's model and undo history stay right. Every editor first gets
// execCommand('insertText'): the browser's own edit, whose beforeinput/input
// events the page sees as trusted, like the member typing or accepting an
// autocorrection. Draft.js and ProseMirror read that edit back from the DOM
// into their state; if one of them instead puts its old text back (its model
// did not take the edit), the fix falls back to a paste event carrying the
// text, which such editors do accept — but which a page can tell is a
// script's (untrusted). The text is re-read afterwards to confirm.
import type { Composer } from './composer';
import type { Span } from './spans';

const nextFrame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));

/** Resolves after the document's next selectionchange event has been handled (or `ms` passed). */
function selectionSettled(doc: Document, ms = 150): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      doc.removeEventListener('selectionchange', done);
      clearTimeout(timer);
      // Let the editor's own selectionchange handler (queued alongside ours) run first.
      setTimeout(resolve, 0);
    };
    const timer = setTimeout(done, ms);
    doc.addEventListener('selectionchange', done);
  });
}

/** Puts the selection on `span` (also the fallback "select the words" action). */
export function selectSpan(composer: Composer, span: Span): boolean {
  const el = composer.element;
  const doc = el.ownerDocument;
  el.focus({ preventScroll: true });
  if (composer.model.family === 'textarea') {
    (el as HTMLTextAreaElement).setSelectionRange(span.start, span.end);
    return true;
  }
  composer.refresh();
  const range = composer.model.rangeFor(span.start, span.end);
  const sel = doc.getSelection();
  if (!range || !sel) return false;
  sel.removeAllRanges();
  sel.addRange(range);
  return true;
}

/** Firefox content scripts see page objects through Xray wrappers; `wrappedJSObject` is the page's own object. */
interface Waivable {
  wrappedJSObject?: object;
}

/** A paste event carrying `text` that the page's own handlers (the editor's paste handler) can read. */
function pasteEvent(text: string, win: Window): ClipboardEvent {
  const init = { bubbles: true, cancelable: true, composed: true };
  const page = (win as Waivable).wrappedJSObject as (Window & typeof globalThis) | undefined;
  if (!page) {
    // Chrome: the event's clipboardData is shared with the page's world.
    const data = new DataTransfer();
    data.setData('text/plain', text);
    return new ClipboardEvent('paste', { ...init, clipboardData: data });
  }
  // Firefox gives a constructed ClipboardEvent an empty clipboardData, and hides data the extension set
  // from the page. So the page's own DataTransfer takes the text (set through the page's object, as the
  // page), and goes on the page's side of the event, where the editor reads it.
  const data = new page.DataTransfer();
  data.setData('text/plain', text);
  const event = new ClipboardEvent('paste', init);
  Object.defineProperty((event as Waivable).wrappedJSObject ?? event, 'clipboardData', { value: data, configurable: true });
  return event;
}

export async function applyReplacement(composer: Composer, span: Span, replacement: string): Promise<boolean> {
  const before = composer.refresh();
  const expected = before.slice(0, span.start) + replacement + before.slice(span.end);
  const el = composer.element;
  const doc = el.ownerDocument;
  const family = composer.model.family;
  const settled = selectionSettled(doc);
  if (!selectSpan(composer, span)) return false;
  const readsDom = family === 'draftjs' || family === 'prosemirror';
  if (readsDom) {
    // These editors adopt a DOM selection from selectionchange (async): edit only once they have it.
    await settled;
    await nextFrame();
  }
  doc.execCommand('insertText', false, replacement);
  await nextFrame();
  if (readsDom && composer.refresh() === before) {
    // The editor rendered its old state again: its model never took the edit.
    if (!selectSpan(composer, span)) return false;
    await selectionSettled(doc);
    await nextFrame();
    el.dispatchEvent(pasteEvent(replacement, doc.defaultView ?? window));
    await nextFrame();
  }
  // The member chose the fix: the new text is theirs to check.
  composer.trust();
  return composer.refresh() === expected;
}
