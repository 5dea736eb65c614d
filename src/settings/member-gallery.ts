// The member's own insignia gallery is kept in storage.local, apart from the
// other settings: its reference images (data URLs) do not fit storage.sync's
// 8 KB per item and 100 KB in all. Earlier versions kept it in storage.sync;
// planGalleryMigration says what to move from there, once.
// (A department's gallery still comes from storage.managed, like every other
// setting it sets.)
import { InsigniaImageSchema, MAX_INSIGNIA_IMAGES, type InsigniaImage, type Settings } from './schema';

/** The storage key, the same in storage.local, the old storage.sync value and department policy. */
export const GALLERY_KEY = 'insigniaGallery' satisfies keyof Settings;

/** The items of a stored list that validate on their own (a list that fails as a whole can still hold good images). */
function validItems(raw: unknown): InsigniaImage[] {
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((item) => {
    const parsed = InsigniaImageSchema.safeParse(item);
    return parsed.success ? [parsed.data] : [];
  });
}

export interface GalleryMigration {
  /** The gallery to write to storage.local before the storage.sync key is removed. */
  gallery: InsigniaImage[];
  /** Items of the synced value that did not validate and are not carried over. */
  dropped: number;
}

/**
 * What to move when storage.sync still holds a gallery (null when it does not):
 * the local images first, then the synced ones not already there (same data
 * URL), up to the limit. Running it twice gives the same gallery, so a move
 * interrupted between writing local and removing sync, or two pages moving at
 * once, lose nothing and duplicate nothing.
 */
export function planGalleryMigration(syncItems: Record<string, unknown>, localItems: Record<string, unknown>): GalleryMigration | null {
  if (!(GALLERY_KEY in syncItems)) return null;
  const synced = validItems(syncItems[GALLERY_KEY]);
  // A value that is not even a list counts as one dropped item.
  const rawCount = Array.isArray(syncItems[GALLERY_KEY]) ? (syncItems[GALLERY_KEY] as unknown[]).length : 1;
  const gallery: InsigniaImage[] = [];
  const seen = new Set<string>();
  for (const item of [...validItems(localItems[GALLERY_KEY]), ...synced]) {
    if (seen.has(item.dataUrl) || gallery.length >= MAX_INSIGNIA_IMAGES) continue;
    seen.add(item.dataUrl);
    gallery.push(item);
  }
  return { gallery, dropped: rawCount - synced.length };
}

/** storage.sync's items without the gallery (the gallery is never read from there once moved). */
export function withoutGallery(syncItems: Record<string, unknown>): Record<string, unknown> {
  const rest = { ...syncItems };
  delete rest[GALLERY_KEY];
  return rest;
}

/** Longest side a member-added reference is stored at: matching reads references at 128 px, so 256 px keeps detail and each image small. */
export const GALLERY_REFERENCE_SIDE = 256;

export type GalleryAdd = { ok: true; gallery: InsigniaImage[] } | { ok: false; error: string };

/** "DPD_patch-2024.jpg" → "DPD patch 2024": a default name from the file's. */
export function nameFromFileName(fileName: string): string {
  const name = fileName.replace(/\.[a-z0-9]{2,5}$/i, '').replace(/[_-]+/g, ' ').replace(/\s+/g, ' ').trim();
  return (name || 'Reference image').slice(0, 100);
}

/** The member's gallery with one more reference, or why it cannot be added (said to the member). */
export function addToGallery(gallery: readonly InsigniaImage[], candidate: InsigniaImage): GalleryAdd {
  if (gallery.length >= MAX_INSIGNIA_IMAGES) return { ok: false, error: `The gallery holds at most ${MAX_INSIGNIA_IMAGES} images. Remove one first.` };
  const parsed = InsigniaImageSchema.safeParse({ name: candidate.name.trim().slice(0, 100), dataUrl: candidate.dataUrl });
  if (!parsed.success) return { ok: false, error: 'That image could not be used. Choose a PNG, JPEG or WebP picture.' };
  if (gallery.some((g) => g.dataUrl === parsed.data.dataUrl)) return { ok: false, error: 'That image is already in the gallery.' };
  return { ok: true, gallery: [...gallery, parsed.data] };
}
