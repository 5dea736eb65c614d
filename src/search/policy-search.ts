// Ranked full-text search over the order (minisearch): prefix and typo
// tolerance, everyday synonyms, field boosts. Built on demand: the popup
// creates it on the first search so its first render stays fast.
import MiniSearch, { type Query, type SearchResult as MiniResult } from 'minisearch';
import type { PolicyPack } from '../policy/schema';
import { policyDocuments, SEARCH_FIELDS, type SearchDoc, type SearchDocKind } from './documents';
import { indexTerm, queryTerms, tokenize } from './terms';

export interface PolicySearchResult {
  doc: SearchDoc;
  score: number;
  /** Index terms that matched: pass to highlight() to mark them. */
  terms: string[];
  /** The passage (line or sentence) of the document that best matches. */
  snippet: string;
}

/** Clauses answer questions; sections are the long backdrop. */
const KIND_BOOST: Record<SearchDocKind, number> = { clause: 1.6, statute: 1.1, definition: 1, section: 0.45 };
/** "What is a matter of public concern?" wants the definition first. */
const DEFINITION_QUESTION = /^\s*(?:what(?:'s|\s+is|\s+are|\s+does|\s+counts\s+as)|define|definition|meaning)\b/i;
const FIELD_BOOST = { title: 3, keywords: 4, text: 1, explanation: 1.5, exceptions: 1.5, facts: 1.2, label: 0.5 };

export interface PolicySearch {
  search(query: string, limit?: number): PolicySearchResult[];
  readonly documents: readonly SearchDoc[];
}

export function createPolicySearch(pack: PolicyPack): PolicySearch {
  const documents = policyDocuments(pack);
  const byId = new Map(documents.map((d) => [d.id, d]));
  const index = new MiniSearch<SearchDoc>({
    fields: [...SEARCH_FIELDS],
    storeFields: [],
    tokenize,
    processTerm: indexTerm,
  });
  index.addAll(documents);

  return {
    documents,
    search(query, limit = 8) {
      const q = toQuery(query);
      if (!q) return [];
      const asksDefinition = DEFINITION_QUESTION.test(query);
      const hits: MiniResult[] = index.search(q.query, {
        boost: FIELD_BOOST,
        boostTerm: (term) => (q.synonyms.has(term) ? 0.5 : 1),
        boostDocument: (id) => {
          const kind = byId.get(String(id))!.kind;
          return KIND_BOOST[kind] * (asksDefinition && kind === 'definition' ? 4 : 1);
        },
        // Terms are already processed by toQuery.
        tokenize: (s) => [s],
        processTerm: (t) => t,
      });
      return hits.slice(0, limit).map((hit) => {
        const doc = byId.get(String(hit.id))!;
        return { doc, score: hit.score, terms: hit.terms, snippet: bestPassage(doc, new Set(hit.terms)) };
      });
    },
  };
}

/** The member's words (prefix + typo tolerant) OR'ed with their synonyms (exact, weaker). */
function toQuery(query: string): { query: Query; synonyms: Set<string> } | null {
  const words = tokenize(query).map((w) => ({ word: w, terms: queryTerms(w) })).filter((w) => w.terms.length);
  if (!words.length) return null;
  const own = [...new Set(words.map((w) => w.terms[0]!))];
  const synonyms = [...new Set(words.flatMap((w) => w.terms.slice(1)))].filter((s) => !own.includes(s));
  const queries: Query[] = [
    { queries: own, combineWith: 'OR', prefix: (t) => t.length >= 3, fuzzy: (t) => (t.length >= 5 ? 0.2 : false) },
  ];
  if (synonyms.length) queries.push({ queries: synonyms, combineWith: 'OR' });
  return { query: { queries, combineWith: 'OR' }, synonyms: new Set(synonyms) };
}

/** The passage with most matched terms, in the order: rule, exceptions, explanation, facts. */
function bestPassage(doc: SearchDoc, terms: Set<string>): string {
  const passages = [doc.text, doc.exceptions, doc.explanation, doc.facts]
    .flatMap((field) => field.split(/\n|(?<=[.;])\s+(?=[A-Z(-])/))
    // A list item's marker is layout, not words of the order.
    .map((p) => p.trim().replace(/^[-–—•*]\s+/, ''))
    .filter(Boolean);
  let best = passages[0] ?? '';
  let bestCount = -1;
  for (const p of passages) {
    const count = new Set(tokenize(p).map(indexTerm).filter((t): t is string => t !== null && terms.has(t))).size;
    if (count > bestCount) [best, bestCount] = [p, count];
  }
  return best.length > 280 ? `${best.slice(0, 277)}…` : best;
}
