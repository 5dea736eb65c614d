// The one hook other content-script features use (e.g. the pre-publish
// review): the checked compose boxes, which one an element belongs to, and
// our UI root.
import type { Composer } from './composer';

interface Active {
  composerFor(target: Element): Composer | undefined;
  /** Every compose box being checked in this frame. */
  allComposers(): Composer[];
  readonly uiRoot: ShadowRoot | null;
}

let active: Active | null = null;

export function setActive(a: Active | null): void {
  active = a;
}

/** The checked compose box containing `target`, while inline warnings run. */
export function findComposerFor(target: Element): Composer | undefined {
  return active?.composerFor(target);
}

/** Every checked compose box, while inline warnings run (none otherwise). */
export function checkedComposers(): Composer[] {
  return active?.allComposers() ?? [];
}

/** The closed shadow root holding all of the extension's page UI, while running. */
export function uiRoot(): ShadowRoot | null {
  return active?.uiRoot ?? null;
}

/** Whether our key listeners are wanted: only while some compose box shows something (Post with warnings, the card shortcut). */
let keysWanted = false;
const keysWantedListeners = new Set<(on: boolean) => void>();

/** Set by the inline warnings as compose boxes gain or lose something to show. */
export function setKeysWanted(on: boolean): void {
  if (on === keysWanted) return;
  keysWanted = on;
  for (const l of keysWantedListeners) l(on);
}

/** Calls `listener` now and whenever that changes; returns the unsubscribe. */
export function onKeysWanted(listener: (on: boolean) => void): () => void {
  keysWantedListeners.add(listener);
  listener(keysWanted);
  return () => keysWantedListeners.delete(listener);
}
