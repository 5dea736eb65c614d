// @vitest-environment happy-dom
// The options page's insignia gallery without a browser: a chosen picture is
// added under the typed name (or its file name), a picture that cannot be read
// says so, remove works, and a department's gallery is shown locked. Reading
// the picture is the page's job (a canvas; tested end to end in
// tests/e2e/images-popup.e2e.ts); here it is a plain function.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { GalleryEditor, type GalleryEditorProps } from '../../../extension/options/gallery-editor';
import type { InsigniaImage } from '../../../src/settings/schema';

afterEach(cleanup);

const PATCH: InsigniaImage = { name: 'DPD patch', dataUrl: 'data:image/jpeg;base64,AAAA' };

function renderEditor(over: Partial<GalleryEditorProps> = {}) {
  const props: GalleryEditorProps = { gallery: [], locked: false, save: vi.fn(), readImage: async () => 'data:image/jpeg;base64,QUJD', ...over };
  render(<GalleryEditor {...props} />);
  return props;
}

function choose(name: string): void {
  const input = screen.getByLabelText('Add a picture') as HTMLInputElement;
  const file = new File(['x'], name, { type: 'image/png' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

describe('insignia gallery editor', () => {
  it('adds the chosen picture under the typed name', async () => {
    const props = renderEditor({ gallery: [PATCH] });
    fireEvent.input(screen.getByLabelText('Name (optional)'), { target: { value: 'Car door logo' } });
    choose('IMG_1.png');
    await waitFor(() => expect(props.save).toHaveBeenCalledWith([PATCH, { name: 'Car door logo', dataUrl: 'data:image/jpeg;base64,QUJD' }]));
  });

  it('without a name, uses the file name', async () => {
    const props = renderEditor();
    choose('badge_front.webp');
    await waitFor(() => expect(props.save).toHaveBeenCalledWith([{ name: 'badge front', dataUrl: 'data:image/jpeg;base64,QUJD' }]));
  });

  it('a file that is not a picture is not saved, and the member is told', async () => {
    const props = renderEditor({ readImage: () => Promise.reject(new Error('decode')) });
    choose('notes.png');
    expect(await screen.findByRole('alert')).toHaveProperty('textContent', expect.stringMatching(/could not be read as a picture/));
    expect(props.save).not.toHaveBeenCalled();
  });

  it('the same picture twice is refused', async () => {
    const props = renderEditor({ gallery: [PATCH], readImage: async () => PATCH.dataUrl });
    choose('again.jpg');
    expect(await screen.findByRole('alert')).toHaveProperty('textContent', 'That image is already in the gallery.');
    expect(props.save).not.toHaveBeenCalled();
  });

  it('lists the pictures by name and removes one', () => {
    const other = { name: 'Badge', dataUrl: 'data:image/jpeg;base64,QkJC' };
    const props = renderEditor({ gallery: [PATCH, other] });
    expect(screen.getByRole('list', { name: 'Insignia gallery' }).textContent).toContain('DPD patch');
    fireEvent.click(screen.getByRole('button', { name: 'Remove DPD patch' }));
    expect(props.save).toHaveBeenCalledWith([other]);
  });

  it('a department gallery is shown, locked: no add field, no remove', () => {
    renderEditor({ gallery: [PATCH], locked: true });
    expect(screen.getByText('Set by your department')).toBeTruthy();
    expect(screen.queryByLabelText('Add a picture')).toBeNull();
    expect(screen.queryByRole('button', { name: /Remove/ })).toBeNull();
  });
});
