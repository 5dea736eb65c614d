// All of the inline UI's CSS, applied through a constructed stylesheet inside
// the closed shadow root: nothing leaks into the page, and `all: initial`
// on :host (with !important, which wins over page rules) keeps page CSS out.
export const STYLES = `
:host { all: initial !important; position: fixed !important; top: 0 !important; left: 0 !important;
  width: 0 !important; height: 0 !important; z-index: 2147483646 !important; display: block !important; }
.layer { position: fixed; inset: 0; pointer-events: none; overflow: hidden; }
.mirror { position: fixed; visibility: hidden; pointer-events: none; margin: 0; overflow: visible; height: auto; }
.u { position: fixed; pointer-events: none; box-sizing: border-box; }
/* Non-colour cue: high = wavy line, medium = dashed double line. */
.u.high { height: 4px; --c: #c4001a;
  background:
    linear-gradient(135deg, transparent 40%, var(--c) 40%, var(--c) 62%, transparent 62%) 0 0 / 6px 4px repeat-x,
    linear-gradient(45deg, transparent 40%, var(--c) 40%, var(--c) 62%, transparent 62%) 3px 0 / 6px 4px repeat-x; }
.u.medium { height: 4px; border-top: 1.5px dashed #b35c00; border-bottom: 1.5px dashed #b35c00; }
.badge { position: fixed; pointer-events: none; min-width: 22px; height: 22px; padding: 0 6px; box-sizing: border-box;
  border-radius: 11px; border: 1.5px solid #fff; font: 600 12px/19px system-ui, sans-serif; color: #fff; cursor: pointer;
  background: #c4001a; box-shadow: 0 1px 3px rgba(0,0,0,.35); display: inline-flex; align-items: center; justify-content: center; gap: 3px;
  white-space: nowrap; }
.badge.live { pointer-events: auto; }
.badge.medium { background: #9a4f00; }
.badge.quiet { background: #5a6472; }
.badge:focus-visible { outline: 3px solid #1a5fd0; outline-offset: 2px; }
.sr { position: fixed; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
/* Sizes in em of the browser's default font size (the host is 'all: initial'):
   the card follows the member's font-size setting, not the site's. */
.card { position: fixed; inset: auto; margin: 0; box-sizing: border-box; width: min(28.5em, calc(100vw - 16px));
  max-height: min(80vh, 40em); overflow: hidden; flex-direction: column; padding: 0;
  border: 1px solid #c8ccd2; border-radius: 10px; background: #fff; color: #1d2228; box-shadow: 0 8px 28px rgba(0,0,0,.22);
  font: 0.875em/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; text-align: left; overscroll-behavior: contain; }
.card:popover-open { display: flex; } /* only while open: the UA hides a closed popover with display: none */
.card .body { flex: 1 1 auto; min-height: 0; overflow: auto; padding: 1em 1.15em 0.25em; overscroll-behavior: contain; }
.card:focus { outline: none; }
.card .head { display: flex; flex-wrap: wrap; align-items: baseline; gap: 0.2em 0.45em; }
.card .sev { display: inline-block; font-size: 0.8em; font-weight: 700; letter-spacing: .04em; text-transform: uppercase;
  padding: 0.05em 0.6em; border-radius: 0.8em; color: #fff; background: #c4001a; }
.card .sev.medium { background: #9a4f00; }
.card .sev.info { background: #5a6472; }
.card h2 { font-size: 1.07em; font-weight: 650; margin: 0; }
.card .msg { margin: 0.55em 0 0.4em; }
.card blockquote { margin: 0.4em 0 0.55em; padding: 0.3em 0.7em; border-left: 3px solid #c8ccd2; color: #3b434d; font-size: 0.93em; }
.card .label { font-size: 0.86em; font-weight: 650; color: #3b434d; margin: 0.8em 0 0.15em; text-transform: uppercase; letter-spacing: .03em; }
.card ul { margin: 0.15em 0 0.4em; padding-left: 1.3em; }
.card li { margin: 0.2em 0; }
.card li.pc { background: #e8f3ea; border-radius: 6px; padding: 0.2em 0.45em; margin-left: -0.45em; list-style-position: inside; }
.card li.pc strong { color: #185c2a; }
.card .sugg { margin: 0.3em 0 0; }
.card .actions { flex: none; display: flex; flex-wrap: wrap; gap: 0.5em; align-items: center; padding: 0.7em 1.15em 0.85em;
  border-top: 1px solid #e1e4e8; }
.card button { font: 600 0.93em/1.2 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; padding: 0.5em 0.85em; border-radius: 6px;
  border: 1px solid #8a929c; background: #fff; color: #1d2228; cursor: pointer; touch-action: manipulation; }
.card button.primary { background: #1a5fd0; border-color: #1a5fd0; color: #fff; }
.card button:focus-visible { outline: 3px solid #1a5fd0; outline-offset: 2px; }
.card .nav { margin-left: auto; font-size: 0.86em; color: #3b434d; }
.card .note { font-size: 0.86em; color: #3b434d; margin: 0.6em 0 0.4em; }
/* Narrow screens: a sheet along the bottom (or top) edge, the compose box and Post button left in view. */
.card.sheet { width: 100vw; max-width: none; border-radius: 14px 14px 0 0; border-width: 1px 0 0; box-shadow: 0 -6px 24px rgba(0,0,0,.25); }
.card.sheet.top { border-radius: 0 0 14px 14px; border-width: 0 0 1px; box-shadow: 0 6px 24px rgba(0,0,0,.25); }
.card.sheet .actions button { flex: 1 1 auto; }
/* Fingers: every target at least 44 px, the badge's hit area too (its look stays small). */
.card.sheet button { min-height: 44px; }
@media (pointer: coarse) {
  .card button { min-height: 44px; min-width: 44px; }
  .badge::before { content: ""; position: absolute; inset: -11px; }
}
@media (prefers-color-scheme: dark) {
  .card { background: #1f2429; color: #e8eaed; border-color: #444c56; }
  .card blockquote, .card .label, .card .nav, .card .note { color: #b9c0c8; border-color: #555; }
  .card .actions { border-color: #39414a; }
  .card li.pc { background: #1f3a27; } .card li.pc strong { color: #9fe0b0; }
  .card button { background: #2a3037; color: #e8eaed; border-color: #6b737c; }
  .card button.primary { background: #3b7de8; border-color: #3b7de8; }
}
`;
