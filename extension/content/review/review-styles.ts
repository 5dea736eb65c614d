// Styles of the review dialog. They live inside our closed shadow root, so
// the site's CSS cannot reach them; inherited properties are reset on the
// dialog. Sizes are in em of the browser's default font size (our host is
// 'all: initial'), so the dialog follows the member's font-size setting and
// never the site's root font size.
export const REVIEW_CSS = `
.review {
  box-sizing: border-box; width: min(36em, calc(100vw - 2em)); max-width: none; max-height: calc(100dvh - 2em);
  overflow: auto; margin: auto; padding: 1.25em 1.5em; border: 1px solid #5b5b66; border-radius: 12px;
  background: #ffffff; color: #1b1b1f; font: 0.9375em/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  text-align: left; letter-spacing: normal; text-transform: none; box-shadow: 0 12px 40px rgba(0, 0, 0, 0.35);
  overscroll-behavior: contain;
}
.review::backdrop { background: rgba(17, 17, 26, 0.5); }
.review * { box-sizing: border-box; }
.review h2 { margin: 0 0 0.4em; font-size: 1.2em; line-height: 1.3; font-weight: 700; color: inherit; }
.review p { margin: 0 0 0.5em; }
.review .intro { color: #35353f; }
.review .deep-note { color: #35353f; font-size: 0.9em; }
.review ul { margin: 0; padding: 0; list-style: none; }
.review .item { margin: 0.75em 0; padding: 0.75em 0.9em; border-radius: 8px; background: #f6f6f8; border-left: 4px solid #a3a3ad; }
.review .item.high { border-left-color: #b3261e; }
.review .item.medium { border-left-color: #a15c00; }
.review .clause { margin: 0 0 0.35em; font-size: 1em; font-weight: 700; line-height: 1.35; color: inherit; }
.review .severity { display: inline-block; margin-right: 0.3em; padding: 0 0.4em; border-radius: 4px; font-size: 0.8em; font-weight: 700;
  text-transform: uppercase; letter-spacing: 0.03em; vertical-align: 0.1em; }
.review .points li { margin: 0 0 0.35em; }
.review .high .severity { background: #fde8e7; color: #8c1d18; }
.review .medium .severity { background: #fff0d9; color: #6b3d00; }
.review q { font-style: italic; }
.review .exceptions { margin-top: 0.5em; }
.review .exceptions p { margin: 0 0 0.25em; font-weight: 600; color: inherit; }
.review .exceptions li { margin: 0.15em 0 0.15em 1.1em; list-style: disc; color: inherit; }
.review .actions { display: flex; flex-wrap: wrap; gap: 0.75em; justify-content: flex-end; margin-top: 1em; }
.review button {
  min-height: 44px; padding: 0.45em 1.1em; border-radius: 999px; font: inherit; font-weight: 600; cursor: pointer;
  border: 2px solid #1a4fa0; touch-action: manipulation;
}
.review button.primary { background: #1a4fa0; color: #ffffff; }
.review button.secondary { background: #ffffff; color: #1a4fa0; }
.review button:focus-visible { outline: 3px solid #1b1b1f; outline-offset: 2px; }
.review .note { margin-top: 0.75em; font-size: 0.85em; color: #4a4a55; }
/* Phones: the dialog fills the width, its buttons share it. */
@media (max-width: 599px) {
  .review { width: calc(100vw - 1em); padding: 1em; }
  .review .actions button { flex: 1 1 8em; }
}
@media (prefers-color-scheme: dark) {
  .review { background: #1f2429; color: #e8eaed; border-color: #5b636d; }
  .review .intro, .review .note { color: #c3c9d0; }
  .review .item { background: #2a3037; border-left-color: #6b737c; }
  .review .item.high { border-left-color: #ff8a80; }
  .review .item.medium { border-left-color: #ffb74d; }
  .review .high .severity { background: #5c1f1b; color: #ffd2cc; }
  .review .medium .severity { background: #4a3410; color: #ffe0a8; }
  .review button { border-color: #8ab4f8; }
  .review button.primary { background: #8ab4f8; color: #0b1420; }
  .review button.secondary { background: #1f2429; color: #8ab4f8; }
  .review button:focus-visible { outline-color: #e8eaed; }
}
`;
