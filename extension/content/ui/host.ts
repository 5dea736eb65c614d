// The extension's only footprint in the page: one attribute-less <div> on
// <html> holding a CLOSED shadow root. Everything we draw lives inside it;
// styles come in through a constructed stylesheet (no <style> in the page,
// no inline style attribute on the host), and the host re-attaches itself if
// the site clears <html>'s children.
import { STYLES } from './styles';

export interface UiHost {
  /** The closed shadow root: pass it around, never expose it to the page. */
  readonly root: ShadowRoot;
  /** Layer for underlines and badges (pointer-events: none except badges). */
  readonly layer: HTMLElement;
  /** The page-visible host element (events from our UI are retargeted to it). */
  readonly element: HTMLElement;
  destroy(): void;
}

let current: UiHost | null = null;

export function uiHost(doc: Document = document): UiHost {
  if (current) return current;
  const host = doc.createElement('div');
  const root = host.attachShadow({ mode: 'closed' });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(STYLES);
  root.adoptedStyleSheets = [sheet];
  const layer = doc.createElement('div');
  layer.className = 'layer';
  root.append(layer);
  doc.documentElement.append(host);
  // Some SPAs rebuild <html>'s children; put the host back, still without attributes.
  const keeper = new MutationObserver(() => {
    if (!host.isConnected && doc.documentElement) doc.documentElement.append(host);
  });
  keeper.observe(doc.documentElement, { childList: true });
  current = {
    root,
    layer,
    element: host,
    destroy() {
      keeper.disconnect();
      host.remove();
      current = null;
    },
  };
  return current;
}

/** True for events coming from our own UI (retargeted to the host at page level). */
export function isOurHost(target: EventTarget | null): boolean {
  return !!current && target === current.element;
}
