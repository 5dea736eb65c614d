// Image signals → findings on the same clauses as the text. The image
// pipeline (elsewhere) fills ImageSignals; here they become findings with
// empty spans and `image` = the image's index.
import type { DetectorHit } from './detector';
import { insigniaException } from './detectors/insignia';
import type { NormalizedText } from './normalize';
import type { ImageSignals } from './types';

export interface ImageHit extends DetectorHit {
  clause: string;
}

export const EXPLICIT_THRESHOLD = 0.7;
export const INSIGNIA_THRESHOLD = 0.8;
const CAPTION_INSIGNIA = /\b(?:uniforms?|badges?|patch(?:es)?|dress blues|class a|in blues)\b/;

export function imageHits(image: ImageSignals, caption: NormalizedText): ImageHit[] {
  const hits: ImageHit[] = [];
  const exception = insigniaException(caption);
  if (image.hasGps || image.hasOwnerFields) {
    const what = [image.hasGps && 'where it was taken (GPS)', image.hasOwnerFields && "the owner's name or device details"].filter(Boolean).join(' and ');
    hits.push({
      clause: 'identity-privacy',
      severity: 'medium',
      spans: [],
      message: `In the attached image: the file records ${what}.`,
      advice: 'Remove the location and owner details from the photo (or take a screenshot of it) before posting.',
    });
  }
  if ((image.faceCount ?? 0) > 0) {
    const n = image.faceCount!;
    hits.push({
      clause: 'officer-photos',
      severity: 'info',
      spans: [],
      message: `In the attached image: ${n === 1 ? 'a face' : `${n} faces`} — if ${n === 1 ? 'this is an officer' : 'these are officers'}, be ready to remove the photo when asked.`,
    });
  }
  if ((image.explicitScore ?? 0) >= EXPLICIT_THRESHOLD) {
    hits.push({ clause: 'explicit-content', severity: 'high', spans: [], message: 'In the attached image: the picture looks sexually explicit.' });
  }
  const insigniaSeen = (image.insigniaMatch ?? 0) >= INSIGNIA_THRESHOLD;
  const captioned = ((image.faceCount ?? 0) > 0 || (image.insigniaMatch ?? 0) >= 0.5) && CAPTION_INSIGNIA.test(caption.text);
  if (insigniaSeen || captioned) {
    const message = insigniaSeen
      ? 'In the attached image: a Department badge, patch or logo.'
      : 'In the attached image: a person or insignia, and the caption mentions the uniform or badge.';
    hits.push(
      exception
        ? { clause: 'insignia', severity: 'info', spans: [], message: `${message} The caption names ${exception.label}, which the order allows.`, exceptions: [exception.exception], downgradedBy: exception.exception }
        : { clause: 'insignia', severity: 'high', spans: [], message },
    );
  }
  return hits;
}
