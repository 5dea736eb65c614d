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

export class TextareaModel implements TextModel {
  readonly family = 'textarea';
  private readonly mirror: HTMLDivElement;
  private readonly mirrorText: Text;
  private text = '';

  constructor(
    readonly element: HTMLTextAreaElement,
    mirrorParent: ShadowRoot | HTMLElement,
  ) {
    this.mirror = element.ownerDocument.createElement('div');
    this.mirror.className = 'mirror';
    this.mirror.setAttribute('aria-hidden', 'true');
    this.mirrorText = element.ownerDocument.createTextNode('');
    this.mirror.append(this.mirrorText);
    mirrorParent.append(this.mirror);
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
    const cs = getComputedStyle(ta);
    const box = ta.getBoundingClientRect();
    const m = this.mirror.style;
    for (const p of COPIED) m[p] = cs[p];
    if (cs.whiteSpace === 'normal') m.whiteSpace = 'pre-wrap';
    m.borderStyle = 'solid';
    m.borderColor = 'transparent';
    // Same content width as the textarea (its scrollbar, if any, is excluded).
    const bl = parseFloat(cs.borderLeftWidth) || 0;
    const br = parseFloat(cs.borderRightWidth) || 0;
    m.boxSizing = 'border-box';
    m.width = `${ta.clientWidth + bl + br}px`;
    m.left = `${box.left - ta.scrollLeft}px`;
    m.top = `${box.top - ta.scrollTop}px`;
    // A trailing newline needs a character after it to take up a line.
    const shown = this.text + '\u200b';
    if (this.mirrorText.data !== shown) this.mirrorText.data = shown;
    const range = ta.ownerDocument.createRange();
    range.setStart(this.mirrorText, Math.min(start, this.text.length));
    range.setEnd(this.mirrorText, Math.min(end, this.text.length));
    // Only what is visible inside the textarea's client area.
    const clipTop = box.top + ta.clientTop;
    const clipLeft = box.left + ta.clientLeft;
    const clipBottom = clipTop + ta.clientHeight;
    const clipRight = clipLeft + ta.clientWidth;
    const rects: DOMRect[] = [];
    for (const r of range.getClientRects()) {
      if (r.width < 0.5 || r.bottom <= clipTop || r.top >= clipBottom) continue;
      const left = Math.max(r.left, clipLeft);
      const right = Math.min(r.right, clipRight);
      if (right > left) rects.push(new DOMRect(left, r.top, right - left, r.height));
    }
    return rects;
  }

  dispose(): void {
    this.mirror.remove();
  }
}
