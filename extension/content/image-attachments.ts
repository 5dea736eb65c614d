// Notices images the member attaches near a compose box — by the site's file
// picker, by pasting, or by dropping — reads them locally as data URLs and
// reports each addition and removal. Listens only (capture phase, passive):
// never cancels the site's own handling, never marks the page. Only the
// member's own (trusted) choice, paste or drop counts: a page script's
// synthetic events could otherwise test pictures against the gallery.
//
//   const stop = watchImageAttachments(composerRoot, { onAdded, onRemoved });
//
// Removal is noticed when the site's preview of that image leaves the page
// (a blob:/data: <img> that appeared right after the attachment), when the
// same file input gets a new selection or is cleared, or when the composer
// itself goes away; `remove(imageId)` lets a site adapter say so directly.
// connectImageChecks (below) adds the messaging to the background.
import { ImageResultSchema, MAX_IMAGE_DATA_URL_CHARS, type ImageAnalyze, type ImageRemoved, type ImageResult } from '../../src/messages/schemas';

/** Files above this are not read (a 12-megapixel JPEG is 3–8 MB). */
export const MAX_IMAGE_BYTES = 24 * 1024 * 1024;
/** How long after an attachment the site's preview may take to appear. */
const PREVIEW_WAIT_MS = 3_000;

export interface AttachedImage {
  /** Unique per attachment in this page. */
  imageId: string;
  dataUrl: string;
  name: string;
  type: string;
  size: number;
  source: 'file-input' | 'paste' | 'drop';
}

export interface ImageAttachmentCallbacks {
  onAdded(image: AttachedImage): void;
  onRemoved(imageId: string): void;
  /** A file that is not read (too large); optional. */
  onSkipped?(reason: 'too-large', name: string): void;
}

export interface ImageAttachmentWatcher {
  /** Stops listening; images still attached are reported removed. */
  stop(): void;
  /** A site adapter knows the image is gone. */
  remove(imageId: string): void;
  /** Image ids currently attached. */
  attached(): string[];
}

let counter = 0;

/** The part of the page a composer's attachments live in: its form or dialog, else a few levels up. */
export function attachmentScope(composerRoot: Element): Element {
  const container = composerRoot.closest('form, dialog, [role="dialog"]');
  if (container) return container;
  let el: Element = composerRoot;
  for (let i = 0; i < 4 && el.parentElement && el.parentElement !== el.ownerDocument.body; i++) el = el.parentElement;
  return el;
}

export function isImageFile(f: { type: string; name: string }): boolean {
  return /^image\//.test(f.type) || /\.(jpe?g|png|webp|gif|heic|heif|avif|bmp)$/i.test(f.name);
}

export function readAsDataUrl(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}

export function watchImageAttachments(composerRoot: Element, callbacks: ImageAttachmentCallbacks): ImageAttachmentWatcher {
  const doc = composerRoot.ownerDocument;
  const scope = (): Element => attachmentScope(composerRoot);
  const live = new Map<string, { input?: HTMLInputElement; previews: Set<HTMLImageElement>; addedAt: number }>();
  const byInput = new WeakMap<HTMLInputElement, string[]>();
  let stopped = false;

  // The preview observer runs only while an image is attached: without one it has
  // nothing to match, and editors that re-render on every keystroke would call it each time.
  let observing = false;
  const watchPreviews = (on: boolean): void => {
    if (on === observing || stopped) return;
    observing = on;
    if (on) observer.observe(scope(), { childList: true, subtree: true });
    else observer.disconnect();
  };
  const forget = (imageId: string): boolean => {
    const had = live.delete(imageId);
    if (live.size === 0) watchPreviews(false);
    return had;
  };

  const removeImage = (imageId: string): void => {
    if (!forget(imageId)) return;
    callbacks.onRemoved(imageId);
  };

  const addFiles = (files: readonly File[], source: AttachedImage['source'], input?: HTMLInputElement): void => {
    for (const file of files) {
      if (!isImageFile(file)) continue;
      if (file.size > MAX_IMAGE_BYTES) {
        callbacks.onSkipped?.('too-large', file.name);
        continue;
      }
      const imageId = `img-${Date.now().toString(36)}-${++counter}`;
      live.set(imageId, { input, previews: new Set(), addedAt: Date.now() });
      watchPreviews(true);
      if (input) byInput.set(input, [...(byInput.get(input) ?? []), imageId]);
      readAsDataUrl(file).then(
        (dataUrl) => {
          if (!stopped && live.has(imageId)) {
            // Data URLs name the type the browser saw; an unnamed type gets the extension's guess.
            const fixed = dataUrl.startsWith('data:application/octet-stream') ? dataUrl.replace('application/octet-stream', guessType(file.name)) : dataUrl;
            callbacks.onAdded({ imageId, dataUrl: fixed, name: file.name, type: file.type, size: file.size, source });
          }
        },
        () => void forget(imageId),
      );
    }
  };

  // A file input the member clicked (or pressed Enter/Space on) opens the browser's picker; the change that
  // follows is the member's choice. Chromium marks a change from some pickers untrusted, so one change per
  // trusted activation is accepted — a page script cannot activate an input in the member's name.
  const armed = new WeakSet<HTMLInputElement>();
  const onActivate = (e: Event): void => {
    const input = e.composedPath()[0];
    if (e.isTrusted && input instanceof HTMLInputElement && input.type === 'file') armed.add(input);
  };
  const onChange = (e: Event): void => {
    const input = e.target;
    if (!(input instanceof HTMLInputElement) || input.type !== 'file') return;
    if (!e.isTrusted && !armed.has(input)) {
      // The site clearing its own input (after posting, or "remove") only takes findings away: follow it.
      if ((input.files?.length ?? 0) === 0) for (const id of byInput.get(input) ?? []) removeImage(id);
      return;
    }
    armed.delete(input);
    if (!scope().contains(input) && !composerRoot.contains(input)) return;
    // A new selection (or a cleared one) replaces what this input attached before.
    for (const id of byInput.get(input) ?? []) removeImage(id);
    byInput.set(input, []);
    addFiles([...(input.files ?? [])], 'file-input', input);
  };
  const onPaste = (e: ClipboardEvent): void => {
    if (!e.isTrusted) return;
    const files = [...(e.clipboardData?.files ?? [])];
    if (files.length) addFiles(files, 'paste');
  };
  const onDrop = (e: DragEvent): void => {
    if (!e.isTrusted || !(e.target instanceof Node) || !scope().contains(e.target)) return;
    const files = [...(e.dataTransfer?.files ?? [])];
    if (files.length) addFiles(files, 'drop');
  };

  // Previews: an <img> with a blob:/data: source that appears in the scope
  // shortly after an attachment belongs to the newest image still without one.
  const observer = new MutationObserver((records) => {
    if (!composerRoot.isConnected) {
      stop();
      return;
    }
    const now = Date.now();
    for (const r of records) {
      for (const n of r.addedNodes) {
        for (const img of previewImages(n)) {
          const owner = [...live.entries()].reverse().find(([, v]) => v.previews.size === 0 && now - v.addedAt < PREVIEW_WAIT_MS);
          owner?.[1].previews.add(img);
        }
      }
      for (const n of r.removedNodes) {
        for (const img of previewImages(n)) {
          for (const [id, v] of live) {
            if (v.previews.delete(img) && v.previews.size === 0) removeImage(id);
          }
        }
      }
    }
  });

  doc.addEventListener('click', onActivate, { capture: true, passive: true });
  doc.addEventListener('change', onChange, { capture: true, passive: true });
  composerRoot.addEventListener('paste', onPaste as EventListener, { capture: true, passive: true });
  doc.addEventListener('drop', onDrop as EventListener, { capture: true, passive: true });

  function stop(): void {
    if (stopped) return;
    stopped = true;
    doc.removeEventListener('click', onActivate, { capture: true });
    doc.removeEventListener('change', onChange, { capture: true });
    composerRoot.removeEventListener('paste', onPaste as EventListener, { capture: true });
    doc.removeEventListener('drop', onDrop as EventListener, { capture: true });
    observer.disconnect();
    for (const id of [...live.keys()]) removeImage(id);
  }

  return { stop, remove: removeImage, attached: () => [...live.keys()] };
}

function previewImages(n: Node): HTMLImageElement[] {
  if (!(n instanceof Element)) return [];
  const all = n instanceof HTMLImageElement ? [n] : [...n.querySelectorAll('img')];
  return all.filter((img) => /^(blob|data):/.test(img.getAttribute('src') ?? ''));
}

function guessType(name: string): string {
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  return ext === 'png' ? 'image/png' : ext === 'webp' ? 'image/webp' : ext === 'gif' ? 'image/gif' : 'image/jpeg';
}

/** What the inline badge needs: images still being checked, and the composer's findings after each check. */
export interface ImageCheckCallbacks {
  /** How many attached images are being checked ("checking image…" while > 0). */
  onPending(count: number): void;
  /** The composer's findings (text and all images) after an image was checked or removed. */
  onFindings(findings: ImageResult['findings']): void;
}

/**
 * The one-line wiring for the content script: watches a composer's
 * attachments and sends each image to the background (image/analyze, answered
 * when checked) and each removal (image/removed). Typing never waits for it.
 */
export function connectImageChecks(
  composerRoot: Element,
  composerId: string,
  callbacks: ImageCheckCallbacks,
  /** The content script's runtime messaging, e.g. `(m) => browser.runtime.sendMessage(m)` (kept out of this module so it stays testable). */
  send: (message: ImageAnalyze | ImageRemoved) => Promise<unknown>,
): ImageAttachmentWatcher {
  const pending = new Set<string>();
  const settle = (imageId: string, answer: unknown): void => {
    pending.delete(imageId);
    callbacks.onPending(pending.size);
    const parsed = ImageResultSchema.safeParse(answer);
    if (parsed.success && parsed.data.composerId === composerId) callbacks.onFindings(parsed.data.findings);
  };
  return watchImageAttachments(composerRoot, {
    onAdded(image) {
      if (image.dataUrl.length > MAX_IMAGE_DATA_URL_CHARS) return;
      pending.add(image.imageId);
      callbacks.onPending(pending.size);
      send({ type: 'image/analyze', composerId, imageId: image.imageId, dataUrl: image.dataUrl }).then(
        (answer) => settle(image.imageId, answer),
        () => settle(image.imageId, undefined),
      );
    },
    onRemoved(imageId) {
      send({ type: 'image/removed', composerId, imageId }).then(
        (answer) => settle(imageId, answer),
        () => settle(imageId, undefined),
      );
    },
  });
}
