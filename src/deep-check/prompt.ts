// The deep check's instructions and answer schema, built from the policy pack:
// the order's own words, its clause ids and its exceptions. Nothing about a
// clause is written here, so another agency's pack gets its own prompt.
import type { Clause, PolicyPack } from '../policy/schema';

/** Longest quote and reason the model may return (characters). */
export const MAX_QUOTE_CHARS = 300;
export const MAX_REASON_CHARS = 240;
/** More than this many points in one draft is not advice anymore. */
export const MAX_ITEMS = 6;

export interface DeepCheckPrompt {
  /** Instructions given once per session (the system prompt). */
  system: string;
  /** JSON Schema of the answer (Chrome's `responseConstraint`). */
  schema: Record<string, unknown>;
  /** Clause ids the model may name. */
  clauseIds: string[];
}

/** Clauses a draft's words can go against: prohibitions and reminders (permissions are never warned about). */
export function checkedClauses(pack: PolicyPack): Clause[] {
  return pack.clauses.filter((c) => c.kind !== 'permission');
}

function clauseBlock(c: Clause): string {
  const lines = [`- id "${c.id}" (${c.title}). The order says: "${c.rule}"`];
  for (const e of c.exceptions) lines.push(`  Not against this clause when: ${e.label} — the order: "${e.quote}" (${e.question})`);
  return lines.join('\n');
}

export function buildDeepCheckPrompt(pack: PolicyPack): DeepCheckPrompt {
  const clauses = checkedClauses(pack);
  const clauseIds = clauses.map((c) => c.id);
  const system = [
    `You check a draft that a member of the ${pack.agency.name} wants to post on a personal social-media account,`,
    `against ${pack.order.number}, "${pack.order.title}". The member decides; you only point out passages.`,
    'Read the draft as its audience would, including what it says by implication, coded words, sarcasm or references.',
    'For each clause below that the draft goes against, give the clause id, the exact words of the draft that do it',
    '(copied character for character from the draft, as few words as make the point), and one plain sentence saying why.',
    'Do not report a clause when one of its exceptions applies or when the draft only mentions the topic neutrally.',
    'When nothing in the draft goes against a clause, answer with an empty list. Answer only with JSON matching the schema.',
    '',
    'Clauses:',
    ...clauses.map(clauseBlock),
  ].join('\n');
  const schema = {
    type: 'object',
    properties: {
      findings: {
        type: 'array',
        maxItems: MAX_ITEMS,
        items: {
          type: 'object',
          properties: {
            clause: { type: 'string', enum: clauseIds },
            quote: { type: 'string', minLength: 1, maxLength: MAX_QUOTE_CHARS },
            reason: { type: 'string', minLength: 1, maxLength: MAX_REASON_CHARS },
          },
          required: ['clause', 'quote', 'reason'],
          additionalProperties: false,
        },
      },
    },
    required: ['findings'],
    additionalProperties: false,
  };
  return { system, schema, clauseIds };
}

/** The per-draft prompt: the draft fenced so its own words cannot pass for instructions. */
export function draftPrompt(text: string): string {
  return `Draft (between the markers):\n<<<DRAFT\n${text}\nDRAFT>>>`;
}
