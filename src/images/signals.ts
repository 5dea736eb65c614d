// Combines what each image check found into the engine's ImageSignals.
// A check that failed or ran out of time contributes nothing (never a guess).
import type { ImageSignals } from '../engine/types';

export type CheckName = 'exif' | 'insignia' | 'ocr' | 'faces' | 'explicit';

/** Each check's own part of the signals. */
export type PartialSignals = Partial<ImageSignals>;

const clamp01 = (x: number): number => (Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0);

/** OCR text is evaluated like draft text; keep it to what a caption could hold. */
export const MAX_OCR_CHARS = 5_000;

export function combineSignals(parts: readonly PartialSignals[]): ImageSignals {
  const out: ImageSignals = {};
  for (const p of parts) {
    if (p.hasGps) out.hasGps = true;
    else if (p.hasGps === false) out.hasGps ??= false;
    if (p.hasOwnerFields) out.hasOwnerFields = true;
    else if (p.hasOwnerFields === false) out.hasOwnerFields ??= false;
    if (p.faceCount !== undefined) out.faceCount = Math.max(out.faceCount ?? 0, Math.max(0, Math.round(p.faceCount)));
    if (p.explicitScore !== undefined) out.explicitScore = Math.max(out.explicitScore ?? 0, clamp01(p.explicitScore));
    if (p.insigniaMatch !== undefined) out.insigniaMatch = Math.max(out.insigniaMatch ?? 0, clamp01(p.insigniaMatch));
    if (p.ocrText) {
      const text = [out.ocrText, cleanOcrText(p.ocrText)].filter(Boolean).join('\n');
      if (text) out.ocrText = text.slice(0, MAX_OCR_CHARS);
    }
  }
  return out;
}

/** OCR output has stray symbols and runs of blank lines; keep words, digits and light punctuation. */
export function cleanOcrText(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/[^\p{L}\p{N}#&'.,:;!?()/-]+/gu, ' ').replace(/\s+/g, ' ').trim())
    .filter((line) => /[\p{L}\p{N}]{2,}/u.test(line))
    .join('\n');
}
