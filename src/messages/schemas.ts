// Every message that crosses an extension boundary: one zod schema each,
// validated on receipt (see extension/*/ handlers). Browser-free so that the
// content script, background and popup share one definition.
import * as z from 'zod/mini';

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

export const EvaluateResponseSchema = z.object({
  type: z.literal('draft/result'),
  composerId: z.string(),
  seq: z.number(),
  findings: z.array(FindingSchema),
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
