// Writes src/policy/prefilter-table.json: the required words (prefilter.ts)
// of every large pattern the engine checks drafts against, with every
// registered pack, so a freshly woken background does not analyse them again.
//
//   npm run -s prefilter-table            rewrite the table
//   npm run -s prefilter-table -- --check exit 1 when the table is stale
//
// A pattern the table misses still works (it is analysed at run time, just
// slower on the first draft); the unit test fails so the table is rebuilt.
import { readFileSync, writeFileSync } from 'node:fs';
import { largePatterns, sourceKey } from '../src/engine/match';
import { requiredWords } from '../src/engine/prefilter';
import { packs } from '../src/policy';
import { evaluateEveryInput, root } from './engine-inputs';

export const TABLE_FILE = `${root}src/policy/prefilter-table.json`;

/** The table the current engine needs, keys sorted. */
export function buildPrefilterTable(): Record<string, string[][] | null> {
  for (const pack of packs) evaluateEveryInput(pack, () => {});
  const table: Record<string, string[][] | null> = {};
  for (const [key, { flags, source }] of [...largePatterns].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const alts = requiredWords(source, flags);
    table[sourceKey(key)] = alts && alts.map((sets) => sets.map((set) => [...set].sort().join(' ')));
  }
  return Object.fromEntries(Object.entries(table).sort((a, b) => (a[0] < b[0] ? -1 : 1)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const text = `${JSON.stringify(buildPrefilterTable())}\n`;
  if (process.argv.includes('--check')) {
    if (readFileSync(TABLE_FILE, 'utf8') !== text) {
      process.stderr.write('prefilter-table: src/policy/prefilter-table.json is stale; run npm run -s prefilter-table\n');
      process.exit(1);
    }
  } else {
    writeFileSync(TABLE_FILE, text);
    process.stdout.write(`wrote ${TABLE_FILE} (${Object.keys(JSON.parse(text)).length} patterns, ${(text.length / 1024).toFixed(1)} kB)\n`);
  }
}
