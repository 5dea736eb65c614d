// The review shown when Post is pressed with warnings left: a modal <dialog>
// (top layer, rest of the page inert) inside our closed shadow root. Edit is
// the default and Escape means Edit; Post anyway hands the decision back.
import { render } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import { clauseTitle } from '../ui/clause-title';
import type { ReviewItem } from './review-items';
import { REVIEW_CSS } from './review-styles';

export type ReviewChoice = 'edit' | 'post';

export interface ReviewDialogProps {
  items: readonly ReviewItem[];
  /** About the on-device deep check (unavailable here, or still reading), when there is something to say. */
  note?: string | null;
  onChoose(choice: ReviewChoice): void;
}

/** Events that must never reach the page from our UI (a site form could act on them). */
const CONTAINED_EVENTS = [
  'click', 'dblclick', 'auxclick', 'contextmenu', 'mousedown', 'mouseup', 'pointerdown', 'pointerup',
  'keydown', 'keyup', 'keypress', 'beforeinput', 'input', 'focusin', 'focusout', 'submit', 'touchstart', 'touchend',
] as const;

export function ReviewDialog({ items, note, onChoose }: ReviewDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const edit = useRef<HTMLButtonElement>(null);
  const chosen = useRef(false);
  const choose = (choice: ReviewChoice) => {
    if (chosen.current) return; // a double click must not post twice
    chosen.current = true;
    onChoose(choice);
  };

  useLayoutEffect(() => {
    const el = dialog.current!;
    if (!el.open) el.showModal();
    edit.current?.focus();
  }, []);

  // Keep Tab inside the dialog (a modal dialog alone lets it escape to the browser UI).
  const onKeyDown = (ev: KeyboardEvent) => {
    if (ev.key !== 'Tab') return;
    const buttons = [...dialog.current!.querySelectorAll('button')];
    const first = buttons[0];
    const last = buttons[buttons.length - 1];
    const active = (dialog.current!.getRootNode() as ShadowRoot | Document).activeElement;
    if (ev.shiftKey && active === first) {
      ev.preventDefault();
      last?.focus();
    } else if (!ev.shiftKey && active === last) {
      ev.preventDefault();
      first?.focus();
    }
  };

  const count = items.reduce((n, item) => n + item.points.length, 0);
  return (
    <dialog
      ref={dialog}
      class="review"
      aria-labelledby="review-title"
      aria-describedby="review-intro"
      onKeyDown={onKeyDown}
      onCancel={(ev) => {
        ev.preventDefault(); // we close it ourselves, as Edit
        choose('edit');
      }}
    >
      <h2 id="review-title">Before you post: a second look</h2>
      <p id="review-intro" class="intro">
        {count === 1 ? 'One passage' : `${count} passages`} may go against the department's social-media order. It is
        your decision: this is advice, and nothing is blocked.
      </p>
      <ul>
        {items.map((item, i) => (
          <li key={`${item.clause}-${i}`} class={`item ${item.severity}`}>
            <h3 class="clause">
              <span class="severity">{item.severity === 'high' ? 'Warning' : 'Caution'}</span> {clauseTitle(item.clause)}
            </h3>
            <ul class="points">
              {item.points.map((point, j) => (
                <li key={j}>
                  {point.excerpt && (
                    <>
                      <q>{point.excerpt}</q>{' '}
                    </>
                  )}
                  {point.sentence}
                </li>
              ))}
            </ul>
            {item.questions.length > 0 && (
              <div class="exceptions">
                <p>The order allows it if the answer is yes:</p>
                <ul>
                  {item.questions.map((q) => (
                    <li key={q}>{q}</li>
                  ))}
                </ul>
              </div>
            )}
          </li>
        ))}
      </ul>
      {note && <p class="deep-note">{note}</p>}
      <div class="actions">
        <button ref={edit} type="button" class="primary" onClick={() => choose('edit')}>
          Edit
        </button>
        <button type="button" class="secondary" onClick={() => choose('post')}>
          Post anyway
        </button>
      </div>
    </dialog>
  );
}

export interface OpenReview {
  close(): void;
  /** Still showing as a modal dialog (false once the page removed our host, even if it came back). */
  alive(): boolean;
}

/**
 * Renders the dialog into `root` and removes it once a choice is made. `note` is
 * a line about the on-device deep check, if any. If the page takes our host out
 * of the document, the dialog leaves the top layer for good: it is closed and
 * `onGone` is called, so the next Post is reviewed.
 */
export function openReviewDialog(
  root: ShadowRoot,
  items: readonly ReviewItem[],
  onChoose: (choice: ReviewChoice) => void,
  note: string | null = null,
  onGone?: () => void,
): OpenReview {
  const doc = root.ownerDocument;
  const container = doc.createElement('div');
  for (const type of CONTAINED_EVENTS) container.addEventListener(type, (ev) => ev.stopPropagation());
  adoptStyles(root);
  root.append(container);
  let open = true;
  const close = () => {
    if (!open) return;
    open = false;
    watch.disconnect();
    container.querySelector('dialog')?.close();
    render(null, container);
    container.remove();
  };
  const alive = () => {
    const dialog = container.querySelector('dialog');
    return open && container.isConnected && !!dialog && dialog.matches(':modal');
  };
  // The host hangs off <html>: a removal there (or of <html> itself) is all that can take it away.
  const watch = new MutationObserver(() => {
    if (open && !alive()) {
      close();
      onGone?.();
    }
  });
  watch.observe(doc, { childList: true });
  if (doc.documentElement) watch.observe(doc.documentElement, { childList: true });
  render(
    <ReviewDialog
      items={items}
      note={note}
      onChoose={(choice) => {
        close();
        onChoose(choice);
      }}
    />,
    container,
  );
  return { close, alive };
}

const styled = new WeakSet<ShadowRoot>();

/** A constructed stylesheet, like the rest of our UI: no <style> element anywhere. */
function adoptStyles(root: ShadowRoot) {
  if (styled.has(root)) return;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(REVIEW_CSS);
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  styled.add(root);
}
