// DOM side of "is this a Post action, and for which composer?". Walks the
// composed tree (sites such as Reddit and YouTube use shadow DOM), reads
// only attributes and text, never writes to the page.
//
// Evidence order, strongest first, so a translated interface loses nothing:
// 1. the site's own selectors (registry data, e.g. X's data-testid="tweetButton");
// 2. structure: a submit button of the composer's form;
// 3. the control's own identifiers (data-testid, data-e2e, id, name) naming a
//    publish action, e.g. "composerPublishBtn", "submit-button";
// 4. its accessible name in English, Spanish or French (fallback).
// Which composer a control belongs to is decided by position in the tree (the
// nearest ancestor holding both), never by a fixed number of levels.
import { isPublishLabel, type SiteSubmitKnowledge } from './submit-controls';

export type SubmitEvidence = 'site' | 'form' | 'identifier' | 'label';

export interface SubmitControl {
  element: Element;
  /** Matched the site's own selectors. */
  known: boolean;
  evidence: SubmitEvidence;
}

const BUTTONISH = 'button, [role="button"], input[type="submit"], input[type="button"]';
/** Attributes sites use to name their controls for tests and analytics (language-independent). */
const ID_ATTRIBUTES = ['data-testid', 'data-test-id', 'data-e2e', 'data-qa', 'id', 'name'];
/** Words in an identifier that name a publish action (after splitting camelCase, - and _). */
const PUBLISH_WORDS = new Set(['submit', 'publish', 'post', 'tweet', 'send', 'toot']);
/** Words that make an identifier something else (navigation, menus, counts). */
const NOT_PUBLISH_WORDS = new Set(['nav', 'menu', 'link', 'count', 'title', 'list', 'feed', 'new', 'draft', 'schedule', 'cancel', 'close', 'search']);
/**
 * Containers that end a composer's neighbourhood: a control inside one of them
 * that does not also hold the composer belongs to something else (another feed
 * item, the site's navigation, a different form or dialog).
 */
const FOREIGN_CONTAINERS =
  'article, [role="article"], nav, [role="navigation"], [role="banner"], aside, [role="complementary"], [role="contentinfo"], ' +
  'dialog, [role="dialog"], [role="alertdialog"], form, [role="search"], search, [role="menu"]';
/** A composer inside one of these owns only the controls inside it too. */
const ENCLOSING_CONTAINERS = 'dialog, [role="dialog"], [role="alertdialog"]';

export function composedParent(node: Node): Node | null {
  if (node.parentNode instanceof ShadowRoot) return node.parentNode.host;
  return node.parentNode;
}

export function composedContains(ancestor: Node, node: Node): boolean {
  for (let n: Node | null = node; n; n = composedParent(n)) if (n === ancestor) return true;
  return false;
}

/** The publish control an event path went through, if any. The site's own controls win over anything inside them. */
export function findSubmitControl(path: readonly EventTarget[], knowledge: SiteSubmitKnowledge): SubmitControl | undefined {
  const elements = path.filter((t): t is Element => t instanceof Element);
  const knownSelector = knowledge.controls.join(',');
  // First the whole path for the site's own controls: YouTube's #submit-button wraps an inner generic button.
  if (knownSelector) {
    const known = elements.find((el) => el.matches(knownSelector));
    if (known) return { element: known, known: true, evidence: 'site' };
  }
  for (const el of elements) {
    if (!el.matches(BUTTONISH) || isDisabled(el)) continue;
    const evidence = genericEvidence(el, knowledge);
    if (evidence) return { element: el, known: false, evidence };
  }
  return undefined;
}

function isDisabled(el: Element): boolean {
  return el.getAttribute('aria-disabled') === 'true' || (el as HTMLButtonElement).disabled === true;
}

function genericEvidence(el: Element, knowledge: SiteSubmitKnowledge): SubmitEvidence | undefined {
  // An explicit submit button counts only when it has a form to submit.
  const explicitSubmit =
    (el instanceof HTMLButtonElement && el.getAttribute('type')?.toLowerCase() === 'submit') ||
    (el instanceof HTMLInputElement && el.type === 'submit');
  if (explicitSubmit && (el as HTMLButtonElement | HTMLInputElement).form) return 'form';
  if (ID_ATTRIBUTES.some((a) => namesPublishAction(el.getAttribute(a)))) return 'identifier';
  if (isPublishLabel(accessibleName(el), knowledge)) return 'label';
  return undefined;
}

/** "tweetButtonInline", "composerPublishBtn", "submit-button", "dm_send" → true; "postTitle", "SideNav_NewTweet_Button" → false. */
export function namesPublishAction(value: string | null): boolean {
  if (!value || value.length > 60) return false;
  const words = value
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  return words.some((w) => PUBLISH_WORDS.has(w)) && !words.some((w) => NOT_PUBLISH_WORDS.has(w));
}

export function accessibleName(el: Element): string {
  const aria = el.getAttribute('aria-label');
  if (aria) return aria;
  if (el instanceof HTMLInputElement) return el.value;
  return (el.textContent ?? '').slice(0, 100);
}

/**
 * The composers a publish control belongs to: the ones sharing its form, else
 * those under the nearest ancestor that holds both the control and at least
 * one composer — at any depth (X's Post button sits ~7–10 levels above its
 * box). Several when the control publishes a thread of boxes ("Post all").
 */
export function relatedComposers<C extends { element: HTMLElement }>(control: SubmitControl, composers: readonly C[]): C[] {
  const form = formOf(control.element);
  if (form) {
    const sameForm = composers.filter((c) => formOf(c.element) === form);
    if (sameForm.length > 0) return sameForm;
  }
  const candidates = composers.filter((c) => c.element.isConnected && !separated(control, c.element));
  for (let n: Node | null = composedParent(control.element); n; n = composedParent(n)) {
    const held = candidates.filter((c) => composedContains(n!, c.element));
    if (held.length > 0) return held;
  }
  return [];
}

/** The one composer a control belongs to (the first of a thread). */
export function relatedComposer<C extends { element: HTMLElement }>(control: SubmitControl, composers: readonly C[]): C | undefined {
  return relatedComposers(control, composers)[0];
}

/** True when a container boundary lies between the control and the composer. */
function separated(control: SubmitControl, composer: HTMLElement): boolean {
  const inside = (container: Element, node: Node) => composedContains(container, node);
  for (let n: Element | null = closestComposed(composer, ENCLOSING_CONTAINERS); n; n = parentContainer(n, ENCLOSING_CONTAINERS)) {
    if (!inside(n, control.element)) return true;
  }
  // The site's own controls and form submits are trusted where the site puts them.
  if (control.evidence === 'site' || control.evidence === 'form') return false;
  for (let n: Element | null = closestComposed(control.element, FOREIGN_CONTAINERS); n; n = parentContainer(n, FOREIGN_CONTAINERS)) {
    if (!inside(n, composer)) return true;
  }
  return false;
}

/** The dialog (native or role=dialog) an element is in, through open shadow roots, or null. */
export function enclosingDialog(el: Element): Element | null {
  return closestComposed(el, ENCLOSING_CONTAINERS);
}

function parentContainer(el: Element, selector: string): Element | null {
  const parent = composedParent(el);
  return parent instanceof Element ? closestComposed(parent, selector) : null;
}

/** Element.closest that continues past open shadow-root boundaries. */
function closestComposed(el: Element, selector: string): Element | null {
  for (let node: Element | null = el; node; ) {
    const hit = node.closest(selector);
    if (hit) return hit;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return null;
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
