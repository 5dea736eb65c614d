// Connects the post guard to the inline-warnings content script through its
// registry (composer lookup and our closed shadow root). The guard needs every
// compose box that may own a Post button, not only the one holding focus: the
// registry answers "which composer is this element in", so boxes are
// remembered as the member focuses them or types in them.
import type { Composer } from '../composer';
import { deepActiveElement } from '../discovery';
import { selectSpan } from '../fix-apply';
import { findComposerFor, uiRoot } from '../registry';
import { installPostGuard, type GuardedComposer, type PostGuard } from './post-guard';
import { trackReviewEnabled } from './review-enabled';

const MAX_PENDING = 16;

export function startPostReview(doc: Document = document): () => void {
  const win = doc.defaultView!;
  const seen = new Map<Composer, GuardedComposer>();
  /** Event targets already known to be in a composer: typing costs one WeakSet lookup. */
  const known = new WeakSet<Element>();
  /** Recent targets not (yet) in a known composer: the controller may attach it later. */
  const pending = new Set<Element>();
  const remember = (target: Element): boolean => {
    const c = findComposerFor(target);
    if (!c) return false;
    known.add(target);
    if (!seen.has(c)) seen.set(c, guarded(c));
    return true;
  };
  const onActivity = (ev: Event) => {
    const target = ev.composedPath()[0];
    if (!(target instanceof Element) || known.has(target) || pending.has(target)) return;
    if (pending.size >= MAX_PENDING) pending.delete(pending.values().next().value!);
    pending.add(target);
  };
  const activity = ['focusin', 'keydown', 'input'] as const;
  for (const type of activity) win.addEventListener(type, onActivity, { capture: true, passive: true });
  const composers = (): GuardedComposer[] => {
    for (const target of pending) if (!target.isConnected || remember(target)) pending.delete(target);
    const active = deepActiveElement(doc);
    if (active) remember(active);
    // Drop boxes that went away, and stale ones from before a pause/resume of the controller.
    for (const c of seen.keys()) if (!c.element.isConnected || findComposerFor(c.element) !== c) seen.delete(c);
    return [...seen.values()];
  };

  let guard: PostGuard | undefined;
  const review = trackReviewEnabled(win.location.hostname, (site) => {
    // The site is known once settings are read (Mastodon instances come from them).
    guard?.dispose();
    guard = installPostGuard({ site, composers, uiRoot, reviewEnabled: () => review.enabled(), window: win });
  });
  return () => {
    for (const type of activity) win.removeEventListener(type, onActivity, { capture: true });
    guard?.dispose();
    review.dispose();
  };
}

function guarded(c: Composer): GuardedComposer {
  return {
    element: c.element,
    findings: () => shiftedFindings(c),
    text: () => c.refresh(),
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
