// What the review dialog says: one item per remaining warning (a sentence,
// the passage it is about, the order's exceptions asked as questions), plus
// where "Edit" puts the caret. Pure, so it is unit-tested without a browser.
import type { Finding } from '../../../src/messages/schemas';

export interface ReviewItem {
  clause: string;
  severity: 'high' | 'medium';
  /** The passage the warning is about, shortened for the dialog. */
  excerpt: string;
  sentence: string;
  /** Exceptions phrased as questions; shown as clearly as the rule. */
  questions: string[];
}

const EXCERPT_MAX = 80;

/** Findings that still call for a review: high or medium (acknowledged ones arrive as info). */
export function remainingWarnings(findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => f.severity === 'high' || f.severity === 'medium');
}

export function reviewItems(findings: readonly Finding[], text: string): ReviewItem[] {
  return remainingWarnings(findings)
    .map((f) => ({ f, start: firstStart(f) }))
    .sort((a, b) => rank(b.f) - rank(a.f) || a.start - b.start)
    .map(({ f }) => ({ f, excerpt: excerptOf(f, text), sentence: asSentence(f.message) }))
    .map(({ f, excerpt, sentence }) => ({
      clause: f.clause,
      severity: f.severity as 'high' | 'medium',
      // Most messages already quote the passage: do not say it twice.
      excerpt: excerpt && !sentence.includes(excerpt) ? excerpt : '',
      sentence,
      questions: [...new Set(f.exceptions.map((e) => e.question))],
    }));
}

/** Offset of the first warned passage in the text, for "Edit"; undefined when no warning has a span. */
export function firstWarnedOffset(findings: readonly Finding[]): number | undefined {
  const starts = remainingWarnings(findings).flatMap((f) => f.spans.map((s) => s.start));
  return starts.length ? Math.min(...starts) : undefined;
}

function rank(f: Finding): number {
  return f.severity === 'high' ? 1 : 0;
}

function firstStart(f: Finding): number {
  return f.spans.length ? Math.min(...f.spans.map((s) => s.start)) : Number.MAX_SAFE_INTEGER;
}

function excerptOf(f: Finding, text: string): string {
  const span = [...f.spans].sort((a, b) => a.start - b.start)[0];
  if (!span || span.end <= span.start || span.start >= text.length) return '';
  const raw = text.slice(span.start, Math.min(span.end, text.length)).replace(/\s+/g, ' ').trim();
  return raw.length > EXCERPT_MAX ? `${raw.slice(0, EXCERPT_MAX - 1).trimEnd()}…` : raw;
}

function asSentence(message: string): string {
  const m = message.trim();
  return /[.!?…]$/u.test(m) ? m : `${m}.`;
}
