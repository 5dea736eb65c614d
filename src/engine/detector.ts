// The contract every clause detector implements. A detector knows one clause;
// evaluate() turns its hits into findings using the policy pack's words.
import type * as z from 'zod/mini';
import type { PolicyPack } from '../policy/schema';
import type { EvaluationContext, Severity, Span } from './types';
import type { NormalizedText } from './normalize';

export interface DetectorInput {
  /** The draft exactly as typed. Spans index into this. */
  text: string;
  /** Folded text (case, look-alikes, l33t, spacing) with a map back to `text`. */
  norm: NormalizedText;
  site: string | undefined;
  context: EvaluationContext;
  pack: PolicyPack;
  /** The clause's options for this detector, already parsed by the detector's `options` schema. */
  options?: unknown;
}

export interface DetectorHit {
  severity: Severity;
  spans: Span[];
  message: string;
  /** Ids of the clause's exceptions worth asking about; default: all of them. */
  exceptions?: string[];
  /** Overrides the clause's generic rephrase advice. */
  advice?: string;
  /** Safe replacement for the first span. */
  replacement?: string;
  /** Exception or permission id that lowered the severity. */
  downgradedBy?: string;
}

export interface Detector {
  /** The detector's id; it runs for the clause with the same id unless a pack says otherwise. */
  clause: string;
  /** What a pack may set for this detector (clause `detectors[].options`); none: it takes no options. */
  options?: z.ZodMiniType;
  detect(input: DetectorInput): DetectorHit[];
}
