// The member's insignia gallery in the options page: reference pictures of the
// Department's badge, patches, logo or car markings that attached photos are
// matched against. Kept in this browser only (storage.local, never synced).
// When the department supplies the gallery it is shown, locked. Pure: the
// picture reading is passed in, so the form is unit-tested without a canvas.
import { useState } from 'preact/hooks';
import { addToGallery, nameFromFileName } from '../../src/settings/member-gallery';
import type { InsigniaImage } from '../../src/settings/schema';
import { LockedNote } from '../ui/settings-controls';

export interface GalleryEditorProps {
  gallery: readonly InsigniaImage[];
  locked: boolean;
  save: (gallery: InsigniaImage[]) => void | Promise<void>;
  /** Turns the chosen file into a stored reference (a data URL); rejects when it is not a picture. */
  readImage: (file: File) => Promise<string>;
}

export function GalleryEditor({ gallery, locked, save, readImage }: GalleryEditorProps) {
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const add = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    setBusy(true);
    try {
      const dataUrl = await readImage(file).catch(() => null);
      const added = dataUrl
        ? addToGallery(gallery, { name: name.trim() || nameFromFileName(file.name), dataUrl })
        : ({ ok: false, error: 'That file could not be read as a picture. Choose a PNG, JPEG or WebP image.' } as const);
      if (added.ok) {
        await save(added.gallery);
        setName('');
      }
      setError(added.ok ? null : added.error);
    } finally {
      input.value = '';
      setBusy(false);
    }
  };

  return (
    <fieldset class="list-editor gallery" id="insigniaGallery">
      <legend>
        Insignia gallery <LockedNote locked={locked} />
      </legend>
      <p class="small muted">
        Pictures of the Department's badge, patches, logo or car markings. A photo you attach to a post is compared with them on this
        device, even when the insignia is small, turned or partly cut off. They stay in this browser and are not synced.
      </p>
      {gallery.length > 0 ? (
        <ul aria-label="Insignia gallery">
          {gallery.map((g) => (
            <li key={g.dataUrl}>
              <img src={g.dataUrl} alt="" width={48} height={48} />
              <span>{g.name}</span>
              {!locked && (
                <button type="button" aria-label={`Remove ${g.name}`} onClick={() => void save(gallery.filter((x) => x !== g))}>
                  Remove
                </button>
              )}
            </li>
          ))}
        </ul>
      ) : (
        <p class="small">No reference pictures yet: attached photos are still read for text such as “POLICE” and badge numbers.</p>
      )}
      {!locked && (
        <div class="gallery-add">
          <div class="setting">
            <label for="gallery-name">Name (optional)</label>
            <input type="text" id="gallery-name" value={name} maxLength={100} placeholder="e.g. DPD shoulder patch" onInput={(e) => setName((e.currentTarget as HTMLInputElement).value)} />
          </div>
          <div class="setting">
            <label for="gallery-file">Add a picture</label>
            <input
              type="file"
              id="gallery-file"
              accept="image/png,image/jpeg,image/webp"
              disabled={busy}
              aria-invalid={error ? 'true' : undefined}
              aria-describedby={error ? 'gallery-error' : undefined}
              onChange={(e) => void add(e.currentTarget as HTMLInputElement)}
            />
          </div>
        </div>
      )}
      {error && (
        <p id="gallery-error" class="small" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}
