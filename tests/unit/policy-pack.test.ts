import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultPack, loadPolicyPack } from '../../src/policy';
import { durham2032R2 } from '../../src/policy/durham-2032-r2';

const orderText = readFileSync(new URL('../../../shared/policy/general-order-2032-R2.txt', import.meta.url), 'utf8')
  .replace(/\*\*/g, '')
  .replace(/^\s*-\s+/gm, '') // list bullets
  .replace(/\[([^\]]+)\]\(#\)/g, '$1')
  .replace(/\s+/g, ' ');
const clauseIds = [...readFileSync(new URL('../../../shared/policy/clauses.md', import.meta.url), 'utf8').matchAll(/^\| `([a-z-]+)` \|/gm)].map((m) => m[1]);
const squash = (s: string) => s.replace(/\s+/g, ' ').replace(/^- /, '');

describe('policy pack: G.O. 2032 R-2', () => {
  it('has every clause of clauses.md, and no other', () => {
    expect(clauseIds.length).toBe(16);
    expect(defaultPack.clauses.map((c) => c.id).sort()).toEqual([...clauseIds].sort());
  });

  it('quotes the order verbatim for every rule and exception', () => {
    for (const clause of defaultPack.clauses) {
      // "…" marks words of the order left out of a quote: each part must be verbatim.
      for (const part of clause.rule.split(' … ')) expect(orderText, clause.id).toContain(squash(part));
      for (const e of clause.exceptions) expect(orderText, `${clause.id}/${e.id}`).toContain(squash(e.quote));
    }
  });

  it('quotes every section and definition verbatim', () => {
    for (const s of defaultPack.sections) for (const line of s.text.split('\n')) expect(orderText, s.id).toContain(squash(line));
    for (const d of defaultPack.definitions) expect(orderText).toContain(`${d.term} – ${d.text}`);
    expect(defaultPack.definitions.map((d) => d.term)).toEqual(['Matters of Public Concern', 'Post', 'Profile', 'Social Media', 'Social Networking']);
  });

  it('carries the statutes: public facts and confidential records', () => {
    const cites = defaultPack.statutes.map((s) => s.cite);
    expect(cites).toEqual(expect.arrayContaining(['N.C.G.S. § 132-1.4', 'N.C.G.S. § 160A-168']));
    const personnel = defaultPack.statutes.find((s) => s.id === 'ncgs-160a-168')!;
    expect(personnel.public.join(' ')).toMatch(/salary/i);
    expect(personnel.confidential.join(' ')).toMatch(/reprimand/i);
  });

  it('loads another agency\'s pack without engine changes, and rejects a broken one', () => {
    const other = structuredClone(durham2032R2);
    other.id = 'elsewhere-pd';
    other.agency.name = 'Elsewhere Police';
    expect(loadPolicyPack(other).id).toBe('elsewhere-pd');
    const dup = structuredClone(durham2032R2);
    dup.clauses.push(dup.clauses[0]!);
    expect(() => loadPolicyPack(dup)).toThrow(/duplicate clause id "official-voice"/);
    const bad = structuredClone(durham2032R2) as unknown as { version: string };
    bad.version = 'one';
    expect(() => loadPolicyPack(bad)).toThrow();
  });
});
