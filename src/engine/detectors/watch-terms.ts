// Watch terms a unit configured (case-number prefixes, names it protects):
// each whole-word, case-insensitive occurrence is a medium finding.
// Terms with a digit read as case numbers (investigation-records), others as
// protected names (nonpublic-records).
import type { DetectorHit, DetectorInput } from '../detector';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function watchTermHits(input: DetectorInput, clause: 'investigation-records' | 'nonpublic-records'): DetectorHit[] {
  const hits: DetectorHit[] = [];
  for (const raw of input.context.watchTerms ?? []) {
    const term = raw.trim();
    if (!term || term.length > 200) continue;
    const isCase = /\d/.test(term);
    if ((clause === 'investigation-records') !== isCase) continue;
    // Word boundaries on the folded text; a prefix ending in a separator may continue ("2024-" matches "2024-00123").
    const tail = /[\w]$/.test(term) ? '(?![\\p{L}\\p{N}])' : '[\\p{L}\\p{N}-]*';
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${escape(term.toLowerCase())}${tail}`, 'gu');
    for (const m of input.norm.text.matchAll(re)) {
      const start = input.norm.map[m.index]!;
      const lastChar = m.index + m[0].length - 1;
      const end = Math.max(input.norm.map[m.index + m[0].length] ?? input.text.length, input.norm.map[lastChar]! + 1);
      hits.push({
        severity: 'medium',
        spans: [{ start, end }],
        message: `“${input.text.slice(start, end)}” is on your unit's watch list (${isCase ? 'a case-number prefix' : 'a protected name or term'}).`,
      });
      if (hits.length >= 50) return hits;
    }
  }
  return hits;
}
