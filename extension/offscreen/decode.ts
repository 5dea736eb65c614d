// Bytes in, pixels out: decodes an attached image with the browser's own
// decoders and scales it down once for every pixel-based check.
import type { Raster } from '../../src/images/raster';

/** Longer side the pixel checks see (models and OCR work at ~1024 px). */
export const ANALYSIS_SIDE = 1024;

export function dataUrlToBytes(dataUrl: string): { bytes: Uint8Array; mime: string } {
  const comma = dataUrl.indexOf(',');
  const mime = /^data:([^;,]+)/.exec(dataUrl)?.[1] ?? 'application/octet-stream';
  const bin = atob(dataUrl.slice(comma + 1));
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return { bytes, mime };
}

export interface Decoded {
  /** Scaled so the longer side is at most ANALYSIS_SIDE. */
  canvas: OffscreenCanvas;
  raster: Raster;
  /** Original size. */
  width: number;
  height: number;
}

export async function decodeImage(bytes: Uint8Array, mime: string, side = ANALYSIS_SIDE): Promise<Decoded> {
  const blob = new Blob([bytes as Uint8Array<ArrayBuffer>], { type: mime });
  // A large JPEG is decoded straight to about the analysis size (the decoder
  // can skip detail), not to 12 megapixels first. Only the width is given so
  // the aspect ratio holds after EXIF rotation (a rotated photo comes out up
  // to 4:3 larger than `side`, which is fine).
  const size = jpegSize(bytes);
  const resize = size && Math.max(size.width, size.height) > side ? { resizeWidth: Math.round((size.width * side) / Math.max(size.width, size.height)), resizeQuality: 'medium' as const } : {};
  const bitmap = await createImageBitmap(blob, { imageOrientation: 'from-image', ...resize });
  try {
    const scale = Math.min(1, side / Math.max(bitmap.width, bitmap.height));
    const w = Math.max(1, Math.round(bitmap.width * scale));
    const h = Math.max(1, Math.round(bitmap.height * scale));
    const canvas = new OffscreenCanvas(w, h);
    const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
    ctx.imageSmoothingQuality = 'medium';
    ctx.drawImage(bitmap, 0, 0, w, h);
    const data = ctx.getImageData(0, 0, w, h).data;
    return { canvas, raster: { width: w, height: h, data }, width: size?.width ?? bitmap.width, height: size?.height ?? bitmap.height };
  } finally {
    bitmap.close();
  }
}

/** Width and height from a JPEG's start-of-frame marker, or undefined. */
export function jpegSize(b: Uint8Array): { width: number; height: number } | undefined {
  if (b[0] !== 0xff || b[1] !== 0xd8) return undefined;
  let i = 2;
  while (i + 9 < b.length) {
    if (b[i] !== 0xff) return undefined;
    const marker = b[i + 1]!;
    const length = (b[i + 2]! << 8) | b[i + 3]!;
    // SOF0–SOF15 except DHT (C4), JPG (C8) and DAC (CC).
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { height: (b[i + 5]! << 8) | b[i + 6]!, width: (b[i + 7]! << 8) | b[i + 8]! };
    }
    i += 2 + length;
  }
  return undefined;
}
