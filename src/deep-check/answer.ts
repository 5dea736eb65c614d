// The model's answer, validated: JSON of the schema built in prompt.ts, read
// with zod. Anything else is no answer at all (nothing is shown).
import * as z from 'zod/mini';
import { MAX_ITEMS, MAX_QUOTE_CHARS, MAX_REASON_CHARS } from './prompt';

const ItemSchema = z.object({
  clause: z.string().check(z.minLength(1), z.maxLength(64)),
  quote: z.string().check(z.minLength(1), z.maxLength(MAX_QUOTE_CHARS * 2)),
  reason: z.string().check(z.minLength(1), z.maxLength(MAX_REASON_CHARS * 4)),
});

const AnswerSchema = z.object({ findings: z.array(ItemSchema).check(z.maxLength(MAX_ITEMS * 4)) });

export interface DeepItem {
  clause: string;
  quote: string;
  reason: string;
}

export type ParsedAnswer = { ok: true; items: DeepItem[] } | { ok: false; problem: 'not-json' | 'wrong-shape' };

/** Strips a Markdown code fence some models put around JSON even when asked not to. */
function unfenced(raw: string): string {
  const t = raw.trim();
  const m = /^```(?:json)?\s*\n([\s\S]*?)\n?```$/i.exec(t);
  return m ? m[1]! : t;
}

/** One sentence, at most MAX_REASON_CHARS, whitespace collapsed. */
function tidyReason(reason: string): string {
  const r = reason.replace(/\s+/g, ' ').trim();
  return r.length > MAX_REASON_CHARS ? `${r.slice(0, MAX_REASON_CHARS - 1).trimEnd()}…` : r;
}

/** Items naming a clause outside `clauseIds` are dropped one by one; a malformed answer drops everything. */
export function parseDeepAnswer(raw: string, clauseIds: readonly string[]): ParsedAnswer {
  let json: unknown;
  try {
    json = JSON.parse(unfenced(raw));
  } catch {
    return { ok: false, problem: 'not-json' };
  }
  const parsed = AnswerSchema.safeParse(json);
  if (!parsed.success) return { ok: false, problem: 'wrong-shape' };
  const known = new Set(clauseIds);
  const items = parsed.data.findings
    .filter((i) => known.has(i.clause) && i.quote.trim().length > 0 && i.reason.trim().length > 0)
    .slice(0, MAX_ITEMS)
    .map((i) => ({ clause: i.clause, quote: i.quote, reason: tidyReason(i.reason) }));
  return { ok: true, items };
}
