// Image signals → findings on the same clauses as the text. The image
// pipeline (elsewhere) fills ImageSignals; here they become findings with
// empty spans and `image` = the image's index.
import { defaultPack } from '../policy';
import type { PolicyPack } from '../policy/schema';
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
/** POLICE / SHERIFF within two words of a badge-number-like token ("POLICE 4471", "SHERIFF #0123"). */
const BADGE_TEXT = /\b(?:police|sheriff'?s?)\b(?:\W+\w+){0,2}?\W+(?:no\.?\s*|#\s*)?\d{2,6}\b|(?:#\s*)?\b\d{2,6}\b(?:\W+\w+){0,2}?\W+(?:police|sheriff)\b/i;

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Text read in the photo that is the Department's own marking: an agency name
 * ("<CITY> POLICE"), or POLICE / SHERIFF beside a badge number — what a badge,
 * patch or patrol car shows. Returns the words seen, for the message.
 */
export function insigniaText(ocrText: string | undefined, pack: PolicyPack = defaultPack): string | undefined {
  if (!ocrText) return undefined;
  const text = ocrText.replace(/\s+/g, ' ').trim();
  // "the Department" alone is ordinary prose on a document, not a marking.
  const aliases = [pack.agency.name, ...pack.agency.aliases].filter((a) => !/^the\s/i.test(a)).sort((a, b) => b.length - a.length);
  const alias = aliases.length ? new RegExp(`\\b(?:${aliases.map((a) => escapeRegExp(a).replace(/\s+/g, '\\s+')).join('|')})\\b(?:\\W+(?:#\\s*)?\\d{2,6}\\b)?`, 'i').exec(text) : null;
  const badge = BADGE_TEXT.exec(text);
  const seen = alias ?? badge;
  return seen ? seen[0] : undefined;
}

export function imageHits(image: ImageSignals, caption: NormalizedText, pack: PolicyPack = defaultPack): ImageHit[] {
  const hits: ImageHit[] = [];
  const exception = insigniaException(caption, pack);
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
  const markingText = insigniaText(image.ocrText, pack);
  const captioned = ((image.faceCount ?? 0) > 0 || (image.insigniaMatch ?? 0) >= 0.5) && CAPTION_INSIGNIA.test(caption.text);
  if (insigniaSeen || markingText || captioned) {
    const message = insigniaSeen
      ? 'In the attached image: a Department badge, patch or logo.'
      : markingText
        ? `In the attached image: it shows Department insignia or text (“${markingText.slice(0, 60)}”), as on a badge, patch or patrol car.`
        : 'In the attached image: a person or insignia, and the caption mentions the uniform or badge.';
    hits.push(
      exception
        ? { clause: 'insignia', severity: 'info', spans: [], message: `${message} The caption names ${exception.label}, which the order allows.`, exceptions: [exception.exception], downgradedBy: exception.exception }
        : { clause: 'insignia', severity: 'high', spans: [], message },
    );
  }
  return hits;
}
