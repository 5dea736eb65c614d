// A thread of compose boxes published by one control (X's "Post all",
// Bluesky's "Publish posts"): the review covers every box. The boxes are
// presented as one text, joined by a blank line, with each finding's offsets
// moved to its box's place; "Edit" puts the caret back in the right box.
import type { Finding } from '../../../src/messages/schemas';
import type { GuardedComposer } from './post-guard';
import { remainingWarnings } from './review-items';

const SEPARATOR = '\n\n';

export interface ThreadComposer extends GuardedComposer {
  /** The boxes of the thread, in page order. */
  readonly parts: readonly GuardedComposer[];
}

/**
 * What a publish control's review covers: nothing when none of its boxes is
 * warned, the box itself for a single box, else the whole thread.
 */
export function reviewTarget(related: readonly GuardedComposer[], warned: readonly GuardedComposer[]): GuardedComposer | undefined {
  if (!related.some((c) => warned.includes(c))) return undefined;
  if (related.length === 1) return related[0];
  return threadOf(related);
}

export function threadOf(parts: readonly GuardedComposer[]): ThreadComposer {
  const ordered = [...parts].sort((a, b) => (a.element.compareDocumentPosition(b.element) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
  const starts = (): number[] => {
    const out: number[] = [];
    let at = 0;
    for (const p of ordered) {
      out.push(at);
      at += p.text().length + SEPARATOR.length;
    }
    return out;
  };
  return {
    parts: ordered,
    element: ordered[0]!.element,
    text: () => ordered.map((p) => p.text()).join(SEPARATOR),
    findings: () => {
      const offsets = starts();
      return ordered.flatMap((p, i) => remainingWarnings(p.findings()).map((f) => shift(f, offsets[i]!)));
    },
    focusAt: (offset) => {
      const offsets = starts();
      let i = ordered.length - 1;
      while (i > 0 && offsets[i]! > offset) i--;
      ordered[i]!.focusAt(Math.min(offset - offsets[i]!, ordered[i]!.text().length));
    },
  };
}

function shift(f: Finding, by: number): Finding {
  return by === 0 ? f : { ...f, spans: f.spans.map((s) => ({ start: s.start + by, end: s.end + by })) };
}
