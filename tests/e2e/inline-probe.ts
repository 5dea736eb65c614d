// Reads Second Look's inline UI from OUTSIDE the page, for the inline e2e
// tests. The UI lives in a closed shadow root that neither the page nor
// Playwright's locators can reach (by design). The DevTools protocol can:
// DOM.getDocument with pierce: true lists closed shadow roots (and iframe
// documents); DOM.resolveNode gives a handle on the root, and
// Runtime.callFunctionOn measures what is drawn. Nothing is added to the page.
import type { CDPSession, Page } from 'playwright-core';

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface UnderlineBox extends Box {
  severity: string;
}

export interface OverlayState {
  /** Document URL of the frame the UI host is in. */
  frameUrl: string;
  underlines: UnderlineBox[];
  badges: (Box & { text: string; label: string })[];
  card: { open: boolean; text: string; box: Box; buttons: (Box & { text: string })[] };
  /** aria-live status text. */
  status: string;
}

interface CdpNode {
  nodeId: number;
  backendNodeId: number;
  nodeName: string;
  documentURL?: string;
  children?: CdpNode[];
  shadowRoots?: (CdpNode & { shadowRootType?: string })[];
  contentDocument?: CdpNode;
}

/** Runs in the page's main world on the closed root object; reads only geometry and text. */
function measure(this: ShadowRoot) {
  const box = (el: Element) => {
    const r = el.getBoundingClientRect();
    return { left: r.left, top: r.top, width: r.width, height: r.height };
  };
  const shown = (el: HTMLElement) => el.style.display !== 'none' && el.getBoundingClientRect().width > 0;
  const card = this.querySelector<HTMLElement>('.card');
  const open = !!card && card.matches(':popover-open');
  return {
    underlines: [...this.querySelectorAll<HTMLElement>('.u')].filter(shown).map((el) => ({ ...box(el), severity: el.classList.contains('high') ? 'high' : 'medium' })),
    badges: [...this.querySelectorAll<HTMLElement>('.badge')].filter(shown).map((el) => ({ ...box(el), text: el.textContent ?? '', label: el.getAttribute('aria-label') ?? '' })),
    card: {
      open,
      text: open ? card!.innerText : '',
      box: card ? box(card) : { left: 0, top: 0, width: 0, height: 0 },
      buttons: open ? [...card!.querySelectorAll('button')].map((b) => ({ ...box(b), text: b.textContent ?? '' })) : [],
    },
    status: this.querySelector('[role="status"]')?.textContent ?? '',
  };
}

async function closedRoots(cdp: CDPSession): Promise<{ backendNodeId: number; frameUrl: string }[]> {
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
  const found: { backendNodeId: number; frameUrl: string }[] = [];
  const walk = (node: CdpNode, url: string) => {
    const here = node.documentURL ?? url;
    for (const sr of node.shadowRoots ?? []) {
      if (sr.shadowRootType === 'closed') found.push({ backendNodeId: sr.backendNodeId, frameUrl: here });
      walk(sr, here);
    }
    for (const c of node.children ?? []) walk(c, here);
    if (node.contentDocument) walk(node.contentDocument, node.contentDocument.documentURL ?? here);
  };
  walk(root, '');
  return found;
}

/** Every Second Look UI host in the page and its same-origin frames, measured now. */
export async function overlayState(page: Page): Promise<OverlayState[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const out: OverlayState[] = [];
    for (const { backendNodeId, frameUrl } of await closedRoots(cdp)) {
      const { object } = (await cdp.send('DOM.resolveNode', { backendNodeId })) as { object: { objectId: string } };
      const { result } = (await cdp.send('Runtime.callFunctionOn', {
        objectId: object.objectId,
        functionDeclaration: measure.toString(),
        returnByValue: true,
      })) as { result: { value: Omit<OverlayState, 'frameUrl'> } };
      out.push({ frameUrl, ...result.value });
    }
    return out;
  } finally {
    await cdp.detach();
  }
}

/** Polls overlayState until `predicate` holds; throws with the last state. */
export async function waitForOverlay(page: Page, predicate: (s: OverlayState[]) => boolean, timeout = 10_000): Promise<OverlayState[]> {
  const deadline = Date.now() + timeout;
  let last: OverlayState[] = [];
  for (;;) {
    last = await overlayState(page);
    if (predicate(last)) return last;
    if (Date.now() > deadline) throw new Error(`overlay never reached the expected state; last: ${JSON.stringify(last).slice(0, 1500)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export const allUnderlines = (s: OverlayState[]) => s.flatMap((x) => x.underlines);
export const allBadges = (s: OverlayState[]) => s.flatMap((x) => x.badges);
export const openCard = (s: OverlayState[]) => s.find((x) => x.card.open)?.card;

/** Hovers the first underline's words and waits for the card. */
export async function hoverUnderline(page: Page, state: OverlayState[], frameOffset = { x: 0, y: 0 }): Promise<OverlayState[]> {
  const u = allUnderlines(state)[0]!;
  await page.mouse.move(frameOffset.x + u.left + Math.min(20, u.width / 2), frameOffset.y + u.top - 5);
  return waitForOverlay(page, (s) => !!openCard(s));
}

/** Clicks the open card's button whose text matches `label`, with the real mouse. */
export async function clickCardButton(page: Page, state: OverlayState[], label: RegExp, frameOffset = { x: 0, y: 0 }): Promise<void> {
  const card = openCard(state)!;
  const button = card.buttons.find((b) => label.test(b.text));
  if (!button) throw new Error(`no card button matches ${label}; card buttons: ${card.buttons.map((b) => b.text).join(', ')}`);
  await page.mouse.click(frameOffset.x + button.left + button.width / 2, frameOffset.y + button.top + button.height / 2);
}
