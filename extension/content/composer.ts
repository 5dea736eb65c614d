// One compose box being checked: watches its edits, asks the background for
// findings after a pause in typing, keeps only answers about the current
// text, and moves existing spans along while the member keeps typing.
//
// Only the member's own input starts a check: a trusted key, pointer, paste or
// drop event in the box (a page script can change the text and focus the box,
// and Chromium marks the resulting input and focus events trusted, but it
// cannot fake these). Text a script wrote is checked together with the
// member's next input in the box, never on its own.
import { MAX_DRAFT_CHARS, type DeepNote, type EvaluateRequest, type Finding } from '../../src/messages/schemas';
import type { EvaluateOutcome } from './answer';
import { memberTouched } from './early-input';
import { RearmingTimer } from './rearming-timer';
import { diffOnce, shiftSpan, type Span } from './spans';
import type { TextModel } from './text-model/types';

/** Pause in typing before a draft is sent (the issue allows up to 150 ms). */
export const DEBOUNCE_MS = 120;
/** Pauses before resending a draft whose check failed (the background starting up or restarting). */
const RETRY_PAUSES_MS = [250, 1_000, 3_000];

/** How a composer talks to the background (messaging.ts in the extension, a fake in unit tests). */
export interface Transport {
  evaluate(req: Omit<EvaluateRequest, 'type'>): Promise<EvaluateOutcome>;
  gone(composerId: string): void;
}

export interface VisibleSpan extends Span {
  finding: Finding;
}

function spansOf(findings: Finding[], text: string): VisibleSpan[] {
  return findings.flatMap((finding) =>
    finding.spans.filter((s) => s.end > s.start && s.end <= text.length).map((s) => ({ start: s.start, end: s.end, finding })),
  );
}

export class Composer {
  readonly id = crypto.randomUUID();
  /** Text as of the last read (redraws read it once per frame). */
  text = '';
  /** Findings of the latest answer, about `evaluatedText`. */
  findings: Finding[] = [];
  evaluatedText = '';
  tooLong = false;
  /** Attached images still being checked (the badge says "checking image…"). */
  checkingImages = 0;
  /** Findings about attached images (empty spans, an `image` index): counted and listed, never underlined. */
  imageFindings: Finding[] = [];
  /** The deep check for the checked text: where it stands (absent while it is off), and whether its answer came. */
  deep: DeepNote | undefined;
  deepDone = false;
  private dirty = true;
  private seq = 0;
  private sentText: string | null = null;
  /** Sends the draft once typing pauses for DEBOUNCE_MS. */
  private readonly sendTimer = new RearmingTimer(DEBOUNCE_MS, () => void this.evaluate());
  private composing = false;
  /** The member's own input reached this box since its text was last sent. */
  private credited = false;
  private readonly observer: MutationObserver | null;
  private readonly cleanups: (() => void)[] = [];
  /** Every span of the findings, moved along with each edit since the answer (in `liveText`). */
  private live: VisibleSpan[] = [];
  private liveText = '';

  constructor(
    readonly model: TextModel,
    private readonly site: string,
    /** Called when the text or findings changed: redraw. */
    private readonly onUpdate: (c: Composer) => void,
    private readonly transport: Transport,
    /** Called on every edit, before anything is read (the controller pauses its page watch while the member types). */
    private readonly onEdit?: () => void,
  ) {
    const el = model.element;
    const changed = () => this.changed();
    const on = (type: string, fn: (e: Event) => void) => {
      el.addEventListener(type, fn, { passive: true });
      this.cleanups.push(() => el.removeEventListener(type, fn));
    };
    // A textarea's edits show only as input events. A contenteditable's all show
    // in its DOM (Draft.js cancels the native input events anyway): one observer
    // then, and no input listener as well — each of our callbacks a keystroke
    // runs costs the page's input handling a switch into our world.
    if (model.family === 'textarea') on('input', changed);
    on('change', changed);
    on('focus', changed);
    on('compositionstart', (e) => {
      this.composing = true;
      // An input method opening is the member's input; its text is checked once committed.
      if (e.isTrusted) this.trust();
    });
    on('compositionend', (e) => {
      this.composing = false;
      // An input method's commit is the member's input (a script's composition events are not trusted).
      if (e.isTrusted) this.trust();
      else this.changed();
    });
    // The member's own input (script-made events are not trusted). Keys are listened
    // to only until one arrives: the check it allows is made after the typing pauses.
    const trusted = (e: Event) => {
      if (!e.isTrusted) return;
      this.trust();
      // The first input in a box that already held text (a restored draft): check that text now, not after a pause.
      if (this.sentText === null && !this.evaluatedText && this.refresh().trim()) void this.checkNow();
    };
    for (const type of ['pointerdown', 'paste', 'drop']) on(type, trusted);
    this.listenForKeys = (want: boolean) => {
      if (want === this.keysListened) return;
      this.keysListened = want;
      if (want) el.addEventListener('keydown', trusted, { passive: true, capture: true });
      else el.removeEventListener('keydown', trusted, { capture: true });
    };
    this.cleanups.push(() => this.listenForKeys(false), () => clearTimeout(this.retryTimer));
    this.listenForKeys(true);
    this.observer = model.family === 'textarea' ? null : new MutationObserver(changed);
    this.observer?.observe(el, { characterData: true, childList: true, subtree: true });
    // Typed before we were listening here (a cold start): the member's input all the same.
    if (memberTouched(el)) this.trust();
    else this.changed();
  }

  private keysListened = false;
  /** Failed sends of the current text in a row, and the pending retry. */
  private retries = 0;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly listenForKeys: (want: boolean) => void;

  /** The member's own input reached the box: its text may be checked once typing pauses. */
  trust(): void {
    this.credited = true;
    this.listenForKeys(false);
    this.changed();
  }

  /** Whether the member has given input to this box since its last check (or ever, for a restored draft). */
  get trusted(): boolean {
    return this.credited;
  }

  /** Checks the text now, without waiting for a pause (the member is about to post, or just entered a restored draft); keeps the member's credit for what they type next. */
  checkNow(): Promise<void> {
    return this.evaluate(false);
  }

  get element(): HTMLElement {
    return this.model.element;
  }

  /** Reads the text if it may have changed since the last read. */
  refresh(): string {
    if (this.dirty) {
      this.text = this.model.read();
      this.dirty = false;
      this.follow(this.text);
    }
    return this.text;
  }

  /** Moves the live spans by the edit since the last read; drops those whose words changed. */
  private follow(text: string): void {
    if (text === this.liveText) return;
    if (text === this.evaluatedText) {
      // Back to the checked text (undo, or an edit typed and erased): its findings apply as they are.
      this.live = spansOf(this.findings, text);
      this.liveText = text;
      return;
    }
    const edit = diffOnce(this.liveText, text);
    const moved: VisibleSpan[] = [];
    for (const span of this.live) {
      const m = shiftSpan(span, this.liveText, text, edit);
      if (m) moved.push({ ...m, finding: span.finding });
    }
    this.live = moved;
    this.liveText = text;
  }

  /**
   * Runs inside the page's input handling (input events, the editor's mutations),
   * so it only takes note: no read of the text, no timer cleared and set per
   * keystroke (the one pending timer re-arms itself for what is left), and no
   * redraw while nothing is shown.
   */
  changed(): void {
    this.dirty = true;
    if (this.credited) this.sendTimer.poke();
    this.onEdit?.();
    // With nothing drawn there is nothing to move: no frame is asked for until an answer brings something.
    if (!this.quiet) this.onUpdate(this);
  }

  /** Nothing to show: no findings, no image being checked, not over the size cap (known without reading the text). */
  get quiet(): boolean {
    return !this.tooLong && this.checkingImages === 0 && this.findings.length === 0 && this.imageFindings.length === 0;
  }

  /** Sends the current text unless it is unchanged, too long, or still being composed (IME). */
  async evaluate(spend = true): Promise<void> {
    if (this.composing || (spend && !this.credited)) return;
    const text = this.refresh();
    // Unchanged (an empty box never sent needs no check either): the member's credit stays for their next change.
    if (text === (this.sentText ?? '')) return;
    if (spend) {
      // The credit is spent on this new text; the member's next input gives a new one.
      this.credited = false;
      this.listenForKeys(true);
    }
    if (text.length > MAX_DRAFT_CHARS) {
      this.tooLong = true;
      this.findings = [];
      this.sentText = null;
      this.onUpdate(this);
      return;
    }
    if (this.tooLong) {
      this.tooLong = false;
      this.onUpdate(this); // the "too long" badge goes (typing no longer redraws a quiet composer)
    }
    const seq = ++this.seq;
    this.sentText = text;
    const outcome = await this.transport.evaluate({ composerId: this.id, seq, site: this.site, text });
    if (outcome.kind === 'failed') {
      // A starting or restarting service worker: forget what was sent and retry quietly, a few times with growing
      // pauses (the member may have stopped typing, so no next change would come), and on any next change.
      if (this.seq === seq) {
        this.sentText = null;
        this.credited = true;
        const pause = RETRY_PAUSES_MS[this.retries++];
        if (pause !== undefined) this.retryTimer = setTimeout(() => void this.evaluate(), pause);
      }
      return;
    }
    this.retries = 0;
    // A newer draft was sent, or the text changed while this one was checked: drop the answer.
    if (outcome.seq !== this.seq || this.model.read() !== text) return;
    this.deep = outcome.deep;
    this.deepDone = false;
    this.show(outcome.findings, text);
  }

  /** The background's deep check answered: taken only for the draft it read, if that is still the text. */
  deepChecked(seq: number, findings: Finding[]): void {
    if (seq !== this.seq || this.model.read() !== this.evaluatedText) return;
    this.deepDone = true;
    this.show(findings, this.evaluatedText);
  }

  private show(findings: Finding[], text: string): void {
    // The answer also carries the images' findings as the background knows them now.
    this.findings = findings.filter((f) => f.image === undefined);
    this.imageFindings = findings.filter((f) => f.image !== undefined);
    this.evaluatedText = text;
    this.liveText = text;
    this.live = spansOf(findings, text);
    this.onUpdate(this);
  }

  /** High/medium spans moved to the current text; info findings never underline. */
  visibleSpans(): VisibleSpan[] {
    this.refresh();
    return this.live.filter((s) => s.finding.severity !== 'info');
  }

  /** Findings still about the current text (a finding whose spans all vanished is fixed). */
  currentFindings(): Finding[] {
    this.refresh();
    const alive = new Set(this.live.map((s) => s.finding));
    return [...this.findings.filter((f) => f.spans.length === 0 || alive.has(f)), ...this.imageFindings];
  }

  /** An image check started or finished; never touches the text or its timers. */
  imagesPending(count: number): void {
    this.checkingImages = count;
    this.onUpdate(this);
  }

  /** The composer's findings after an image was checked or removed: keeps the images' part. */
  imagesChecked(findings: Finding[]): void {
    this.imageFindings = findings.filter((f) => f.image !== undefined);
    this.onUpdate(this);
  }

  /** Something to stop along with this composer (its image watcher). */
  own(stop: () => void): void {
    this.cleanups.push(stop);
  }

  dispose(gone: boolean): void {
    this.sendTimer.cancel();
    this.observer?.disconnect();
    for (const c of this.cleanups) c();
    this.model.dispose();
    if (gone) this.transport.gone(this.id);
  }
}
