// One rule (detector) run alone on one text, as a rule's own examples are
// tested: no other detector, no context stage, no fallback.
import * as z from 'zod/mini';
import { defaultPack } from '../policy';
import type { PolicyPack } from '../policy/schema';
import type { Detector, DetectorHit } from './detector';
import { detectors } from './detectors';
import { normalize } from './normalize';
import type { EvaluationContext } from './types';

export function detectorFor(clause: string): Detector | undefined {
  return detectors.find((d) => d.clause === clause);
}

/** The hits of the detector for `clause` on `text`, with `pack`'s vocabulary and, if given, the options a pack would set. */
export function runRule(clause: string, text: string, pack: PolicyPack = defaultPack, context: EvaluationContext = {}, site = 'x.com', options?: Record<string, unknown>): DetectorHit[] {
  const detector = detectorFor(clause);
  if (!detector) throw new Error(`no detector for clause "${clause}"`);
  if (options !== undefined && !detector.options) throw new Error(`detector "${clause}" takes no options`);
  const parsed = options === undefined ? undefined : z.parse(detector.options!, options);
  return detector.detect({ text, norm: normalize(text), site, context, pack, ...(parsed === undefined ? {} : { options: parsed }) });
}
