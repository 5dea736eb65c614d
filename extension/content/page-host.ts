// The host a frame's content belongs to. about:blank and about:srcdoc frames
// (and blob: documents) have no host in their URL but inherit the page's
// origin, which is what decides the site there.
export function pageHost(win: Window = window): string {
  if (win.location.hostname) return win.location.hostname;
  try {
    const origin = win.origin;
    if (origin && origin !== 'null') return new URL(origin).hostname;
  } catch {
    // an opaque origin: no site
  }
  return '';
}
