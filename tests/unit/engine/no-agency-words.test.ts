// The engine names no agency: every agency word comes from a policy pack, so
// another agency's pack works without an engine change. Every registered
// pack's terms are checked.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packs, type PolicyPack } from '../../../src/policy';

const ENGINE = new URL('../../../src/engine/', import.meta.url).pathname;

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));
}

/** The pack's own words: names, initials, places, accounts, sign-offs (not generic ones like "the Department"). */
export function agencyTerms(pack: PolicyPack): string[] {
  const v = pack.vocabulary;
  const all = [
    pack.agency.name, ...pack.agency.aliases, ...pack.agency.cityAliases, ...pack.agency.officialAccounts.map((a) => a.replace(/^@/, '')),
    ...v.initials, ...v.city, ...v.places, ...v.hashtags, ...v.signOffs, ...v.districts, ...v.training, ...v.professionalSites,
  ];
  return [...new Set(all.map((t) => t.toLowerCase()).filter((t) => !/^the (?:department|city)$/.test(t)))];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('src/engine holds no agency vocabulary', () => {
  const sources = files(ENGINE).map((path) => ({ path: path.slice(ENGINE.length), text: readFileSync(path, 'utf8') }));
  const terms = [...new Set(['durham', 'dpd', 'bull city', 'salt lake', 'slcpd', ...packs.flatMap(agencyTerms)])];

  it('reads the engine (sources and data files)', () => {
    expect(sources.some((s) => s.path.endsWith('.ts'))).toBe(true);
  });

  for (const term of terms) {
    it(`no "${term}" under src/engine/`, () => {
      // Whole words, any spacing or punctuation between them ("Bull-City", "bull  city").
      const re = new RegExp(`(?<![a-z0-9])${term.split(/\s+/).map(escape).join('[\\s_.-]*')}(?![a-z0-9])`, 'i');
      const found = sources.filter((s) => re.test(s.text)).map((s) => s.path);
      expect(found, `move "${term}" into its pack's vocabulary`).toEqual([]);
    });
  }
});
