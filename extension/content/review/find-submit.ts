// DOM side of "is this a Post action, and for which composer?". Walks the
// composed tree (sites such as Reddit and YouTube use shadow DOM), reads
// only attributes and text, never writes to the page.
import { GENERIC_MAX_LEVELS, isPublishLabel, type SiteSubmitKnowledge } from './submit-controls';

export interface SubmitControl {
  element: Element;
  /** Matched the site's own selectors (trusted further from the composer than a generic match). */
  known: boolean;
}

const BUTTONISH = 'button, [role="button"], input[type="submit"]';
/** Site controls can sit far from the composer (X's toolbar is ~10 levels up). */
const KNOWN_MAX_LEVELS = 25;

export function composedParent(node: Node): Node | null {
  if (node.parentNode instanceof ShadowRoot) return node.parentNode.host;
  return node.parentNode;
}

export function composedContains(ancestor: Node, node: Node): boolean {
  for (let n: Node | null = node; n; n = composedParent(n)) if (n === ancestor) return true;
  return false;
}

/** The publish control an event path went through, if any (innermost first). */
export function findSubmitControl(path: readonly EventTarget[], knowledge: SiteSubmitKnowledge): SubmitControl | undefined {
  const knownSelector = knowledge.controls.join(',');
  for (const target of path) {
    if (!(target instanceof Element)) continue;
    if (knownSelector && target.matches(knownSelector)) return { element: target, known: true };
    if (target.matches(BUTTONISH) && isGenericPublishControl(target, knowledge)) return { element: target, known: false };
  }
  return undefined;
}

function isGenericPublishControl(el: Element, knowledge: SiteSubmitKnowledge): boolean {
  if (el.getAttribute('aria-disabled') === 'true' || (el as HTMLButtonElement).disabled) return false;
  // An explicit submit button counts only when it has a form to submit.
  const explicitSubmit =
    (el instanceof HTMLButtonElement && el.getAttribute('type')?.toLowerCase() === 'submit') ||
    (el instanceof HTMLInputElement && el.type === 'submit');
  if (explicitSubmit && (el as HTMLButtonElement | HTMLInputElement).form) return true;
  return isPublishLabel(accessibleName(el), knowledge);
}

export function accessibleName(el: Element): string {
  const aria = el.getAttribute('aria-label');
  if (aria) return aria;
  if (el instanceof HTMLInputElement) return el.value;
  return (el.textContent ?? '').slice(0, 100);
}

/**
 * The composer a publish control belongs to: the one sharing its form, else
 * the one whose nearest ancestor also holds the control (fewest levels up).
 */
export function relatedComposer<C extends { element: HTMLElement }>(control: SubmitControl, composers: readonly C[]): C | undefined {
  const form = formOf(control.element);
  if (form) {
    const sameForm = composers.find((c) => formOf(c.element) === form);
    if (sameForm) return sameForm;
  }
  const maxLevels = control.known ? KNOWN_MAX_LEVELS : GENERIC_MAX_LEVELS;
  let best: C | undefined;
  let bestLevels = Infinity;
  for (const c of composers) {
    let levels = 0;
    for (let n: Node | null = c.element; n && levels <= maxLevels && levels < bestLevels; n = composedParent(n), levels++) {
      if (composedContains(n, control.element)) {
        best = c;
        bestLevels = levels;
        break;
      }
    }
  }
  return best;
}

function formOf(el: Element): HTMLFormElement | null {
  if ((el instanceof HTMLButtonElement || el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) && el.form) return el.form;
  for (let n: Node | null = el; n; n = composedParent(n)) if (n instanceof HTMLFormElement) return n;
  return null;
}

/** The composer an event path went through (a keypress inside it). */
export function composerOnPath<C extends { element: HTMLElement }>(path: readonly EventTarget[], composers: readonly C[]): C | undefined {
  for (const target of path) {
    const c = composers.find((x) => x.element === target);
    if (c) return c;
  }
  return undefined;
}

/** Plain Enter sends from this composer on this site (comments, DMs, live chat). */
export function enterSendsFrom(composer: HTMLElement, knowledge: SiteSubmitKnowledge): boolean {
  if (knowledge.enterSendsIn.length === 0) return false;
  const selector = knowledge.enterSendsIn.join(',');
  let levels = 0;
  for (let n: Node | null = composer; n && levels <= 4; n = composedParent(n), levels++) {
    if (n instanceof Element && n.matches(selector)) return true;
  }
  return false;
}
