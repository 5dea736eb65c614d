// Lexicons kept as data (src/engine/lexicon/*.json): one phrase per entry, as
// the engine's word view sees it, with no regular-expression syntax (patterns
// escape every entry, so syntax would silently match nothing) and no
// duplicates.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { keysOf } from '../../../src/engine/pack-terms';

const DIR = new URL('../../../src/engine/lexicon/', import.meta.url).pathname;

/** Every list of strings in a JSON value, with its path ("exceptionCues[1].cues"). */
function lists(value: unknown, path = ''): { path: string; entries: unknown[] }[] {
  if (Array.isArray(value)) {
    if (value.every((v) => typeof v !== 'object' || v === null)) return [{ path, entries: value }];
    return value.flatMap((v, i) => lists(v, `${path}[${i}]`));
  }
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => lists(v, path ? `${path}.${k}` : k));
  return [];
}

/** What is wrong with one lexicon, as "path: entry: problem" lines. */
export function lintLexicon(name: string, data: unknown): string[] {
  const problems: string[] = [];
  for (const { path, entries } of lists(data)) {
    const seen = new Set<string>();
    entries.forEach((entry, i) => {
      const at = `${name} ${path}[${i}]`;
      if (typeof entry !== 'string' || entry === '') return problems.push(`${at}: not a phrase`);
      if (/[.*+?^${}()|[\]\\]/.test(entry)) problems.push(`${at}: "${entry}" holds regular-expression syntax`);
      else if (keysOf(entry) !== entry) problems.push(`${at}: "${entry}" is not in the word view (write "${keysOf(entry)}")`);
      if (seen.has(entry)) problems.push(`${at}: "${entry}" is listed twice`);
      seen.add(entry);
    });
  }
  return problems;
}

describe('lexicon lint', () => {
  const files = readdirSync(DIR).filter((f) => f.endsWith('.json'));

  it('finds the data lexicons', () => {
    expect(files).toContain('insignia.json');
  });

  for (const file of files) {
    it(`${file}: one word-view phrase per entry, no regex syntax, no duplicates`, () => {
      expect(lintLexicon(file, JSON.parse(readFileSync(join(DIR, file), 'utf8')))).toEqual([]);
    });
  }

  it('rejects regex syntax, duplicates and entries outside the word view', () => {
    expect(lintLexicon('t.json', { items: ['badge', 'badges?', 'badge', 'Patch', 'ar-15'] })).toEqual([
      't.json items[1]: "badges?" holds regular-expression syntax',
      't.json items[2]: "badge" is listed twice',
      't.json items[3]: "Patch" is not in the word view (write "patch")',
      't.json items[4]: "ar-15" is not in the word view (write "ar 15")',
    ]);
  });
});
