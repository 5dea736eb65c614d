// The engine's public vocabulary. Everything here is plain data so it can be
// structured-cloned across extension contexts and validated with zod there.

export type Severity = 'high' | 'medium' | 'info';

/** Ordering used to sort and to pick the strongest of several findings. */
export const SEVERITY_RANK: Record<Severity, number> = { high: 2, medium: 1, info: 0 };

/** A half-open range of UTF-16 code units in the draft text: text.slice(start, end). */
export interface Span {
  start: number;
  end: number;
}

/** Signals derived from attached images (filled in by the image pipeline). */
export interface ImageSignals {
  /** Text recognised in the image (OCR); evaluated like draft text. */
  ocrText?: string;
  hasGps?: boolean;
  hasOwnerFields?: boolean;
  faceCount?: number;
  explicitScore?: number;
  /** Best match against the insignia gallery, 0..1. */
  insigniaMatch?: number;
}

export interface Draft {
  text: string;
  /** Host the draft is typed on, e.g. "x.com". Optional for the CLI. */
  site?: string;
  images?: ImageSignals[];
}

export type Sensitivity = 'balanced' | 'strict';

export interface EvaluationContext {
  sensitivity?: Sensitivity;
  /** The member runs the extension on a City device: show `city-equipment`. */
  cityDevice?: boolean;
  /** Terms a unit wants protected (case-number prefixes, names). */
  watchTerms?: string[];
  /** Clause IDs the member marked as considered for this draft (drops them to info). */
  acknowledged?: string[];
}

export interface ExceptionNote {
  /** Exception id from the policy pack. */
  id: string;
  /** Phrased as a question to the member. */
  question: string;
  /** The order's own words for the exception. */
  quote: string;
}

export interface Suggestion {
  advice: string;
  /** Safe replacement text for the first span, when one exists. */
  replacement?: string;
}

export interface Finding {
  clause: string;
  severity: Severity;
  spans: Span[];
  /** One line for the member. */
  message: string;
  /** The clause's rule, quoted from the order. */
  why: string;
  exceptions: ExceptionNote[];
  suggestion: Suggestion;
  /** Set when an exception or permission lowered the severity. */
  downgradedBy?: string;
  /** Index in Draft.images when the finding comes from an attached image (spans are then empty). */
  image?: number;
  /** Set when the browser's on-device model found it (src/deep-check), not the engine's rules. */
  source?: 'deep-check';
}
