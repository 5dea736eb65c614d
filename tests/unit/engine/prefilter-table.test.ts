// The build-time prefilter table (src/policy/prefilter-table.json) must be
// what the engine's patterns need today: a stale entry could skip a pattern
// that matches, so a lexicon or rule edit fails here until the table is rebuilt.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildPrefilterTable, TABLE_FILE } from '../../../scripts/prefilter-table';

describe('prefilter table', () => {
  it('matches every large pattern the engine uses (else: npm run -s prefilter-table)', () => {
    const built = buildPrefilterTable();
    expect(Object.keys(built).length).toBeGreaterThan(20);
    expect(JSON.parse(readFileSync(TABLE_FILE, 'utf8'))).toEqual(built);
  }, 120_000);
});
