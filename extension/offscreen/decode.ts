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
  // EXIF orientation applied, as the site will show it.
  const full = await createImageBitmap(blob, { imageOrientation: 'from-image' });
  try {
    const scale = Math.min(1, side / Math.max(full.width, full.height));
    const w = Math.max(1, Math.round(full.width * scale));
    const h = Math.max(1, Math.round(full.height * scale));
    const canvas = new OffscreenCanvas(w, h);
    const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
    ctx.imageSmoothingQuality = 'medium';
    ctx.drawImage(full, 0, 0, w, h);
    const data = ctx.getImageData(0, 0, w, h).data;
    return { canvas, raster: { width: w, height: h, data }, width: full.width, height: full.height };
  } finally {
    full.close();
  }
}
