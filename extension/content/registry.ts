// The one hook other content-script features use (e.g. the pre-publish
// review): which checked compose box an element belongs to, and our UI root.
import type { Composer } from './composer';

interface Active {
  composerFor(target: Element): Composer | undefined;
  readonly uiRoot: ShadowRoot;
}

let active: Active | null = null;

export function setActive(a: Active | null): void {
  active = a;
}

/** The checked compose box containing `target`, while inline warnings run. */
export function findComposerFor(target: Element): Composer | undefined {
  return active?.composerFor(target);
}

/** The closed shadow root holding all of the extension's page UI, while running. */
export function uiRoot(): ShadowRoot | null {
  return active?.uiRoot ?? null;
}
