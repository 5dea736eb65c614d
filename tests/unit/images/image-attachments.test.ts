// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { attachmentScope, connectImageChecks, isImageFile, watchImageAttachments, type AttachedImage } from '../../../extension/content/image-attachments';

const PNG_1PX = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=='), (c) => c.charCodeAt(0));

function page(): { form: HTMLFormElement; composer: HTMLElement; input: HTMLInputElement; previews: HTMLElement } {
  document.body.innerHTML = `<form><div class="toolbar"><input type="file" accept="image/*" multiple></div><div contenteditable="true"></div><div class="previews"></div></form><input type="file" class="elsewhere">`;
  return {
    form: document.querySelector('form')!,
    composer: document.querySelector('[contenteditable]')!,
    input: document.querySelector('form input[type=file]')!,
    previews: document.querySelector('.previews')!,
  };
}

/** Marks an event as the browser's own (the member's), as real input is; script-made events are ignored. */
function trusted<E extends Event>(event: E): E {
  Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
}

function selectFiles(input: HTMLInputElement, files: File[], isTrusted = true): void {
  Object.defineProperty(input, 'files', { configurable: true, value: files });
  const change = new Event('change', { bubbles: true });
  input.dispatchEvent(isTrusted ? trusted(change) : change);
}

function recorder() {
  const added: AttachedImage[] = [];
  const removed: string[] = [];
  return { added, removed, callbacks: { onAdded: (i: AttachedImage) => added.push(i), onRemoved: (id: string) => removed.push(id) } };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('watchImageAttachments', () => {
  it('reads an image chosen with the composer form’s file input as a data URL', async () => {
    const { composer, input } = page();
    const r = recorder();
    const w = watchImageAttachments(composer, r.callbacks);
    selectFiles(input, [new File([PNG_1PX], 'photo.png', { type: 'image/png' }), new File(['hello'], 'notes.txt', { type: 'text/plain' })]);
    await vi.waitFor(() => expect(r.added).toHaveLength(1));
    expect(r.added[0]).toMatchObject({ name: 'photo.png', type: 'image/png', source: 'file-input' });
    expect(r.added[0]!.dataUrl).toMatch(/^data:image\/png;base64,iVBORw0KGgo/);
    expect(w.attached()).toEqual([r.added[0]!.imageId]);
    w.stop();
  });

  it('ignores file inputs of other parts of the page', async () => {
    const { composer } = page();
    const r = recorder();
    const w = watchImageAttachments(composer, r.callbacks);
    selectFiles(document.querySelector<HTMLInputElement>('.elsewhere')!, [new File([PNG_1PX], 'x.png', { type: 'image/png' })]);
    await new Promise((res) => setTimeout(res, 50));
    expect(r.added).toEqual([]);
    w.stop();
  });

  it('a new selection in the same input replaces the previous image; clearing it removes it', async () => {
    const { composer, input } = page();
    const r = recorder();
    const w = watchImageAttachments(composer, r.callbacks);
    selectFiles(input, [new File([PNG_1PX], 'a.png', { type: 'image/png' })]);
    await vi.waitFor(() => expect(r.added).toHaveLength(1));
    selectFiles(input, [new File([PNG_1PX], 'b.png', { type: 'image/png' })]);
    await vi.waitFor(() => expect(r.added).toHaveLength(2));
    expect(r.removed).toEqual([r.added[0]!.imageId]);
    selectFiles(input, []);
    expect(r.removed).toEqual([r.added[0]!.imageId, r.added[1]!.imageId]);
    w.stop();
  });

  it('notices a pasted image and its removal when the site’s preview goes away', async () => {
    const { composer, previews } = page();
    const r = recorder();
    const w = watchImageAttachments(composer, r.callbacks);
    const paste = trusted(new Event('paste', { bubbles: true }) as ClipboardEvent);
    Object.defineProperty(paste, 'clipboardData', { value: { files: [new File([PNG_1PX], 'pasted.png', { type: 'image/png' })] } });
    composer.dispatchEvent(paste);
    await vi.waitFor(() => expect(r.added).toHaveLength(1));
    expect(r.added[0]!.source).toBe('paste');
    const img = document.createElement('img');
    img.src = 'blob:https://x.com/1234';
    previews.append(img);
    await new Promise((res) => setTimeout(res, 0));
    expect(r.removed).toEqual([]);
    img.remove();
    await vi.waitFor(() => expect(r.removed).toEqual([r.added[0]!.imageId]));
    w.stop();
  });

  it('notices a dropped image inside the composer’s form', async () => {
    const { composer } = page();
    const r = recorder();
    const w = watchImageAttachments(composer, r.callbacks);
    const drop = trusted(new Event('drop', { bubbles: true }) as DragEvent);
    Object.defineProperty(drop, 'dataTransfer', { value: { files: [new File([PNG_1PX], 'dropped.jpg', { type: 'image/jpeg' })] } });
    composer.dispatchEvent(drop);
    await vi.waitFor(() => expect(r.added).toHaveLength(1));
    expect(r.added[0]!.source).toBe('drop');
    w.stop();
  });

  it('stop() and a site adapter’s remove() report removals once', async () => {
    const { composer, input } = page();
    const r = recorder();
    const w = watchImageAttachments(composer, r.callbacks);
    selectFiles(input, [new File([PNG_1PX], 'a.png', { type: 'image/png' }), new File([PNG_1PX], 'b.png', { type: 'image/png' })]);
    await vi.waitFor(() => expect(r.added).toHaveLength(2));
    w.remove(r.added[0]!.imageId);
    w.remove(r.added[0]!.imageId);
    w.stop();
    expect(r.removed).toEqual([r.added[0]!.imageId, r.added[1]!.imageId]);
  });

  it('ignores script-made file choices, pastes and drops (a page could test pictures against the gallery)', async () => {
    const { composer, input } = page();
    const r = recorder();
    const w = watchImageAttachments(composer, r.callbacks);
    selectFiles(input, [new File([PNG_1PX], 'probe.png', { type: 'image/png' })], false);
    for (const type of ['paste', 'drop'] as const) {
      const e = new Event(type, { bubbles: true });
      Object.defineProperty(e, type === 'paste' ? 'clipboardData' : 'dataTransfer', { value: { files: [new File([PNG_1PX], 'probe.png', { type: 'image/png' })] } });
      composer.dispatchEvent(e);
    }
    await new Promise((res) => setTimeout(res, 50));
    expect(r.added).toEqual([]);
    w.stop();
  });

  it('finds the scope and recognises image files', () => {
    const { form, composer } = page();
    expect(attachmentScope(composer)).toBe(form);
    expect(isImageFile({ type: '', name: 'IMG_0001.HEIC' })).toBe(true);
    expect(isImageFile({ type: 'application/pdf', name: 'a.pdf' })).toBe(false);
  });
});

describe('connectImageChecks', () => {
  it('sends image/analyze, shows pending while it runs, passes the findings on; a removal sends image/removed', async () => {
    const { composer, input } = page();
    const sent: { type: string; imageId: string }[] = [];
    let answer!: (v: unknown) => void;
    const send = vi.fn((m: { type: string; imageId: string }) => {
      sent.push(m);
      return m.type === 'image/analyze' ? new Promise((res) => (answer = res)) : Promise.resolve({ type: 'image/result', composerId: 'c1', imageId: m.imageId, status: 'cancelled', findings: [] });
    });
    const pending: number[] = [];
    const findings: unknown[] = [];
    const w = connectImageChecks(composer, 'c1', { onPending: (n) => pending.push(n), onFindings: (f) => findings.push(f) }, send as never);
    selectFiles(input, [new File([PNG_1PX], 'a.png', { type: 'image/png' })]);
    await vi.waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toMatchObject({ type: 'image/analyze', composerId: 'c1' });
    expect(pending).toEqual([1]);
    const finding = { clause: 'identity-privacy', severity: 'medium', spans: [], message: 'm', why: 'w', exceptions: [], suggestion: { advice: 'a' } };
    answer({ type: 'image/result', composerId: 'c1', imageId: sent[0]!.imageId, status: 'done', findings: [finding] });
    await vi.waitFor(() => expect(findings).toEqual([[finding]]));
    expect(pending).toEqual([1, 0]);
    w.remove(sent[0]!.imageId);
    await vi.waitFor(() => expect(findings).toEqual([[finding], []]));
    expect(sent[1]).toMatchObject({ type: 'image/removed', imageId: sent[0]!.imageId });
    w.stop();
  });
});
