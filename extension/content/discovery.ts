// Which elements are compose boxes. Generic rules (textarea, contenteditable,
// role="textbox", open shadow roots) plus the site adapter's knowledge. Search
// boxes, login fields and single-line inputs are never checked; DMs are.
import type { SiteAdapter } from '../../src/sites';

const CANDIDATES = 'textarea, [contenteditable]:not([contenteditable="false"]), [role="textbox"]';
// English, Spanish and French: the interfaces the Post detection also reads.
const NOT_A_COMPOSER = /\b(search|password|passcode|pass code|log ?in|sign ?in|user ?name|e-?mail|one-time code|buscar|busca|contraseña|nombre de usuario|rechercher|recherche|mot de passe|identifiant)\b/i;
const PRIVATE_AUTOCOMPLETE = /\b(username|current-password|new-password|one-time-code|email|tel)\b/;
const SEARCH_CONTEXT = '[role="search"], search';
const SEARCH_ROLE = '[role="searchbox"]';

/**
 * A combobox is a search or picker box (Facebook's top-bar search is a
 * contenteditable combobox), except a multi-line textarea: Bluesky's post
 * composer is a textarea its mention autocomplete gives role=combobox.
 */
function isSearchCombobox(el: HTMLElement): boolean {
  if (el.getAttribute('role') !== 'combobox') return false;
  if (el.localName !== 'textarea' || el.getAttribute('aria-multiline') === 'false') return true;
  // A search engine's query textarea (name=q) or one in a search form stays a search box.
  return el.getAttribute('name') === 'q' || closestComposed(el, 'form[action*="search" i]') !== null;
}

/** Element.closest that continues past open shadow-root boundaries. */
export function closestComposed(el: Element, selector: string): Element | null {
  for (let node: Element | null = el; node; ) {
    const hit = node.closest(selector);
    if (hit) return hit;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return null;
}

function editingHost(el: HTMLElement): HTMLElement {
  let host = el;
  while (host.parentElement?.isContentEditable) host = host.parentElement;
  return host;
}

function describes(el: Element): string {
  return ['name', 'id', 'placeholder', 'aria-label', 'aria-placeholder', 'title']
    .map((a) => el.getAttribute(a) ?? '')
    .join(' ');
}

/** True for fields that must never be read: search, login, passwords. */
export function isExcluded(el: HTMLElement, adapter?: SiteAdapter): boolean {
  if (el.localName === 'textarea') {
    const ta = el as HTMLTextAreaElement;
    if (ta.readOnly || ta.disabled) return true;
  }
  if (el.getAttribute('aria-multiline') === 'false') return true;
  if (PRIVATE_AUTOCOMPLETE.test(el.getAttribute('autocomplete') ?? '')) return true;
  if (NOT_A_COMPOSER.test(describes(el))) return true;
  if (el.matches(SEARCH_ROLE) || isSearchCombobox(el) || closestComposed(el, SEARCH_CONTEXT)) return true;
  const form = closestComposed(el, 'form');
  if (form?.querySelector('input[type="password"]')) return true;
  if (adapter?.skipWithin?.some((s) => closestComposed(el, s))) return true;
  return false;
}

/** The compose box an element belongs to (the element focused or typed into), or null. */
export function composerFor(target: Element, adapter?: SiteAdapter): HTMLElement | null {
  let el: HTMLElement | null = null;
  if (target.localName === 'textarea') el = target as HTMLTextAreaElement;
  else if (target.localName === 'input') return null;
  else if ((target as HTMLElement).isContentEditable) el = editingHost(target as HTMLElement);
  else if (target.getAttribute('role') === 'textbox') {
    const inner = target.querySelector<HTMLElement>('textarea, [contenteditable]:not([contenteditable="false"])');
    if (inner) return composerFor(inner, adapter);
  }
  if (!el || !el.isConnected || isExcluded(el, adapter)) return null;
  return el;
}

/** The deepest focused element, through open shadow roots. */
export function deepActiveElement(doc: Document): Element | null {
  let active = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Compose boxes already on the page (including open shadow roots), e.g. a restored draft. */
export function findComposers(root: Document | ShadowRoot, adapter?: SiteAdapter): HTMLElement[] {
  const found = new Set<HTMLElement>();
  const selector = [CANDIDATES, ...(adapter?.composers ?? [])].join(', ');
  const visit = (r: Document | ShadowRoot) => {
    for (const el of r.querySelectorAll(selector)) {
      const c = composerFor(el, adapter);
      if (c) found.add(c);
    }
    for (const el of r.querySelectorAll('*')) if (el.shadowRoot) visit(el.shadowRoot);
  };
  visit(root);
  return [...found];
}
