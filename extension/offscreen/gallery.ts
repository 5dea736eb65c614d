// The insignia gallery (settings.insigniaGallery: department-supplied or
// member-added reference images) as matching descriptors, computed once per
// gallery and kept in memory only.
import { describeReference, type InsigniaReference } from '../../src/images/insignia';
import { dataUrlToBytes, decodeImage } from './decode';

export interface GalleryImage {
  name: string;
  dataUrl: string;
}

/** Cheap identity of a gallery's content, so the analysis context knows when to rebuild. */
export function galleryKey(gallery: readonly GalleryImage[]): string {
  let h = 2166136261;
  for (const g of gallery) {
    for (const s of [g.name, g.dataUrl]) {
      for (let i = 0; i < s.length; i += Math.max(1, Math.floor(s.length / 4096))) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
      h = Math.imul(h ^ s.length, 16777619);
    }
  }
  return `${gallery.length}:${(h >>> 0).toString(36)}`;
}

let cached: { key: string; refs: InsigniaReference[] } | undefined;

export function hasGallery(key: string): boolean {
  return cached?.key === key;
}

export function cachedGallery(key: string): InsigniaReference[] | undefined {
  return cached?.key === key ? cached.refs : undefined;
}

/** Describes every reference image; one that cannot be decoded is skipped. */
export async function loadGallery(key: string, gallery: readonly GalleryImage[]): Promise<InsigniaReference[]> {
  if (cached?.key === key) return cached.refs;
  const refs: InsigniaReference[] = [];
  for (const [i, g] of gallery.entries()) {
    try {
      const { bytes, mime } = dataUrlToBytes(g.dataUrl);
      const { raster } = await decodeImage(bytes, mime, 256);
      refs.push(describeReference(String(i), g.name, raster));
    } catch {
      console.warn(`Second Look: insignia reference ${i + 1} could not be decoded; skipped.`);
    }
  }
  cached = { key, refs };
  return refs;
}
