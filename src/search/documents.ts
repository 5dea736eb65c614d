// The whole order as searchable documents: sections, definitions, clauses
// (with their exceptions) and the statute summaries.
import type { PolicyPack } from '../policy/schema';
import { orderName } from '../policy/schema';

export type SearchDocKind = 'clause' | 'section' | 'definition' | 'statute';

export interface SearchDoc {
  /** Stable id, also the deep-link fragment: "clause/insignia", "statute/ncgs-160a-168". */
  id: string;
  kind: SearchDocKind;
  title: string;
  /** Where it sits: the clause's section, the statute's cite, or the order. */
  label: string;
  /** The order's words (clause rule, section text, definition, statute summary). */
  text: string;
  /** Plain-language explanation and how to say it within the order (clauses). */
  explanation: string;
  /** Exceptions: labels, questions and the order's words. */
  exceptions: string;
  /** Statutes: what is public and what stays confidential. */
  facts: string;
  keywords: string;
  /** The clause this document leads to (clauses, statutes that inform one). */
  clause?: string;
}

export const SEARCH_FIELDS = ['title', 'keywords', 'text', 'explanation', 'exceptions', 'facts', 'label'] as const;

export function policyDocuments(pack: PolicyPack): SearchDoc[] {
  const sectionTitle = new Map(pack.sections.map((s) => [s.id, s.title]));
  const docs: SearchDoc[] = [];
  for (const c of pack.clauses) {
    docs.push({
      id: `clause/${c.id}`,
      kind: 'clause',
      title: c.title,
      label: sectionTitle.get(c.section) ?? c.section,
      text: c.rule,
      explanation: `${c.explanation}\n${c.rephrase}`,
      // The question and the order's words on lines of their own: a snippet never runs one into the other.
      exceptions: c.exceptions.map((e) => `${e.label}. ${e.question}\n“${e.quote}”`).join('\n'),
      facts: '',
      keywords: c.keywords.join(', '),
      clause: c.id,
    });
  }
  for (const s of pack.statutes) {
    docs.push({
      id: `statute/${s.id}`,
      kind: 'statute',
      title: s.title,
      label: s.cite,
      text: s.summary,
      explanation: '',
      exceptions: '',
      facts: [...s.public.map((p) => `Public: ${p}`), ...s.confidential.map((p) => `Confidential: ${p}`)].join('\n'),
      keywords: s.cite,
      ...(s.clauses[0] ? { clause: s.clauses[0] } : {}),
    });
  }
  for (const d of pack.definitions) {
    docs.push({
      id: `definition/${d.term.toLowerCase().replace(/\W+/g, '-')}`,
      kind: 'definition',
      title: d.term,
      label: `${orderName(pack)}, Definitions`,
      text: d.text,
      explanation: '',
      exceptions: '',
      facts: '',
      keywords: '',
    });
  }
  for (const s of pack.sections) {
    docs.push({
      id: `section/${s.id}`,
      kind: 'section',
      title: s.title,
      label: `${orderName(pack)}`,
      text: s.text,
      explanation: '',
      exceptions: '',
      facts: '',
      keywords: '',
    });
  }
  return docs;
}
