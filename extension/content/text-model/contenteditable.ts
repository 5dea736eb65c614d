// Text model for contenteditable editors (Draft.js, Lexical, ProseMirror,
// Quill, plain). Walks the editor's DOM once per read: text nodes give their
// characters, block elements and <br> give "\n", images give their alt text
// (emoji). The same walk records where each character lives, so engine
// offsets map back to DOM ranges through the model that produced the text.
import type { EditorFamily, TextModel } from './types';

const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'dd', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer',
  'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'table', 'tr', 'ul',
]);

/** Nodes each library adds that are not part of the text. */
const IGNORED: Partial<Record<EditorFamily, string>> = {
  quill: '.ql-cursor, .ql-clipboard',
  prosemirror: '.ProseMirror-separator, .ProseMirror-widget',
};

/** A run of the text that lives in one DOM node. */
interface Segment {
  start: number;
  length: number;
  node: Text | Element;
  /** An element standing for its alt text (emoji image): not splittable. */
  atomic: boolean;
}

export interface WalkResult {
  text: string;
  segments: Segment[];
}

/** Reads an editing host's text as the member sees it. Exported for unit tests. */
export function walkEditable(root: Element, family: EditorFamily = 'contenteditable'): WalkResult {
  const ignored = IGNORED[family];
  const segments: Segment[] = [];
  let text = '';
  // Line bookkeeping: a block starts a new line unless it is the first thing
  // or opens right inside another block that just opened (nested wrappers).
  let started = false;
  let justOpened = false;
  let afterBlock = false;
  const emit = (s: string, node: Text | Element, atomic: boolean) => {
    if (afterBlock) text += '\n';
    afterBlock = false;
    justOpened = false;
    started = true;
    segments.push({ start: text.length, length: s.length, node, atomic });
    text += s;
  };
  const visit = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      const data = (node as Text).data;
      if (data.length) emit(data, node as Text, false);
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    const el = node as Element;
    if (ignored && el.matches(ignored)) return;
    const tag = el.localName;
    if (tag === 'br') {
      // A <br> that ends its block is the placeholder keeping an empty line open.
      if (!isTrailingBreak(el, root)) emit('\n', el, true);
      return;
    }
    if (tag === 'img') {
      const alt = el.getAttribute('alt');
      if (alt) emit(alt, el, true);
      return;
    }
    if (tag === 'style' || tag === 'script' || tag === 'template') return;
    const block = BLOCK_TAGS.has(tag);
    if (block) {
      if (started && !justOpened) text += '\n';
      justOpened = true;
      afterBlock = false;
    }
    for (let c = el.firstChild; c; c = c.nextSibling) visit(c);
    if (block) {
      started = true;
      justOpened = false;
      afterBlock = true;
    }
  };
  for (let c = root.firstChild; c; c = c.nextSibling) visit(c);
  return { text, segments };
}

function isTrailingBreak(br: Element, root: Element): boolean {
  for (let n: Node | null = br; n && n !== root; n = n.parentNode) {
    for (let s = n.nextSibling; s; s = s.nextSibling) {
      if (s.nodeType === Node.TEXT_NODE ? (s as Text).data.length > 0 : s.nodeType === Node.ELEMENT_NODE) return false;
    }
    if (n.parentNode instanceof Element && BLOCK_TAGS.has(n.parentNode.localName)) return true;
  }
  return true;
}

/** Finds the segment holding offset `at`; `end` prefers the segment that ends there. */
function locate(segments: Segment[], at: number, end: boolean): { seg: Segment; offset: number } | null {
  let lo = 0;
  let hi = segments.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const seg = segments[mid]!;
    const segEnd = seg.start + seg.length;
    if (end ? at <= seg.start : at < seg.start) hi = mid - 1;
    else if (end ? at > segEnd : at >= segEnd) lo = mid + 1;
    else return { seg, offset: at - seg.start };
  }
  return null;
}

export function rangeFromSegments(segments: Segment[], start: number, end: number, doc: Document): Range | null {
  const a = locate(segments, start, false);
  const b = locate(segments, end, true);
  if (!a || !b) return null;
  const range = doc.createRange();
  if (a.seg.atomic) range.setStartBefore(a.seg.node);
  else range.setStart(a.seg.node, a.offset);
  if (b.seg.atomic) range.setEndAfter(b.seg.node);
  else range.setEnd(b.seg.node, b.offset);
  return range;
}

export class ContentEditableModel implements TextModel {
  private segments: Segment[] = [];
  constructor(
    readonly element: HTMLElement,
    readonly family: EditorFamily,
  ) {}

  read(): string {
    const r = walkEditable(this.element, this.family);
    this.segments = r.segments;
    return r.text;
  }

  rangeFor(start: number, end: number): Range | null {
    return rangeFromSegments(this.segments, start, end, this.element.ownerDocument);
  }

  /** Rectangles from the text pieces only, so a span over a line break never covers whole blocks. */
  rectsFor(start: number, end: number): DOMRect[] {
    const rects: DOMRect[] = [];
    const range = this.element.ownerDocument.createRange();
    for (const seg of this.segments) {
      const s = Math.max(start, seg.start);
      const e = Math.min(end, seg.start + seg.length);
      if (e <= s || seg.node.nodeType !== Node.TEXT_NODE) continue;
      range.setStart(seg.node, s - seg.start);
      range.setEnd(seg.node, e - seg.start);
      for (const r of range.getClientRects()) if (r.width > 0.5 && r.height > 0) rects.push(r);
    }
    for (const seg of this.segments) {
      if (seg.atomic && seg.node.nodeType === Node.ELEMENT_NODE && seg.start < end && seg.start + seg.length > start) {
        const r = (seg.node as Element).getBoundingClientRect();
        if (r.width > 0 && (seg.node as Element).localName === 'img') rects.push(r);
      }
    }
    return rects;
  }

  dispose(): void {}
}
