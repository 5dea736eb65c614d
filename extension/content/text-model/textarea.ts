// Text model for <textarea>: the value is the text. A textarea exposes no
// geometry for its characters, so a hidden mirror inside OUR closed shadow
// root (never in the page DOM) copies its box and text styles and lays the
// same text out at the same place; ranges over the mirror give rectangles.
import type { TextModel } from './types';

const COPIED = [
  'boxSizing', 'borderTopWidth', 'borderRightWidth', 'borderBottomWidth', 'borderLeftWidth',
  'paddingTop', 'paddingRight', 'paddingBottom', 'paddingLeft',
  'fontFamily', 'fontSize', 'fontWeight', 'fontStyle', 'fontVariant', 'fontStretch', 'fontKerning', 'fontFeatureSettings',
  'letterSpacing', 'wordSpacing', 'lineHeight', 'textTransform', 'textIndent', 'textAlign', 'direction', 'tabSize',
  'whiteSpace', 'wordBreak', 'overflowWrap', 'hyphens',
] as const;

/** A span's rectangles in the mirror, relative to the mirror's top-left corner. */
type Relative = { left: number; top: number; width: number; height: number }[];

export class TextareaModel implements TextModel {
  readonly family = 'textarea';
  private readonly mirror: HTMLDivElement;
  private readonly mirrorText: Text;
  private text = '';
  /** What the mirror was last laid out for: re-measure only when one changes. */
  private laidOutStyle = '';
  private laidOutWidth = -1;
  /** Rectangles already measured on the mirror's current layout, by "start:end". */
  private readonly measured = new Map<string, Relative>();

  constructor(
    readonly element: HTMLTextAreaElement,
    /** Where the mirror goes (our closed shadow root), asked for on the first measurement: a box never underlined adds nothing to the page. */
    private readonly mirrorParent: ShadowRoot | HTMLElement | (() => ShadowRoot | HTMLElement),
  ) {
    this.mirror = element.ownerDocument.createElement('div');
    this.mirror.className = 'mirror';
    this.mirror.setAttribute('aria-hidden', 'true');
    // Parked at the viewport's corner: rectangles are measured relative to it
    // and moved onto the textarea, so scrolling and moving need no new layout.
    this.mirror.style.left = '0px';
    this.mirror.style.top = '0px';
    this.mirrorText = element.ownerDocument.createTextNode('');
    this.mirror.append(this.mirrorText);
  }

  read(): string {
    this.text = this.element.value;
    return this.text;
  }

  rangeFor(): Range | null {
    return null;
  }

  rectsFor(start: number, end: number): DOMRect[] {
    const ta = this.element;
    const box = ta.getBoundingClientRect();
    this.layOut();
    const relative = this.measure(Math.min(start, this.text.length), Math.min(end, this.text.length));
    // The mirror's text sits where the textarea's would, less its scroll.
    const dx = box.left - ta.scrollLeft;
    const dy = box.top - ta.scrollTop;
    // Only what is visible inside the textarea's client area.
    const clipTop = box.top + ta.clientTop;
    const clipLeft = box.left + ta.clientLeft;
    const clipBottom = clipTop + ta.clientHeight;
    const clipRight = clipLeft + ta.clientWidth;
    const rects: DOMRect[] = [];
    for (const r of relative) {
      const top = r.top + dy;
      if (r.width < 0.5 || top + r.height <= clipTop || top >= clipBottom) continue;
      const left = Math.max(r.left + dx, clipLeft);
      const right = Math.min(r.left + dx + r.width, clipRight);
      if (right > left) rects.push(new DOMRect(left, top, right - left, r.height));
    }
    return rects;
  }

  /** Copies the textarea's text, box and text styles onto the mirror when any of them changed (and only then: each write means a new layout). */
  private layOut(): void {
    if (!this.mirror.isConnected) (typeof this.mirrorParent === 'function' ? this.mirrorParent() : this.mirrorParent).append(this.mirror);
    const ta = this.element;
    const cs = getComputedStyle(ta);
    const style = COPIED.map((p) => cs[p]).join('|');
    // Same content width as the textarea (its scrollbar, if any, is excluded).
    const width = ta.clientWidth + (parseFloat(cs.borderLeftWidth) || 0) + (parseFloat(cs.borderRightWidth) || 0);
    // A trailing newline needs a character after it to take up a line.
    const shown = this.text + '\u200b';
    if (style === this.laidOutStyle && width === this.laidOutWidth && this.mirrorText.data === shown) return;
    this.measured.clear();
    if (style !== this.laidOutStyle) {
      const m = this.mirror.style;
      for (const p of COPIED) m[p] = cs[p];
      if (cs.whiteSpace === 'normal') m.whiteSpace = 'pre-wrap';
      m.borderStyle = 'solid';
      m.borderColor = 'transparent';
      m.boxSizing = 'border-box';
      this.laidOutStyle = style;
    }
    if (width !== this.laidOutWidth) {
      this.mirror.style.width = `${width}px`;
      this.laidOutWidth = width;
    }
    if (this.mirrorText.data !== shown) this.mirrorText.data = shown;
  }

  private measure(start: number, end: number): Relative {
    const key = `${start}:${end}`;
    let relative = this.measured.get(key);
    if (!relative) {
      const origin = this.mirror.getBoundingClientRect();
      const range = this.element.ownerDocument.createRange();
      range.setStart(this.mirrorText, start);
      range.setEnd(this.mirrorText, end);
      relative = [...range.getClientRects()].map((r) => ({ left: r.left - origin.left, top: r.top - origin.top, width: r.width, height: r.height }));
      this.measured.set(key, relative);
    }
    return relative;
  }

  dispose(): void {
    this.mirror.remove();
  }
}
