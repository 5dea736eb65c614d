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
.card { position: fixed; inset: auto; margin: 0; box-sizing: border-box; width: min(400px, calc(100vw - 16px));
  max-height: min(70vh, 560px); overflow: auto; padding: 14px 16px 12px; border: 1px solid #c8ccd2; border-radius: 10px;
  background: #fff; color: #1d2228; box-shadow: 0 8px 28px rgba(0,0,0,.22); font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif;
  text-align: left; }
.card:focus { outline: none; }
.card .sev { display: inline-block; font-size: 11px; font-weight: 700; letter-spacing: .04em; text-transform: uppercase;
  padding: 1px 7px; border-radius: 9px; color: #fff; background: #c4001a; margin-right: 6px; vertical-align: 1px; }
.card .sev.medium { background: #9a4f00; }
.card .sev.info { background: #5a6472; }
.card h2 { display: inline; font-size: 15px; font-weight: 650; margin: 0; }
.card .msg { margin: 8px 0 6px; }
.card blockquote { margin: 6px 0 8px; padding: 4px 10px; border-left: 3px solid #c8ccd2; color: #3b434d; font-size: 13px; }
.card .label { font-size: 12px; font-weight: 650; color: #3b434d; margin: 10px 0 2px; text-transform: uppercase; letter-spacing: .03em; }
.card ul { margin: 2px 0 6px; padding-left: 18px; }
.card li { margin: 3px 0; }
.card li.pc { background: #e8f3ea; border-radius: 6px; padding: 3px 6px; margin-left: -6px; list-style-position: inside; }
.card li.pc strong { color: #185c2a; }
.card .sugg { margin: 4px 0 0; }
.card .actions { display: flex; flex-wrap: wrap; gap: 8px; margin-top: 12px; align-items: center; }
.card button { font: 600 13px/1 system-ui, sans-serif; padding: 7px 12px; border-radius: 6px; border: 1px solid #8a929c;
  background: #fff; color: #1d2228; cursor: pointer; }
.card button.primary { background: #1a5fd0; border-color: #1a5fd0; color: #fff; }
.card button:focus-visible { outline: 3px solid #1a5fd0; outline-offset: 2px; }
.card .nav { margin-left: auto; font-size: 12px; color: #3b434d; }
.card .note { font-size: 12px; color: #3b434d; margin-top: 8px; }
.card hr { border: 0; border-top: 1px solid #e1e4e8; margin: 10px 0; }
@media (prefers-color-scheme: dark) {
  .card { background: #1f2429; color: #e8eaed; border-color: #444c56; }
  .card blockquote, .card .label, .card .nav, .card .note { color: #b9c0c8; border-color: #555; }
  .card li.pc { background: #1f3a27; } .card li.pc strong { color: #9fe0b0; }
  .card button { background: #2a3037; color: #e8eaed; border-color: #6b737c; }
  .card button.primary { background: #3b7de8; border-color: #3b7de8; }
}
`;
