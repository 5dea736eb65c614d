// Format of the relabelled public data set samples in tests/corpus/real/ (README section "Public labelled data sets").
// Checks shape and provenance only; it never runs the engine on them, so they stay unseen until scored per source.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const FILES = ['hatexplain', 'ethos', 'ghc', 'tweeteval-hate', 'tweeteval-offensive'];
const CLAUSES = new Set([
  'official-voice', 'disparagement', 'explicit-content', 'violent-content', 'discriminatory-content', 'insignia',
  'investigation-records', 'personnel-records', 'nonpublic-records', 'third-party-content', 'officer-photos',
  'identity-privacy', 'city-equipment', 'administrative-investigation', 'department-content', 'professional-networking',
]);
const KEYS = ['id', 'site', 'text', 'clauses', 'allow', 'source', 'original_label'];
const SOURCE_KEYS = ['dataset', 'repo', 'path', 'row', 'licence', 'citation'];

interface Row { id: string; site: string; text: string; clauses: string[]; allow: string[]; source: Record<string, string>; original_label: string }

const read = (name: string): Row[] =>
  readFileSync(new URL(`../../corpus/real/${name}.jsonl`, import.meta.url), 'utf8')
    .split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Row);

describe('public data set samples', () => {
  const all = FILES.flatMap((f) => read(f).map((row) => ({ f, row })));

  it('ids are unique across files', () => {
    const ids = all.map(({ row }) => row.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(FILES)('%s rows have the corpus fields, known clauses and provenance', (f) => {
    for (const row of read(f)) {
      expect(Object.keys(row)).toEqual(KEYS);
      expect(row.text.length).toBeGreaterThan(0);
      expect(row.text.length).toBeLessThanOrEqual(400);
      for (const c of [...row.clauses, ...row.allow]) expect(CLAUSES.has(c), `${row.id}: ${c}`).toBe(true);
      expect(row.clauses.filter((c) => row.allow.includes(c))).toEqual([]);
      expect(Object.keys(row.source)).toEqual(SOURCE_KEYS);
      for (const k of SOURCE_KEYS) expect(row.source[k]?.length, `${row.id}: source.${k}`).toBeGreaterThan(0);
      expect(row.original_label.length).toBeGreaterThan(0);
    }
  });

  it('no text appears twice', () => {
    const texts = all.map(({ row }) => row.text.toLowerCase());
    expect(new Set(texts).size).toBe(texts.length);
  });
});
