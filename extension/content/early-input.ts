// The member's own input that reached the page before a compose box was
// attached: on a cold start (browser just opened, settings still loading) the
// member may type before we listen in the box itself. Only trusted events
// count, so a page script filling a box never gets it checked; the listeners
// are in the content script's world and change nothing a page can see.
const TYPES = ['keydown', 'pointerdown', 'paste', 'drop', 'compositionend'] as const;
/** How many recent input targets to remember (the box the member types in is among the last few). */
const KEEP = 16;

const recent: EventTarget[] = [];

function record(ev: Event): void {
  if (!ev.isTrusted) return;
  const target = ev.composedPath()[0];
  if (!target || recent[recent.length - 1] === target) return;
  recent.push(target);
  if (recent.length > KEEP) recent.shift();
}

/** Starts remembering where the member's trusted input lands (call once, as early as possible). */
export function watchEarlyInput(win: Window): void {
  for (const type of TYPES) win.addEventListener(type, record, { capture: true, passive: true });
}

/** Whether the member's own input already reached `el` (or something inside it). */
export function memberTouched(el: Node): boolean {
  return recent.some((t) => t instanceof Node && (t === el || el.contains(t)));
}
