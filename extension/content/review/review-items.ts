// What the review dialog says: the remaining warnings grouped by clause (a
// sentence each, the passage when the sentence does not quote it, the
// clause's exceptions asked once as questions), plus where "Edit" puts the
// caret. Pure, so it is unit-tested without a browser.
import type { DeepNote, Finding } from '../../../src/messages/schemas';

export interface ReviewPoint {
  /** The passage the warning is about, when the sentence does not already quote it. */
  excerpt: string;
  sentence: string;
}

/** One clause's warnings: a sentence each, and the clause's exceptions asked once. */
export interface ReviewItem {
  clause: string;
  severity: 'high' | 'medium';
  points: ReviewPoint[];
  /** Exceptions phrased as questions; shown as clearly as the rule. */
  questions: string[];
}

const EXCERPT_MAX = 80;

/** Findings that still call for a review: high or medium (acknowledged ones arrive as info). */
export function remainingWarnings(findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => f.severity === 'high' || f.severity === 'medium');
}

export function reviewItems(findings: readonly Finding[], text: string): ReviewItem[] {
  const items = new Map<string, ReviewItem>();
  const ordered = remainingWarnings(findings)
    .map((f) => ({ f, start: firstStart(f) }))
    .sort((a, b) => rank(b.f) - rank(a.f) || a.start - b.start);
  for (const { f } of ordered) {
    const severity = f.severity as 'high' | 'medium';
    // High and medium warnings of one clause stay apart: the badge must be true for each.
    const key = `${f.clause}:${severity}`;
    let item = items.get(key);
    if (!item) items.set(key, (item = { clause: f.clause, severity, points: [], questions: [] }));
    const sentence = asSentence(f.message);
    const excerpt = excerptOf(f, text);
    // Most messages already quote the passage: do not say it twice.
    item.points.push({ excerpt: excerpt && !sentence.includes(excerpt) ? excerpt : '', sentence });
    for (const e of f.exceptions) if (!item.questions.includes(e.question)) item.questions.push(e.question);
  }
  return [...items.values()];
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

/** What the review says about the on-device deep check for this draft; null when it is off or has answered. */
export function deepCheckNote(deep: DeepNote | undefined, answered: boolean): string | null {
  if (!deep || deep.state === 'off') return null;
  if (deep.reason) return `The on-device deep check is unavailable: ${deep.reason}`;
  if (deep.state === 'available' && !answered) return 'The on-device deep check has not finished reading this draft (Post never waits for it).';
  return null;
}
