// Gallery matching off the analysis context's main thread, so it runs beside
// the TensorFlow.js models (main thread) and OCR (tesseract's own worker).
import { matchInsignia, type InsigniaReference } from '../../src/images/insignia';
import type { Raster } from '../../src/images/raster';

self.onmessage = (e: MessageEvent<{ id: number; raster: Raster; refs: InsigniaReference[] }>) => {
  const { id, raster, refs } = e.data;
  self.postMessage({ id, score: matchInsignia(raster, refs).score });
};
