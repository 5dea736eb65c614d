// Between two evaluations the member keeps typing: existing spans are moved
// by the single edit that turned the evaluated text into the current text,
// and a span is kept only while its words are still there. Stops highlights
// jumping or pointing at the wrong words until the next answer arrives.

export interface Span {
  start: number;
  end: number;
}

export interface Edit {
  /** Characters before the edit, unchanged. */
  prefix: number;
  /** Length removed from the old text. */
  removed: number;
  /** Length inserted in the new text. */
  inserted: number;
}

/** The single edit between two texts (common prefix and suffix). */
export function diffOnce(before: string, after: string): Edit {
  const max = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < max && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (
    suffix < max - prefix &&
    before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)
  ) suffix++;
  return { prefix, removed: before.length - prefix - suffix, inserted: after.length - prefix - suffix };
}

/**
 * Where `span` (in `before`) is in `after`, or null when the edit touched it
 * or its text no longer matches.
 */
export function shiftSpan(span: Span, before: string, after: string, edit: Edit = diffOnce(before, after)): Span | null {
  const editEnd = edit.prefix + edit.removed;
  let moved: Span;
  if (span.end <= edit.prefix) moved = span;
  else if (span.start >= editEnd) moved = { start: span.start + edit.inserted - edit.removed, end: span.end + edit.inserted - edit.removed };
  else return null;
  return after.slice(moved.start, moved.end) === before.slice(span.start, span.end) ? moved : null;
}
