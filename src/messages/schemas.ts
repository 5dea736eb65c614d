// Every message that crosses an extension boundary: one zod schema each,
// validated on receipt (see extension/*/ handlers). Browser-free so that the
// content script, background and popup share one definition.
import * as z from 'zod/mini';
import { DeepStateSchema } from '../deep-check/status';

/** Drafts above this size are refused with a clear error instead of evaluated. */
export const MAX_DRAFT_CHARS = 1_000_000;

const Severity = z.enum(['high', 'medium', 'info']);
const Span = z.object({ start: z.number().check(z.int(), z.gte(0)), end: z.number().check(z.int(), z.gte(0)) });

export const FindingSchema = z.object({
  clause: z.string(),
  severity: Severity,
  spans: z.array(Span),
  message: z.string(),
  why: z.string(),
  exceptions: z.array(z.object({ id: z.string(), question: z.string(), quote: z.string() })),
  suggestion: z.object({ advice: z.string(), replacement: z.optional(z.string()) }),
  downgradedBy: z.optional(z.string()),
  /** The draft's words the finding is about (its spans' text), for the popup; kept in memory only. */
  excerpt: z.optional(z.string()),
  /** Index in the draft's images when the finding comes from an attached image (spans are then empty). */
  image: z.optional(z.number().check(z.int(), z.gte(0))),
  /** Found by the browser's on-device model (the deep check), not the engine's rules. */
  source: z.optional(z.literal('deep-check')),
});

/** Content script → background: evaluate this composer's draft. */
export const EvaluateRequestSchema = z.object({
  type: z.literal('draft/evaluate'),
  /** Per-composer id chosen by the content script (not a DOM attribute). */
  composerId: z.string().check(z.maxLength(64)),
  /** Monotonic per composer: answers to older sequences are dropped. */
  seq: z.number().check(z.int(), z.gte(0)),
  site: z.string().check(z.maxLength(253)),
  text: z.string().check(z.maxLength(MAX_DRAFT_CHARS)),
});

/** The deep check as far as this draft is concerned; absent while it is off. */
export const DeepNoteSchema = z.object({
  state: DeepStateSchema,
  /** Why it does not run here, in words for the member (see src/deep-check/status.ts). */
  reason: z.optional(z.string().check(z.maxLength(400))),
});

export const EvaluateResponseSchema = z.object({
  type: z.literal('draft/result'),
  composerId: z.string(),
  seq: z.number(),
  findings: z.array(FindingSchema),
  deep: z.optional(DeepNoteSchema),
});

/** Content script → background: a composer went away (removed, navigated). */
export const ComposerGoneSchema = z.object({
  type: z.literal('composer/gone'),
  composerId: z.string().check(z.maxLength(64)),
});

/** Popup/tests → background: the latest report for a tab. */
export const ReportGetSchema = z.object({
  type: z.literal('report/get'),
  tabId: z.number().check(z.int()),
});

export const ReportSchema = z.object({
  tabId: z.number(),
  site: z.nullable(z.string()),
  findings: z.array(FindingSchema),
});

/** Popup → background: mark a clause as considered for the tab's current draft(s). */
export const AcknowledgeSchema = z.object({
  type: z.literal('finding/acknowledge'),
  tabId: z.number().check(z.int()),
  clause: z.string().check(z.maxLength(64)),
  acknowledged: z.boolean(),
});

export type Finding = z.infer<typeof FindingSchema>;
export type EvaluateRequest = z.infer<typeof EvaluateRequestSchema>;
export type EvaluateResponse = z.infer<typeof EvaluateResponseSchema>;
export type ComposerGone = z.infer<typeof ComposerGoneSchema>;
export type ReportGet = z.infer<typeof ReportGetSchema>;
export type Report = z.infer<typeof ReportSchema>;
export type Acknowledge = z.infer<typeof AcknowledgeSchema>;

/** Messages the background accepts from content scripts and extension pages. */
export const BackgroundMessageSchema = z.discriminatedUnion('type', [
  EvaluateRequestSchema,
  ComposerGoneSchema,
  ReportGetSchema,
  AcknowledgeSchema,
]);
export type BackgroundMessage = z.infer<typeof BackgroundMessageSchema>;

// --- Image checks (attached photos) -----------------------------------------
// Content script → background → analysis context (offscreen document on
// Chrome, the background page itself on Firefox). Images travel as data URLs
// (Chrome's runtime messaging serialises to JSON) and are never stored.

/** Largest attached image accepted for analysis: ~24 MB of file as base64. */
export const MAX_IMAGE_DATA_URL_CHARS = 32 * 1024 * 1024;
const ImageDataUrl = z.string().check(
  z.maxLength(MAX_IMAGE_DATA_URL_CHARS),
  z.regex(/^data:image\/(jpeg|png|webp|gif|bmp|avif|heic|heif);base64,[A-Za-z0-9+/]*={0,2}$/),
);
const ImageId = z.string().check(z.minLength(1), z.maxLength(64));

/** Content script → background: analyse this image attached to a composer; answered with image/result when done. */
export const ImageAnalyzeSchema = z.object({
  type: z.literal('image/analyze'),
  composerId: z.string().check(z.maxLength(64)),
  /** Chosen by the content script, unique per attachment. */
  imageId: ImageId,
  dataUrl: ImageDataUrl,
});

/** Content script → background: the image was removed from the composer (cancels its analysis). */
export const ImageRemovedSchema = z.object({
  type: z.literal('image/removed'),
  composerId: z.string().check(z.maxLength(64)),
  imageId: ImageId,
});

export const ImageStatus = z.enum(['done', 'cancelled', 'failed']);

/** Background → content script: the composer's findings once the image was checked (text and all images). */
export const ImageResultSchema = z.object({
  type: z.literal('image/result'),
  composerId: z.string(),
  imageId: z.string(),
  status: ImageStatus,
  findings: z.array(FindingSchema),
});

/** What the analysis context found in one image (engine input, see src/engine/types.ts ImageSignals). */
export const ImageSignalsSchema = z.object({
  ocrText: z.optional(z.string().check(z.maxLength(20_000))),
  hasGps: z.optional(z.boolean()),
  hasOwnerFields: z.optional(z.boolean()),
  faceCount: z.optional(z.number().check(z.int(), z.gte(0))),
  explicitScore: z.optional(z.number().check(z.gte(0), z.lte(1))),
  insigniaMatch: z.optional(z.number().check(z.gte(0), z.lte(1))),
});

/** A gallery reference as the analysis context receives it (from settings.insigniaGallery). */
const GalleryImage = z.object({ name: z.string().check(z.maxLength(100)), dataUrl: z.string().check(z.maxLength(500_000)) });

/** Background → offscreen document: analyse one image. */
export const OffscreenAnalyzeSchema = z.object({
  type: z.literal('offscreen/analyze'),
  jobId: z.string().check(z.maxLength(200)),
  dataUrl: ImageDataUrl,
  /** Identifies the gallery's content; the document keeps the descriptors of the last one it was sent. */
  galleryKey: z.string().check(z.maxLength(200)),
  /** Sent when the document answered `need-gallery`. */
  gallery: z.optional(z.array(GalleryImage).check(z.maxLength(50))),
  /** Run only these checks (benchmarks); all when absent. */
  only: z.optional(z.array(z.enum(['exif', 'insignia', 'ocr', 'faces', 'explicit']))),
});

/** Background → offscreen document: stop (or never start) this job. */
export const OffscreenCancelSchema = z.object({
  type: z.literal('offscreen/cancel'),
  jobId: z.string().check(z.maxLength(200)),
});

export const OffscreenMessageSchema = z.discriminatedUnion('type', [OffscreenAnalyzeSchema, OffscreenCancelSchema]);

/** Offscreen document → background: the answer to offscreen/analyze. */
export const OffscreenResultSchema = z.object({
  type: z.literal('offscreen/result'),
  jobId: z.string(),
  status: z.enum(['done', 'cancelled', 'failed', 'need-gallery']),
  signals: ImageSignalsSchema,
  /** Milliseconds per check (for the benchmark), and checks that hit their time limit. */
  timings: z.record(z.string(), z.number()),
  timedOut: z.array(z.string()),
});

export type ImageAnalyze = z.infer<typeof ImageAnalyzeSchema>;
export type ImageRemoved = z.infer<typeof ImageRemovedSchema>;
export type ImageResult = z.infer<typeof ImageResultSchema>;
export type ImageSignalsMessage = z.infer<typeof ImageSignalsSchema>;
export type OffscreenAnalyze = z.infer<typeof OffscreenAnalyzeSchema>;
export type OffscreenMessage = z.infer<typeof OffscreenMessageSchema>;
export type OffscreenResult = z.infer<typeof OffscreenResultSchema>;

/** Image messages the background accepts from content scripts (handled asynchronously, apart from BackgroundMessageSchema). */
export const ImageMessageSchema = z.discriminatedUnion('type', [ImageAnalyzeSchema, ImageRemovedSchema]);
export type ImageMessage = z.infer<typeof ImageMessageSchema>;

// --- Deep check (the browser's on-device language model) -------------------
// Runs in the background only: scheduled there after a longer pause in
// typing, cancelled when the draft changes, answered by a push to the frame.

/** Background → content script: the composer's findings with the deep check's merged in, for draft `seq`. */
export const DeepResultSchema = z.object({
  type: z.literal('deep/result'),
  composerId: z.string().check(z.maxLength(64)),
  seq: z.number().check(z.int(), z.gte(0)),
  findings: z.array(FindingSchema),
});

/** Content script → background: Post was pressed; check this composer's draft now instead of after the pause. */
export const DeepNowSchema = z.object({
  type: z.literal('deep/now'),
  composerId: z.string().check(z.maxLength(64)),
});

/** Popup / options page → background: what the deep check can do on this device. */
export const DeepStatusGetSchema = z.object({ type: z.literal('deep/status') });

/** Extension pages (the evaluation command) → background: run the deep check on a text now; nothing is kept. */
export const DeepCheckTextSchema = z.object({
  type: z.literal('deep/check-text'),
  text: z.string().check(z.maxLength(MAX_DRAFT_CHARS)),
  site: z.string().check(z.maxLength(253)),
});

/** The answer to deep/check-text: the outcome, the deep check's findings and the engine's with them merged. */
export const DeepCheckTextResultSchema = z.object({
  outcome: z.string(),
  deep: z.array(FindingSchema),
  merged: z.array(FindingSchema),
});

export const DeepMessageSchema = z.discriminatedUnion('type', [DeepNowSchema, DeepStatusGetSchema, DeepCheckTextSchema]);

export type DeepNote = z.infer<typeof DeepNoteSchema>;
export type DeepResult = z.infer<typeof DeepResultSchema>;
export type DeepNow = z.infer<typeof DeepNowSchema>;
export type DeepMessage = z.infer<typeof DeepMessageSchema>;
export type DeepCheckTextResult = z.infer<typeof DeepCheckTextResultSchema>;
