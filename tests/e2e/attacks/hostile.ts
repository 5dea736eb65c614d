// Hostile page scripts for the attack suite, run in the page's own world (as
// a site's script would): each returns what the page could observe. Shared by
// the Chromium and Firefox files. Plain functions with no closures, so both
// Playwright and Puppeteer can send them to the page.

/** A draft the engine warns about (official voice). */
export const WARNED = 'Speaking for the whole Durham PD, thank you for coming out tonight.';

/** Starts recording every node added directly under <html> (where an extension's UI host would go). */
export function recordHtmlChildren(): void {
  const w = window as unknown as { __added: string[] };
  w.__added = [];
  new MutationObserver((records) => {
    for (const r of records) for (const n of r.addedNodes) w.__added.push(n.nodeName);
  }).observe(document.documentElement, { childList: true });
}

/** Nodes added under <html> since recordHtmlChildren(), plus any element child of <html> that is not head/body. */
export function htmlExtras(): string[] {
  const w = window as unknown as { __added?: string[] };
  const strays = [...document.documentElement.children].filter((c) => c !== document.head && c !== document.body).map((c) => c.nodeName);
  return [...(w.__added ?? []), ...strays];
}

/** Finding 1/2: hidden and visible boxes filled and focused by script (execCommand's input events are trusted in Chromium). */
export function scriptFilledBoxes(draft: string): void {
  const form = document.createElement('form');
  form.className = 'hostile';
  for (let i = 0; i < 4; i++) {
    const ta = document.createElement('textarea');
    ta.value = `${draft} guess-${i}`;
    if (i > 0) ta.style.cssText = 'opacity:0;position:fixed;left:0;top:0;width:300px;height:80px';
    form.append(ta);
  }
  document.body.append(form);
  for (const ta of form.querySelectorAll('textarea')) {
    ta.focus();
    ta.setSelectionRange(ta.value.length, ta.value.length);
    document.execCommand('insertText', false, ' and more');
  }
  (document.activeElement as HTMLElement | null)?.blur();
}

/** Finding 2: a script-made paste of an image file into the first textarea of the page. */
export function syntheticImagePaste(): void {
  const ta = document.querySelector('textarea')!;
  ta.focus();
  // A 1×1 PNG.
  const bytes = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=='), (c) => c.charCodeAt(0));
  const data = new DataTransfer();
  data.items.add(new File([bytes], 'emblem.png', { type: 'image/png' }));
  ta.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
}

/** Finding 1: script-made presses on Post — a click, Ctrl+Enter and requestSubmit(). Returns whether the page's own handlers saw each. */
export function syntheticPosts(): { click: boolean; key: boolean; submit: boolean } {
  const seen = { click: false, key: false, submit: false };
  const button = document.querySelector<HTMLElement>('.post-button')!;
  const box = document.querySelector<HTMLElement>('textarea')!;
  const form = button.closest('form');
  button.addEventListener('click', () => (seen.click = true), { once: true });
  box.addEventListener('keydown', () => (seen.key = true), { once: true });
  form?.addEventListener('submit', (e) => {
    seen.submit = true;
    e.preventDefault();
  }, { once: true });
  button.click();
  box.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', ctrlKey: true, bubbles: true, cancelable: true }));
  form?.requestSubmit();
  return seen;
}

/** Finding 2: what elementFromPoint() answers on a grid over a box and its corner (where a badge would be). Anything not the page's own is an oracle. */
export function probeHitTests(selector: string): string[] {
  const el = document.querySelector(selector)!;
  const r = el.getBoundingClientRect();
  const foreign: string[] = [];
  for (let x = r.left + 2; x <= r.right + 4; x += 4) {
    for (let y = r.top + 2; y <= r.bottom + 4; y += 4) {
      const hit = document.elementFromPoint(x, y);
      if (hit && hit.parentElement === document.documentElement && hit !== document.body) foreign.push(`${hit.nodeName}@${Math.round(x)},${Math.round(y)}`);
    }
  }
  return foreign;
}

/** Finding 6: removes whatever element under <html> is not the page's (an extension's UI host); returns how many. */
export function removeForeignHosts(): number {
  let n = 0;
  for (const c of [...document.documentElement.children]) {
    if (c !== document.head && c !== document.body) {
      c.remove();
      n++;
    }
  }
  return n;
}

/** Post anyway / one-click fix: records every untrusted event the page sees, and each click its Post button's own handler gets. */
export function recordPageEvents(): void {
  const w = window as unknown as { __log: { untrusted: string[]; postClicks: boolean[] } };
  w.__log = { untrusted: [], postClicks: [] };
  const types = ['click', 'pointerdown', 'mousedown', 'keydown', 'keyup', 'submit', 'paste', 'drop', 'beforeinput', 'input', 'textInput'];
  for (const type of types) {
    window.addEventListener(type, (e) => {
      if (!e.isTrusted) w.__log.untrusted.push(type);
    }, true);
  }
  document.querySelector('.post-button')?.addEventListener('click', (e) => w.__log.postClicks.push(e.isTrusted));
}

export function pageEventLog(): { untrusted: string[]; postClicks: boolean[] } {
  return (window as unknown as { __log: { untrusted: string[]; postClicks: boolean[] } }).__log;
}
