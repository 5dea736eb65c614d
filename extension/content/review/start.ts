// Connects the post guard to the inline-warnings content script through its
// registry (the checked compose boxes and our closed shadow root). The guard
// needs every compose box that may own a Post button, not only the one
// holding focus: it asks the registry for all of them when Post is pressed,
// so typing costs this module nothing (no listener of its own on keys).
import type { Composer } from '../composer';
import { selectSpan } from '../fix-apply';
import { requestDeepNow } from '../messaging';
import { checkedComposers, onKeysWanted, uiRoot } from '../registry';
import { installPostGuard, type GuardedComposer, type PostGuard } from './post-guard';
import { trackReviewEnabled } from './review-enabled';
import { pageHost } from '../page-host';
import { deepCheckNote } from './review-items';

export function startPostReview(doc: Document = document): () => void {
  const win = doc.defaultView!;
  /** One GuardedComposer per Composer, so the guard can compare them across calls. */
  const seen = new Map<Composer, GuardedComposer>();
  const composers = (): GuardedComposer[] => {
    const live = checkedComposers().filter((c) => c.element.isConnected);
    // Forget boxes that went away, and stale ones from before a pause/resume of the controller.
    for (const c of seen.keys()) if (!live.includes(c)) seen.delete(c);
    return live.map((c) => {
      let g = seen.get(c);
      if (!g) seen.set(c, (g = guarded(c)));
      return g;
    });
  };

  let guard: PostGuard | undefined;
  let keys = () => {};
  const review = trackReviewEnabled(pageHost(win), (site) => {
    // The site is known once settings are read (Mastodon instances come from them).
    keys();
    guard?.dispose();
    const installed = (guard = installPostGuard({ site, composers, uiRoot, reviewEnabled: () => review.enabled(), window: win }));
    keys = onKeysWanted((on) => installed.listenToKeys(on));
  });
  return () => {
    keys();
    guard?.dispose();
    review.dispose();
  };
}

function guarded(c: Composer): GuardedComposer {
  return {
    element: c.element,
    findings: () => shiftedFindings(c),
    text: () => c.refresh(),
    deepNote: () => deepCheckNote(c.deep, c.deepDone),
    deepNow: () => requestDeepNow(c.id),
    prepare: () => void c.checkNow(),
    focusAt(offset) {
      const caret = { start: offset, end: offset };
      if (!selectSpan(c, caret)) return;
      // Lexical restores its own last selection when it regains focus: set ours again after it,
      // unless the member already typed (never move a caret under someone's fingers).
      const text = c.model.read();
      requestAnimationFrame(() => {
        if (c.model.read() === text) selectSpan(c, caret);
      });
    },
  };
}

/** The composer's findings with spans moved to the text on screen (typing after the last answer). */
function shiftedFindings(c: Composer) {
  const spans = c.visibleSpans();
  return c.currentFindings().map((f) => {
    const moved = spans.filter((s) => s.finding === f).map(({ start, end }) => ({ start, end }));
    return moved.length || f.spans.length === 0 ? { ...f, spans: moved } : f;
  });
}
