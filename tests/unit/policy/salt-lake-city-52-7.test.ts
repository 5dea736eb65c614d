import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadPolicyPack, PolicyPackSchema } from '../../../src/policy';
import { saltLakeCity52_7 } from '../../../src/policy/salt-lake-city-52-7';

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const source = squash(readFileSync(new URL('../../../docs/sources/salt-lake-city-52-7.txt', import.meta.url), 'utf8'));

interface Draft {
  id: string;
  site: string;
  text: string;
  clauses: string[];
  allow: string[];
}
const drafts: Draft[] = readFileSync(new URL('../../corpus/packs/salt-lake-city-52-7.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as Draft);

describe('policy pack: Salt Lake City 52-7', () => {
  const pack = loadPolicyPack(saltLakeCity52_7);
  const clauseIds = new Set(pack.clauses.map((c) => c.id));

  it('validates with the pack schema', () => {
    expect(PolicyPackSchema.safeParse(saltLakeCity52_7).success).toBe(true);
    expect(pack.id).toBe('salt-lake-city-52-7');
    expect(pack.agency.aliases).toContain('SLCPD');
  });

  it('quotes the manual verbatim for every rule, exception, section and definition', () => {
    for (const clause of pack.clauses) {
      // "…" marks words of the manual left out of a quote: each part must be verbatim.
      for (const part of clause.rule.split(' … ')) expect(source, clause.id).toContain(squash(part));
      for (const e of clause.exceptions) expect(source, `${clause.id}/${e.id}`).toContain(squash(e.quote));
    }
    for (const s of pack.sections) for (const line of s.text.split('\n')) expect(source, s.id).toContain(squash(line));
    for (const d of pack.definitions) expect(source).toContain(squash(d.text));
  });

  it('reuses the Durham clause ids where the meaning matches', () => {
    for (const id of ['official-voice', 'disparagement', 'insignia', 'investigation-records', 'nonpublic-records']) {
      expect(clauseIds.has(id), id).toBe(true);
    }
  });

  describe('its labelled drafts', () => {
    it('are well formed, with unique ids and real hosts', () => {
      expect(drafts.length).toBeGreaterThanOrEqual(40);
      expect(new Set(drafts.map((d) => d.id)).size).toBe(drafts.length);
      for (const d of drafts) {
        expect(d.site, d.id).toMatch(/^[a-z0-9.-]+\.[a-z]{2,}$/);
        expect(d.text.length, d.id).toBeGreaterThan(0);
        expect(Array.isArray(d.clauses) && Array.isArray(d.allow), d.id).toBe(true);
      }
    });

    it('use only clause ids the pack defines', () => {
      for (const d of drafts) for (const id of [...d.clauses, ...d.allow]) expect(clauseIds.has(id), `${d.id}: ${id}`).toBe(true);
    });

    it('are roughly half benign and cover every clause a draft can break', () => {
      const benign = drafts.filter((d) => d.clauses.length === 0).length;
      expect(benign / drafts.length).toBeGreaterThan(0.35);
      expect(benign / drafts.length).toBeLessThan(0.65);
      const used = new Set(drafts.flatMap((d) => d.clauses));
      expect([...clauseIds].filter((id) => !used.has(id))).toEqual([]);
    });

    it('name this agency, never Durham', () => {
      for (const d of drafts) expect(d.text, d.id).not.toMatch(/durham|\bDPD\b|bull city/i);
    });
  });
});
