// The pre-publish review, read and pressed through the DevTools protocol: it
// lives in a closed shadow root no page script (and no Playwright locator)
// can reach.
import { expect } from 'vitest';
import type { CDPSession, Page } from 'playwright-core';
import { submissions } from './fixture';

export interface DomNode {
  nodeId: number;
  nodeName: string;
  nodeValue?: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
  shadowRootType?: string;
  contentDocument?: DomNode;
}

const cdpSessions = new WeakMap<Page, Promise<CDPSession>>();
/** One DevTools session per page, kept for the page's life. */
export function cdpOf(page: Page): Promise<CDPSession> {
  let s = cdpSessions.get(page);
  if (!s) cdpSessions.set(page, (s = page.context().newCDPSession(page)));
  return s;
}

/** Every node, through shadow roots (open and closed) and frames. */
export function* walk(node: DomNode): Generator<DomNode> {
  yield node;
  for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? []), ...(node.contentDocument ? [node.contentDocument] : [])]) yield* walk(child);
}

export const textOf = (node: DomNode) => [...walk(node)].filter((n) => n.nodeName === '#text').map((n) => n.nodeValue ?? '').join('');
export const hasAttr = (node: DomNode, name: string) => (node.attributes ?? []).some((a, i) => i % 2 === 0 && a === name);

/** The whole document, shadow roots and frames included. */
export async function documentTree(page: Page): Promise<{ cdp: CDPSession; root: DomNode }> {
  const cdp = await cdpOf(page);
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as unknown as { root: DomNode };
  return { cdp, root };
}

/** Our open review: the open <dialog> in a closed shadow root (a site's own dialog, e.g. LinkedIn's share box, is not). */
export async function openDialog(page: Page): Promise<{ cdp: CDPSession; dialog: DomNode } | undefined> {
  const { cdp, root } = await documentTree(page);
  const closedRoots = [...walk(root)].flatMap((n) => n.shadowRoots ?? []).filter((r) => r.shadowRootType === 'closed');
  const dialog = closedRoots.flatMap((r) => [...walk(r)]).find((n) => n.nodeName === 'DIALOG' && hasAttr(n, 'open'));
  return dialog ? { cdp, dialog } : undefined;
}

export async function dialogText(page: Page): Promise<string | undefined> {
  const open = await openDialog(page);
  return open ? textOf(open.dialog) : undefined;
}

/** Waits for the review to open; returns its text. */
export async function waitForDialog(page: Page, timeout = 5_000): Promise<string> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const text = await dialogText(page);
    if (text !== undefined) return text;
    if (Date.now() > deadline) throw new Error(`the review dialog did not open (submissions so far: ${JSON.stringify(await submissions(page))})`);
    await page.waitForTimeout(30);
  }
}

export async function expectNoDialog(page: Page): Promise<void> {
  expect(await dialogText(page)).toBeUndefined();
}

/** Clicks a review button with the real mouse. */
export async function clickDialogButton(page: Page, label: 'Edit' | 'Post anyway'): Promise<void> {
  const open = await openDialog(page);
  if (!open) throw new Error('no review dialog to click in');
  const button = [...walk(open.dialog)].find((n) => n.nodeName === 'BUTTON' && textOf(n).trim() === label);
  if (!button) throw new Error(`no "${label}" button`);
  const { model } = (await open.cdp.send('DOM.getBoxModel', { nodeId: button.nodeId })) as { model: { content: number[] } };
  const [x1, y1, , , x3, y3] = model.content as [number, number, number, number, number, number];
  await page.mouse.click((x1 + x3) / 2, (y1 + y3) / 2);
}
