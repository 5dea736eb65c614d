// Styles of the review dialog. They live inside our closed shadow root, so
// the site's CSS cannot reach them; inherited properties are reset on the dialog.
export const REVIEW_CSS = `
.review {
  box-sizing: border-box; max-width: min(34rem, calc(100vw - 2rem)); max-height: calc(100vh - 4rem);
  overflow: auto; margin: auto; padding: 1.25rem 1.5rem; border: 1px solid #5b5b66; border-radius: 12px;
  background: #ffffff; color: #1b1b1f; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  text-align: left; letter-spacing: normal; text-transform: none; box-shadow: 0 12px 40px rgba(0, 0, 0, 0.35);
}
.review::backdrop { background: rgba(17, 17, 26, 0.5); }
.review * { box-sizing: border-box; }
.review h2 { margin: 0 0 0.4rem; font-size: 1.2rem; line-height: 1.3; font-weight: 700; color: #1b1b1f; }
.review p { margin: 0 0 0.5rem; }
.review .intro { color: #35353f; }
.review .deep-note { color: #35353f; font-size: 0.9em; }
.review ul { margin: 0; padding: 0; list-style: none; }
.review .item { margin: 0.75rem 0; padding: 0.75rem 0.9rem; border-radius: 8px; background: #f6f6f8; border-left: 4px solid #a3a3ad; }
.review .item.high { border-left-color: #b3261e; }
.review .item.medium { border-left-color: #a15c00; }
.review .severity { display: inline-block; margin: 0 0 0.3rem; padding: 0 0.4rem; border-radius: 4px; font-size: 0.8rem; font-weight: 700; }
.review .points li { margin: 0 0 0.35rem; }
.review .high .severity { background: #fde8e7; color: #8c1d18; }
.review .medium .severity { background: #fff0d9; color: #6b3d00; }
.review q { font-style: italic; }
.review .exceptions { margin-top: 0.5rem; }
.review .exceptions p { margin: 0 0 0.25rem; font-weight: 600; color: #1b1b1f; }
.review .exceptions li { margin: 0.15rem 0 0.15rem 1.1rem; list-style: disc; color: #1b1b1f; }
.review .actions { display: flex; flex-wrap: wrap; gap: 0.75rem; justify-content: flex-end; margin-top: 1rem; }
.review button {
  min-height: 2.5rem; padding: 0.45rem 1.1rem; border-radius: 999px; font: inherit; font-weight: 600; cursor: pointer;
  border: 2px solid #1a4fa0;
}
.review button.primary { background: #1a4fa0; color: #ffffff; }
.review button.secondary { background: #ffffff; color: #1a4fa0; }
.review button:focus-visible { outline: 3px solid #1b1b1f; outline-offset: 2px; }
.review .note { margin-top: 0.75rem; font-size: 0.85rem; color: #4a4a55; }
`;
