// The line shown after "Post anyway": the review is closed and the member's
// own next Post publishes. A polite live region inside our closed shadow
// root, placed where it covers nothing the member needs (top of the
// viewport) and never takes pointer events, so a page hit-testing the screen
// finds its own elements, not ours.
const NOTICE_CSS = `
.post-notice {
  position: fixed; top: 0.75em; left: 50%; transform: translateX(-50%); z-index: 1; pointer-events: none;
  max-width: calc(100vw - 2em); padding: 0.6em 1em; border-radius: 8px; border: 1px solid #5b5b66;
  background: #ffffff; color: #1b1b1f; font: 600 0.9375em/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  box-shadow: 0 6px 20px rgba(0, 0, 0, 0.25); text-align: center;
}
@media (prefers-color-scheme: dark) { .post-notice { background: #1f2429; color: #e8eaed; border-color: #5b636d; } }
`;

const NOTICE_MS = 10_000;

export interface PostNotice {
  close(): void;
}

const styled = new WeakSet<ShadowRoot>();

/** Shows `message` until closed or for ten seconds. */
export function showPostNotice(root: ShadowRoot, message: string): PostNotice {
  const doc = root.ownerDocument;
  const win = doc.defaultView!;
  if (!styled.has(root)) {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(NOTICE_CSS);
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    styled.add(root);
  }
  const el = doc.createElement('div');
  el.className = 'post-notice';
  el.setAttribute('role', 'status');
  el.setAttribute('aria-live', 'polite');
  root.append(el);
  // Filled after insertion, so screen readers announce it.
  win.setTimeout(() => (el.textContent = message), 50);
  const timer = win.setTimeout(() => el.remove(), NOTICE_MS);
  return {
    close() {
      win.clearTimeout(timer);
      el.remove();
    },
  };
}
