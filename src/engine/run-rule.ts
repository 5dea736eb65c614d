// One rule (detector) run alone on one text, as a rule's own examples are
// tested: no other detector, no context stage, no fallback.
import { defaultPack } from '../policy';
import type { PolicyPack } from '../policy/schema';
import type { Detector, DetectorHit } from './detector';
import { detectors } from './detectors';
import { normalize } from './normalize';
import type { EvaluationContext } from './types';

export function detectorFor(clause: string): Detector | undefined {
  return detectors.find((d) => d.clause === clause);
}

/** The hits of the detector for `clause` on `text`, with `pack`'s vocabulary. */
export function runRule(clause: string, text: string, pack: PolicyPack = defaultPack, context: EvaluationContext = {}, site = 'x.com'): DetectorHit[] {
  const detector = detectorFor(clause);
  if (!detector) throw new Error(`no detector for clause "${clause}"`);
  return detector.detect({ text, norm: normalize(text), site, context, pack });
}
