// Draws underlines and the count badge for every compose box, once per
// animation frame at most, from the composers' current spans. Underlines are
// plain boxes placed on the text's client rectangles (pointer-events: none:
// the editor under them keeps every click); hovering them opens the card.
// The badge answers hit tests only while the member's own (trusted) mouse
// hovers near it: a page script probing with elementFromPoint() finds the
// page there, never our host. A touch on it is caught at window level.
import type { Finding } from '../../../src/messages/schemas';
import type { Composer, VisibleSpan } from '../composer';
import type { UiHost } from './host';

export interface Hit {
  composer: Composer;
  span: VisibleSpan;
  rects: DOMRect[];
}

interface Drawn {
  lines: HTMLElement[];
  badge: HTMLButtonElement;
}

export interface OverlayEvents {
  /** The badge was activated (click, Enter/Space): show all findings. */
  badge(composer: Composer, anchor: DOMRect): void;
  /** Pointer over an underline, or left all of them (null). */
  hover(hit: Hit | null, x: number, y: number): void;
  /** Called after each frame (the card may need to follow its words). */
  drawn(): void;
}

const BADGE = 22;

/** Warnings that count on the badge (info findings are quiet). */
export function countable(findings: Finding[]): number {
  return findings.filter((f) => f.severity !== 'info').length;
}

/** A warning, or a note about some words or an image of this draft (not about the site alone). */
export function aboutTheDraft(f: Finding): boolean {
  return f.severity !== 'info' || f.spans.length > 0 || f.image !== undefined;
}

export class Overlay {
  private readonly drawn = new Map<Composer, Drawn>();
  private frame = 0;
  private hits: Hit[] = [];
  private pointer: { x: number; y: number } | null = null;
  private readonly status: HTMLElement;
  private lastAnnounced = new Map<Composer, string>();
  /** Hit tests taken while measuring one frame (cleared before and after it). */
  /** What each badge shows now, to skip writing the same again. */
  private readonly badgeState = new WeakMap<HTMLButtonElement, string>();
  private readonly seen = new Map<Document | ShadowRoot, Map<string, Element | null>>();

  constructor(
    private readonly host: UiHost,
    private readonly composers: () => Iterable<Composer>,
    private readonly events: OverlayEvents,
  ) {
    const doc = host.layer.ownerDocument;
    this.status = doc.createElement('div');
    this.status.className = 'sr';
    this.status.setAttribute('role', 'status');
    this.status.setAttribute('aria-live', 'polite');
    host.root.append(this.status);
  }

  request(): void {
    if (!this.frame) this.frame = requestAnimationFrame(() => this.draw());
  }

  /** The badge under a point (from the badges drawn last frame), for touches and for the hover below. */
  badgeAt(x: number, y: number, margin = 0): { composer: Composer; rect: DOMRect } | null {
    for (const [composer, d] of this.drawn) {
      if (this.badgeState.get(d.badge) === 'hidden' || !d.badge.isConnected) continue;
      const r = d.badge.getBoundingClientRect();
      if (x >= r.left - margin && x <= r.right + margin && y >= r.top - margin && y <= r.bottom + margin) return { composer, rect: r };
    }
    return null;
  }

  /** The member's mouse moved (trusted events only): badges near it take pointer events, the others give them up. */
  pointerMoved(x: number, y: number): void {
    if (this.drawn.size) {
      const near = this.badgeAt(x, y, 12);
      for (const [composer, d] of this.drawn) d.badge.classList.toggle('live', near?.composer === composer);
    }
    this.pointer = { x, y };
    const hit = this.hitAt(x, y);
    this.events.hover(hit, x, y);
  }

  hitAt(x: number, y: number): Hit | null {
    for (const hit of this.hits) {
      // Generous vertically: the line sits under the words; hovering the words counts.
      if (hit.rects.some((r) => x >= r.left && x <= r.right && y >= r.top - 2 && y <= r.bottom + 4)) return hit;
    }
    return null;
  }

  /** Underline rectangles currently drawn, per composer (for the card and for tests via the shadow root). */
  hitsFor(composer: Composer): Hit[] {
    return this.hits.filter((h) => h.composer === composer);
  }

  forget(composer: Composer): void {
    const d = this.drawn.get(composer);
    if (d) {
      for (const l of d.lines) l.remove();
      d.badge.remove();
    }
    this.drawn.delete(composer);
    this.lastAnnounced.delete(composer);
    this.request();
  }

  private ensure(composer: Composer): Drawn {
    let d = this.drawn.get(composer);
    if (!d) {
      const badge = this.host.layer.ownerDocument.createElement('button');
      badge.type = 'button';
      badge.className = 'badge';
      for (const type of ['mousedown', 'pointerdown', 'mouseup', 'pointerup', 'keydown', 'keyup']) badge.addEventListener(type, (e) => e.stopPropagation());
      badge.addEventListener('mousedown', (e) => e.preventDefault()); // keep the caret in the compose box
      badge.addEventListener('click', (e) => {
        e.stopPropagation();
        if (!e.isTrusted) return;
        this.events.badge(composer, badge.getBoundingClientRect());
      });
      this.host.layer.append(badge);
      this.drawn.set(composer, (d = { lines: [], badge }));
    }
    return d;
  }

  private draw(): void {
    this.frame = 0;
    // Every read first, then every write: a style write between two layout
    // reads (rectangles, hit tests) would force a fresh layout for each read.
    this.seen.clear();
    const plans: { composer: Composer; box: DOMRect; shown: boolean; hits: Hit[] }[] = [];
    const quiet: Composer[] = [];
    for (const composer of this.composers()) {
      // Typing a draft with nothing to warn about reads no layout and no text at all.
      if (composer.quiet) {
        quiet.push(composer);
        continue;
      }
      const box = composer.element.getBoundingClientRect();
      const shown =
        box.width > 0 && box.height > 0 && composer.element.isConnected &&
        (this.onTop(composer, box.left + box.width / 2, box.top + box.height / 2) || this.onTop(composer, box.left + 4, box.top + 4));
      const hits: Hit[] = [];
      for (const span of shown ? composer.visibleSpans() : []) {
        const rects = composer.model
          .rectsFor(span.start, span.end)
          .filter((r) => r.bottom > box.top && r.top < box.bottom && this.onTop(composer, r.left + r.width / 2, r.top + r.height / 2));
        if (rects.length) hits.push({ composer, span, rects });
      }
      plans.push({ composer, box, shown, hits });
    }
    this.seen.clear();
    const layer = this.host.layer;
    const doc = layer.ownerDocument;
    for (const composer of quiet) this.hide(composer);
    for (const { composer, box, shown, hits } of plans) {
      const d = this.ensure(composer);
      let used = 0;
      for (const { span, rects } of hits) {
        for (const r of rects) {
          let line = d.lines[used];
          if (!line) {
            line = doc.createElement('div');
            layer.append(line);
            d.lines.push(line);
          }
          used++;
          line.className = `u ${span.finding.severity}`;
          const left = Math.max(r.left, box.left);
          const right = Math.min(r.right, box.right);
          const s = line.style;
          s.left = `${left}px`;
          s.width = `${Math.max(0, right - left)}px`;
          s.top = `${r.bottom - 2}px`;
          s.display = '';
        }
      }
      for (let i = used; i < d.lines.length; i++) d.lines[i]!.style.display = 'none';
      this.drawBadge(composer, d.badge, box, shown);
    }
    this.hits = plans.flatMap((p) => p.hits);
    if (this.pointer) this.events.hover(this.hitAt(this.pointer.x, this.pointer.y), this.pointer.x, this.pointer.y);
    this.events.drawn();
  }

  /** Hides whatever was drawn for a composer with nothing to show; writes only what is still visible. */
  private hide(composer: Composer): void {
    const d = this.drawn.get(composer);
    if (!d) return;
    for (const line of d.lines) if (line.style.display !== 'none') line.style.display = 'none';
    if (this.badgeState.get(d.badge) !== 'hidden') {
      d.badge.style.display = 'none';
      this.badgeState.set(d.badge, 'hidden');
    }
    this.lastAnnounced.set(composer, '');
  }

  /** The compose box (not a modal, menu or sticky header over it) is what shows at this point. */
  private onTop(composer: Composer, x: number, y: number): boolean {
    const el = composer.element;
    const root = el.getRootNode() as Document | ShadowRoot;
    // Many underlines share points with the box's own checks: one hit test per point per frame.
    const key = `${Math.round(x)},${Math.round(y)}`;
    let hit = this.seen.get(root)?.get(key);
    if (hit === undefined) {
      hit = root.elementFromPoint(x, y);
      let points = this.seen.get(root);
      if (!points) this.seen.set(root, (points = new Map()));
      points.set(key, hit);
    }
    // Our own badge may sit on the text: that still counts as visible.
    return !!hit && (el === hit || el.contains(hit) || hit === this.host.element);
  }

  private drawBadge(composer: Composer, badge: HTMLButtonElement, box: DOMRect, shown: boolean): void {
    // Notes that come with the site whatever is typed (LinkedIn's professional context) are no reason for a badge.
    const findings = composer.currentFindings().filter(aboutTheDraft);
    const count = countable(findings);
    const checking = composer.checkingImages > 0;
    let label: string;
    if (!shown || (!composer.tooLong && !checking && findings.length === 0)) {
      if (this.badgeState.get(badge) !== 'hidden') badge.style.display = 'none';
      this.badgeState.set(badge, 'hidden');
      label = '';
    } else {
      const high = findings.some((f) => f.severity === 'high');
      const cls = `badge ${composer.tooLong ? 'quiet' : count === 0 ? 'quiet' : high ? 'high' : 'medium'}`;
      const text = composer.tooLong ? '…' : checking ? `${count ? `${count} · ` : ''}checking image…` : count === 0 ? 'i' : String(count);
      label = composer.tooLong
        ? 'Second Look: this draft is too long to check.'
        : checking
          ? `Second Look: checking the attached image…${count ? ` ${count} warning${count === 1 ? '' : 's'} so far. Open details.` : ''}`
          : count === 0
          ? `Second Look: ${findings.length} note${findings.length === 1 ? '' : 's'}, no warnings. Open notes.`
          : `Second Look: ${count} warning${count === 1 ? '' : 's'} in this post. Open details.`;
      // Clear of a textarea's resize grip and scrollbar. The badge grows to the
      // left with its count: its right edge is placed and it is shifted back by
      // its own width in CSS, so its width is never read (no forced layout).
      const inset = composer.model.family === 'textarea' ? 18 : 6;
      const left = `${Math.max(BADGE, box.right - inset)}px`;
      const top = `${Math.max(0, box.bottom - BADGE - 6)}px`;
      // Unchanged frames (most keystrokes) write nothing.
      const state = [cls, text, label, left, top].join('|');
      if (this.badgeState.get(badge) !== state) {
        this.badgeState.set(badge, state);
        badge.className = badge.classList.contains('live') ? `${cls} live` : cls;
        badge.textContent = text;
        badge.setAttribute('aria-label', label);
        badge.title = label.replace(/ Open (details|notes)\.$/, '');
        const s = badge.style;
        s.display = '';
        s.left = left;
        s.transform = 'translateX(-100%)';
        s.top = top;
      }
    }
    // Announce changes in the count (not every keystroke).
    if (this.lastAnnounced.get(composer) !== label) {
      this.lastAnnounced.set(composer, label);
      if (label) this.status.textContent = label.replace(/ Open (details|notes)\.$/, '');
    }
  }
}
