// Intercepts the member's Post action (click, form submit, Enter shortcuts,
// Enter or Space on a Post control the browser does not click for, such as
// Facebook's div[role=button]) in the capture phase on window, before the
// site's handlers — but only when the related composer still has high/medium
// warnings. The decision is
// synchronous and uses state already in memory: with no warnings nothing is
// intercepted or delayed. "Post anyway" never posts on the member's behalf
// (a script's event is untrusted, which a page can tell apart): it closes the
// review, marks that exact text as considered, puts focus back where the
// member pressed Post, and lets the member's own next Post press through
// once. Any edit changes the text, so the review comes back. Edit puts the
// caret back in the box, unless the box is off screen or hidden (a step the
// site slid away): then focus goes back where it was, on the Post control.
// Only the member's own (trusted) presses are acted on: a page script's
// synthetic click, key or requestSubmit() outside a trusted press reaches the
// page untouched, so it cannot probe whether a review would open.
import type { Finding } from '../../../src/messages/schemas';
import type { SiteId } from '../../../src/settings/schema';
import { composedContains, composerOnPath, enclosingDialog, enterSendsFrom, findSubmitControl, relatedComposers, type SubmitControl } from './find-submit';
import { showPostNotice, type PostNotice } from './post-notice';
import { openReviewDialog, type OpenReview, type ReviewChoice } from './review-dialog';
import { firstWarnedOffset, remainingWarnings, reviewItems } from './review-items';
import { postShortcutOf, submitKnowledgeFor, type PostShortcut } from './submit-controls';
import { reviewTarget, threadOf, type ThreadComposer } from './thread';

/** What the guard needs from the content script about one compose box. */
export interface GuardedComposer {
  readonly element: HTMLElement;
  /** Findings for the text on screen; acknowledged ones already arrive as `info`. */
  findings(): readonly Finding[];
  /** The text exactly as the site will post it (the offsets of `findings` refer to it). */
  text(): string;
  /** Focuses the composer with the caret at this offset of `text()`. */
  focusAt(offset: number): void;
  /** A line about the on-device deep check for this draft (unavailable, still reading), if any. */
  deepNote?(): string | null;
  /** Post was pressed: the deep check reads this draft now if it has not yet. */
  deepNow?(): void;
  /** The member is pressing Post near this composer: check its text now if it was never checked (a restored draft). */
  prepare?(): void;
}

export interface PostGuardOptions {
  site: SiteId | undefined;
  /** The compose boxes known right now (kept in memory by the content script). */
  composers(): readonly GuardedComposer[];
  /** Our closed shadow root (the dialog renders there); null while our UI is not running. */
  uiRoot(): ShadowRoot | null;
  /** Settings already in memory: review on globally and for this site. */
  reviewEnabled(): boolean;
  window?: Window;
}

export interface PostGuard {
  /** A review is showing (tests and the content script may want to know). */
  readonly reviewing: boolean;
  /**
   * The Enter shortcuts (and Enter/Space on a Post control) are watched only
   * while some compose box may have warnings (on at first), or a warned draft
   * is kept for a later step of its dialog: a keystroke in a clean draft calls
   * nothing of ours.
   */
  listenToKeys(on: boolean): void;
  dispose(): void;
}

/** How the member pressed Post: where focus goes after "Post anyway", and what the notice says. */
type PostPress =
  | { kind: 'control'; control: Element }
  | { kind: 'key'; keys: string }
  | { kind: 'submit'; submitter: HTMLElement | null };

interface SavedFocus {
  element: HTMLElement | null;
  range: Range | null;
  /** Caret of a textarea/input (they keep their own selection, outside the document's). */
  field: [number, number] | null;
}

export function installPostGuard(opts: PostGuardOptions): PostGuard {
  const win = opts.window ?? window;
  const doc = win.document;
  const knowledge = submitKnowledgeFor(opts.site);
  /** Text the member chose to post anyway, per composer: their next press on that exact text is not reviewed. */
  const considered = new WeakMap<HTMLElement, string>();
  let openReview: OpenReview | undefined;
  /** The open review, unless the page took it out of the document (then it is gone for good). */
  const current = (): OpenReview | undefined => {
    if (openReview && !openReview.alive()) {
      openReview.close();
      openReview = undefined;
    }
    return openReview;
  };
  let notice: PostNotice | undefined;
  const closeNotice = () => {
    notice?.close();
    notice = undefined;
  };
  /** A considered draft's press was let through (until the end of its task): the submit it causes goes through too. */
  let passing = false;
  /** A trusted click or key is being handled (until the end of its task): a submit it causes is the member's. */
  let activation = false;
  const activated = (ev: Event) => {
    if (!ev.isTrusted || activation) return;
    activation = true;
    win.setTimeout(() => (activation = false), 0);
  };

  /**
   * A warned draft the member took to a later step of its dialog (Facebook's
   * Next → "Post settings", where Post is): the box may be gone from the DOM
   * by the time Post is pressed, so the draft is kept as it was when the member
   * clicked on in that dialog. It belongs to that flow only: the dialog it was
   * kept in and, when that dialog is hidden and another one takes the member on
   * (Facebook also opens "Post settings" as a separate role=dialog), that one
   * too. It ends when the flow's dialogs have all left the DOM, and is replaced
   * by the next click in a dialog while a box is in it (the box's own state
   * then decides).
   */
  let carried: { dialogs: Element[]; draft: GuardedComposer } | undefined;
  const setCarried = (value: typeof carried) => {
    carried = value;
    syncKeys();
  };
  /** The flow goes on in `dialog`, a dialog no box is in: every dialog of the flow still in the DOM is hidden now. */
  const follows = (dialog: Element): boolean =>
    !!carried && !carried.dialogs.includes(dialog) && shown(dialog) && carried.dialogs.every((d) => !d.isConnected || !shown(d));
  const carry = (path: readonly EventTarget[]) => {
    const target = path.find((t): t is Element => t instanceof Element);
    const dialog = target ? enclosingDialog(target) : null;
    if (!dialog) return;
    const inDialog = opts.composers().filter((c) => c.element.isConnected && composedContains(dialog, c.element));
    // A later step without the box (settings rows, Back, a dialog of its own) keeps what was carried from the box's step.
    if (inDialog.length === 0) {
      if (follows(dialog)) carried!.dialogs.push(dialog);
      return;
    }
    const warned = inDialog.filter((c) => remainingWarnings(c.findings()).length > 0);
    setCarried(warned.length > 0 ? { dialogs: [dialog], draft: frozen(warned.length === 1 ? warned[0]! : threadOf(warned)) } : undefined);
  };
  /** The carried draft a Post control in its flow publishes, when no box on screen is that control's. */
  const carriedTo = (control: Element): GuardedComposer | undefined => {
    if (!carried) return undefined;
    if (carried.dialogs.some((d) => d.isConnected && composedContains(d, control))) return carried.draft;
    const dialog = enclosingDialog(control);
    if (!dialog || !follows(dialog)) return undefined;
    carried.dialogs.push(dialog);
    return carried.draft;
  };

  const isConsidered = (c: GuardedComposer) => considered.get(c.element) === c.text();
  /** Composers with warnings left, considered or not: with none, a press costs nothing more. */
  const armedComposers = (): GuardedComposer[] =>
    opts.composers().filter((c) => c.element.isConnected && remainingWarnings(c.findings()).length > 0);
  const warnedAmong = (armed: readonly GuardedComposer[]) => armed.filter((c) => !isConsidered(c));

  /** The member's own press on a considered draft: it goes through this once, and the next press is reviewed again. */
  const letThrough = (composers: readonly GuardedComposer[]) => {
    let any = false;
    for (const c of composers) {
      if (!isConsidered(c)) continue;
      considered.delete(c.element);
      any = true;
    }
    if (!any) return;
    if (carried && composers.includes(carried.draft)) setCarried(undefined);
    closeNotice();
    passing = true;
    win.setTimeout(() => (passing = false), 0);
  };

  const fromOurUi = (path: readonly EventTarget[], root: ShadowRoot) => path.includes(root.host);

  const stop = (ev: Event) => {
    ev.preventDefault();
    ev.stopImmediatePropagation();
  };

  /** A trusted press on a Post control: a composer never checked (a restored draft) is checked before the click arrives. */
  const onPointerDown = (ev: PointerEvent) => {
    if (!ev.isTrusted || current() || !opts.reviewEnabled()) return;
    const control = findSubmitControl(ev.composedPath(), knowledge);
    if (!control) return;
    for (const composer of relatedComposers(control, opts.composers())) composer.prepare?.();
  };

  /**
   * The member's own press: a click, or Enter/Space on a control the browser
   * does not turn into a click. On a Post control whose draft (its nearest
   * composers, or the draft carried from an earlier step of its dialog) is
   * warned, the press is held and the review opens; on a considered draft it
   * goes through once. A press elsewhere in a dialog may carry the draft on.
   * True when the press was on a Post control, or was a key the browser turns
   * into a click (left to that click).
   */
  const onPress = (ev: Event, path: readonly EventTarget[], key?: string): boolean => {
    if (carried && !carried.dialogs.some((d) => d.isConnected)) setCarried(undefined);
    const armed = armedComposers();
    if (armed.length === 0 && !carried) return false;
    const root = opts.uiRoot();
    if (!root || fromOurUi(path, root)) return false;
    if (key && clickedByBrowser(path[0], key)) return true;
    const control = findSubmitControl(path, knowledge);
    if (!control) {
      carry(path);
      return false;
    }
    const composer = pressedDraft(control, armed);
    if (!composer) return true;
    stop(ev);
    startReview(root, composer, { kind: 'control', control: control.element });
    return true;
  };

  /** The draft a press on `control` would publish, when it must be reviewed; a considered one is let through (once). */
  const pressedDraft = (control: SubmitControl, armed: readonly GuardedComposer[]): GuardedComposer | undefined => {
    // The nearest composers decide (several for a thread): a warned one further away does not own this button.
    let related = relatedComposers(control, opts.composers());
    const warned = warnedAmong(armed);
    const draft = related.length === 0 ? carriedTo(control.element) : undefined;
    if (draft) {
      related = [draft];
      if (!isConsidered(draft)) warned.push(draft);
    }
    const composer = reviewTarget(related, warned);
    if (!composer) letThrough(related);
    return composer;
  };

  const onClick = (ev: MouseEvent) => {
    activated(ev);
    if (!ev.isTrusted || current() || !opts.reviewEnabled()) return;
    onPress(ev, ev.composedPath());
  };

  const onKeyDown = (ev: KeyboardEvent) => {
    activated(ev);
    if (!ev.isTrusted || current() || !opts.reviewEnabled() || ev.isComposing || ev.keyCode === 229) return;
    // Enter or Space on a focused Post control (not typed in a box): the same decision as a click.
    if ((ev.key === 'Enter' || ev.key === ' ') && !ev.ctrlKey && !ev.metaKey && !ev.altKey) {
      const path = ev.composedPath();
      if (!typedIn(path[0]) && onPress(ev, path, ev.key)) return;
    }
    const shortcut = postShortcutOf(ev);
    if (!shortcut) return;
    const armed = armedComposers();
    if (armed.length === 0) return;
    const root = opts.uiRoot();
    const path = ev.composedPath();
    const composer = composerOnPath(path, armed);
    if (!root || !composer) return;
    const posts = shortcut === 'mod-enter' || enterSendsFrom(composer.element, knowledge);
    if (!posts) return;
    if (isConsidered(composer)) return letThrough([composer]);
    stop(ev);
    startReview(root, composer, { kind: 'key', keys: keysName(shortcut, ev) });
  };

  const onSubmit = (ev: SubmitEvent) => {
    // A script's requestSubmit() also fires a trusted submit: only one caused by the member's own press counts.
    if (!activation || passing || current() || !opts.reviewEnabled()) return;
    const form = ev.target;
    const root = opts.uiRoot();
    if (!(form instanceof HTMLFormElement) || !root) return;
    const inForm = opts.composers().filter((c) => c.element.isConnected && composedContains(form, c.element));
    const composer = reviewTarget(inForm, warnedAmong(armedComposers()));
    if (!composer) return letThrough(inForm);
    stop(ev);
    startReview(root, composer, { kind: 'submit', submitter: ev.submitter });
  };

  function startReview(root: ShadowRoot, composer: GuardedComposer, press: PostPress) {
    closeNotice();
    const findings = composer.findings();
    const text = composer.text();
    const saved = saveFocus(doc);
    composer.deepNow?.();
    const onGone = () => {
      if (openReview === opened) openReview = undefined;
    };
    const opened = (openReview = openReviewDialog(root, reviewItems(findings, text), (choice: ReviewChoice) => {
      openReview = undefined;
      if (choice === 'edit') {
        // A box the site slid off screen or hid (a later step of its dialog): the member could not see what they type.
        // Focus goes back where it was (the Post control they pressed), so the site's own Back is theirs to use.
        if (onScreen(composer.element)) composer.focusAt(firstWarnedOffset(findings) ?? text.length);
        else returnFocus(saved, press);
        return;
      }
      for (const part of (composer as Partial<ThreadComposer>).parts ?? [composer]) considered.set(part.element, part.text());
      restoreFocus(doc, saved);
      // The pressed Post control takes the focus, so Enter, Space or a tap on it is the member's next press.
      const control = pressedControl(press);
      if (control) control.focus({ preventScroll: true });
      notice = showPostNotice(root, noticeFor(press));
    }, composer.deepNote?.() ?? null, onGone));
  }

  /** Where focus was before the review, unless that is the hidden box itself: else the pressed control. */
  function returnFocus(saved: SavedFocus, press: PostPress) {
    if (saved.element?.isConnected && saved.element !== doc.body && onScreen(saved.element)) return restoreFocus(doc, saved);
    pressedControl(press)?.focus({ preventScroll: true });
  }

  /** The key listener is on while keys are wanted from outside, or a warned draft is carried (its box may be gone). */
  let keysWanted = true;
  let keys = true;
  function syncKeys() {
    const on = keysWanted || carried !== undefined;
    if (on === keys) return;
    keys = on;
    if (on) win.addEventListener('keydown', onKeyDown, true);
    else win.removeEventListener('keydown', onKeyDown, true);
  }
  win.addEventListener('pointerdown', onPointerDown, true);
  win.addEventListener('click', onClick, true);
  win.addEventListener('keydown', onKeyDown, true);
  win.addEventListener('submit', onSubmit, true);
  return {
    get reviewing() {
      return current() !== undefined;
    },
    listenToKeys(on) {
      keysWanted = on;
      syncKeys();
    },
    dispose() {
      win.removeEventListener('pointerdown', onPointerDown, true);
      win.removeEventListener('click', onClick, true);
      win.removeEventListener('keydown', onKeyDown, true);
      win.removeEventListener('submit', onSubmit, true);
      openReview?.close();
      openReview = undefined;
      closeNotice();
    },
  };
}

/** The Post control a press went through, while it is in the document and can take the focus. */
function pressedControl(press: PostPress): HTMLElement | null {
  const control = press.kind === 'control' ? press.control : press.kind === 'submit' ? press.submitter : null;
  return control instanceof HTMLElement && control.isConnected ? control : null;
}

/** Rendered with a size and at least partly inside the viewport (layout only; a box slid to x = -6000 is not). */
function onScreen(el: Element): boolean {
  if (!el.isConnected) return false;
  const view = el.ownerDocument.defaultView;
  const box = el.getBoundingClientRect();
  if (box.width <= 0 || box.height <= 0 || !view) return false;
  return box.right > 0 && box.bottom > 0 && box.left < view.innerWidth && box.top < view.innerHeight;
}

/** Keys typed into a text field or an editable (not a press on a control). */
function typedIn(target: EventTarget | undefined): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !BUTTON_INPUTS.has(target.type) && !TOGGLE_INPUTS.has(target.type);
}

/** Inputs the browser clicks on Enter and Space, and those it clicks on Space only. */
const BUTTON_INPUTS = new Set(['submit', 'button', 'reset', 'image']);
const TOGGLE_INPUTS = new Set(['checkbox', 'radio']);

/**
 * The browser itself turns this key on the focused element into a click: Enter and Space on a
 * <button>, a button-like <input> or a <summary>, Enter on a link. The guard decides on that
 * click (also when the <button> is inside the site's own Post control, as on YouTube).
 */
function clickedByBrowser(target: EventTarget | undefined, key: string): boolean {
  if (target instanceof HTMLButtonElement || (target instanceof HTMLElement && target.localName === 'summary')) return true;
  if (target instanceof HTMLInputElement && (BUTTON_INPUTS.has(target.type) || (key === ' ' && TOGGLE_INPUTS.has(target.type)))) return true;
  return key === 'Enter' && target instanceof HTMLAnchorElement && target.hasAttribute('href');
}

/** Rendered with a size and not visibility:hidden (a step the site hid has neither). Reads layout only. */
function shown(el: Element): boolean {
  const box = el.getBoundingClientRect();
  return box.width > 0 && box.height > 0 && el.ownerDocument.defaultView?.getComputedStyle(el).visibility !== 'hidden';
}

/** A draft as it was at this moment: its box may leave the DOM, the review still has its text and findings. */
function frozen(c: GuardedComposer): GuardedComposer {
  const findings = c.findings();
  const text = c.text();
  return {
    element: c.element,
    findings: () => findings,
    text: () => text,
    focusAt: (offset) => {
      if (c.element.isConnected) c.focusAt(offset);
    },
  };
}

/** The keys the member pressed, as the notice names them. */
function keysName(shortcut: PostShortcut, ev: KeyboardEvent): string {
  if (shortcut === 'enter') return 'Enter';
  return ev.metaKey ? '⌘+Enter' : 'Ctrl+Enter';
}

function noticeFor(press: PostPress): string {
  if (press.kind === 'key') return `Review closed — press ${press.keys} or Post to publish.`;
  return 'Review closed — press Post to publish.';
}

function deepActiveElement(doc: Document): HTMLElement | null {
  let el: Element | null = doc.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el instanceof HTMLElement ? el : null;
}

function saveFocus(doc: Document): SavedFocus {
  const element = deepActiveElement(doc);
  const field = isTextField(element) && element.selectionStart !== null ? ([element.selectionStart, element.selectionEnd ?? element.selectionStart] as [number, number]) : null;
  return { element, range: element ? selectionIn(doc, element) : null, field };
}

/** The selection as a range inside `element`'s tree (document.getSelection() stops at shadow hosts). */
function selectionIn(doc: Document, element: Element): Range | null {
  const sel = doc.getSelection();
  if (!sel || sel.rangeCount === 0) return null;
  const root = element.getRootNode();
  if (!(root instanceof ShadowRoot)) return sel.getRangeAt(0).cloneRange();
  if (!('getComposedRanges' in sel)) return null;
  const [composed] = sel.getComposedRanges({ shadowRoots: [root] });
  if (!composed) return null;
  const range = doc.createRange();
  range.setStart(composed.startContainer, composed.startOffset);
  range.setEnd(composed.endContainer, composed.endOffset);
  return range;
}

function isTextField(el: Element | null): el is HTMLTextAreaElement | HTMLInputElement {
  return el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement;
}

function restoreFocus(doc: Document, saved: SavedFocus) {
  if (!saved.element?.isConnected) return;
  saved.element.focus({ preventScroll: true });
  // Setting the caret explicitly also matters after a mouse click in our dialog: a textarea
  // focused from a click handler alone took keys but inserted nothing (Chromium 150).
  if (saved.field && isTextField(saved.element)) {
    saved.element.setSelectionRange(saved.field[0], saved.field[1]);
  } else if (saved.range && saved.element.isContentEditable) {
    const { startContainer, startOffset, endContainer, endOffset } = saved.range;
    doc.getSelection()?.setBaseAndExtent(startContainer, startOffset, endContainer, endOffset);
  }
}
