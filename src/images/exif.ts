// EXIF → image signals. Where a photo was taken can reveal a home or a post;
// owner and serial fields name the member or their device (identity-privacy).
// Runs on the bytes of the file the member attached, on the device.
import exifr from 'exifr/dist/lite.esm.mjs';

/** Tags that name a person or identify one camera. */
export const OWNER_TAGS = [
  'Artist', 'Copyright', 'CameraOwnerName', 'OwnerName', 'BodySerialNumber', 'SerialNumber', 'LensSerialNumber', 'XPAuthor',
] as const;
const TIME_TAGS = ['DateTimeOriginal', 'CreateDate', 'DateTime'] as const;

export interface ExifSignals {
  hasGps: boolean;
  hasOwnerFields: boolean;
  /** Which owner tags were present (names only, never their values). */
  ownerTags: string[];
  /** When the photo was taken, ISO 8601, if recorded. Kept on the device. */
  takenAt?: string;
}

export const NO_EXIF: ExifSignals = { hasGps: false, hasOwnerFields: false, ownerTags: [] };

/** Pure part: signals from tags already parsed (exifr's merged output). */
export function exifSignalsFromTags(tags: Record<string, unknown> | undefined | null): ExifSignals {
  if (!tags) return NO_EXIF;
  const lat = tags.latitude ?? tags.GPSLatitude;
  const lon = tags.longitude ?? tags.GPSLongitude;
  const hasGps = isPresent(lat) && isPresent(lon) && !(isZero(lat) && isZero(lon));
  const ownerTags = OWNER_TAGS.filter((t) => isPresent(tags[t]));
  const out: ExifSignals = { hasGps, hasOwnerFields: ownerTags.length > 0, ownerTags };
  for (const t of TIME_TAGS) {
    const v = tags[t];
    if (v instanceof Date && !Number.isNaN(v.getTime())) {
      out.takenAt = v.toISOString();
      break;
    }
  }
  return out;
}

/** Parses only the blocks we need; a file without EXIF (PNG, stripped JPEG) gives NO_EXIF. */
export async function readExifSignals(bytes: ArrayBuffer | Uint8Array): Promise<ExifSignals> {
  try {
    const tags = (await exifr.parse(bytes, {
      tiff: true, ifd0: {}, exif: true, gps: true,
      xmp: false, iptc: false, icc: false, jfif: false, ihdr: false, interop: false, ifd1: false,
      mergeOutput: true, translateValues: false, sanitize: true,
    } as never)) as Record<string, unknown> | undefined;
    return exifSignalsFromTags(tags);
  } catch {
    // Unknown or damaged container: nothing to report, and never throw at the member.
    return NO_EXIF;
  }
}

function isPresent(v: unknown): boolean {
  if (v === undefined || v === null) return false;
  if (typeof v === 'string') return v.replace(/\0/g, '').trim().length > 0;
  if (typeof v === 'number') return Number.isFinite(v);
  if (Array.isArray(v) || ArrayBuffer.isView(v)) return (v as ArrayLike<unknown>).length > 0;
  return true;
}

function isZero(v: unknown): boolean {
  if (typeof v === 'number') return v === 0;
  if (Array.isArray(v)) return v.every((x) => x === 0);
  return false;
}
