// Images attached the way a member attaches them, shared by the image e2e
// files: a badge drawn by the page (so no file has to be served), and a paste
// into a compose box followed by the blob: preview a site shows beside it
// (whose removal is how a removed image is noticed).
import type { Locator } from 'playwright-core';

/** A shield-shaped badge reading DURHAM POLICE 4471; evaluated in a page, resolves to a PNG Blob. */
export const BADGE_PNG_SCRIPT = `(() => {
  const c = new OffscreenCanvas(900, 900);
  const g = c.getContext('2d');
  g.fillStyle = '#6b7d8c'; g.fillRect(0, 0, 900, 900);
  g.beginPath(); g.moveTo(450, 70); g.lineTo(780, 170); g.lineTo(760, 520); g.quadraticCurveTo(700, 760, 450, 850);
  g.quadraticCurveTo(200, 760, 140, 520); g.lineTo(120, 170); g.closePath();
  g.fillStyle = '#d9b44a'; g.fill(); g.lineWidth = 18; g.strokeStyle = '#8a6d1d'; g.stroke();
  g.fillStyle = '#1d1d1d'; g.textAlign = 'center'; g.font = 'bold 86px sans-serif';
  g.fillText('DURHAM', 450, 330); g.fillText('POLICE', 450, 450); g.font = 'bold 110px sans-serif'; g.fillText('4471', 450, 620);
  return c.convertToBlob({ type: 'image/png' });
})()`;

/** The same badge as a PNG data URL. */
export const BADGE_DATA_URL_SCRIPT = `${BADGE_PNG_SCRIPT}.then((b) => new Promise((res) => { const r = new FileReader(); r.onload = () => res(r.result); r.readAsDataURL(b); }))`;

/** An image to paste: a script the page evaluates to a Blob, or the bytes themselves. */
export type PastedImage = { name: string; type: string } & ({ script: string } | { base64: string });

/**
 * Pastes the image into the compose box the way a member does — the image on the
 * system clipboard, then Ctrl+V (a trusted paste; script-made paste events are
 * ignored by design) — then shows the site's blob: preview beside it (img.preview).
 * The clipboard carries PNG only, so the image arrives as image.png.
 */
export async function pasteImage(editor: Locator, image: PastedImage): Promise<void> {
  const page = editor.page();
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(page.url()).origin });
  // The clipboard belongs to the focused page: bring this one to the front first.
  await page.bringToFront();
  await editor.click();
  await editor.evaluate(async (_el, img) => {
    const blob = 'script' in img ? ((await (0, eval)(img.script)) as Blob) : new Blob([Uint8Array.from(atob(img.base64), (c) => c.charCodeAt(0))], { type: img.type });
    const bitmap = await createImageBitmap(blob);
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    canvas.getContext('2d')!.drawImage(bitmap, 0, 0);
    const png = await canvas.convertToBlob({ type: 'image/png' });
    await navigator.clipboard.write([new ClipboardItem({ 'image/png': png })]);
    (window as unknown as { __pastedPreview?: string }).__pastedPreview = URL.createObjectURL(png);
  }, image);
  await page.keyboard.press('Control+V');
  await editor.evaluate((el) => {
    const preview = document.createElement('img');
    preview.className = 'preview';
    preview.src = (window as unknown as { __pastedPreview: string }).__pastedPreview;
    el.parentElement!.append(preview);
  });
}
