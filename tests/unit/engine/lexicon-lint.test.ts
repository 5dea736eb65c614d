// Lexicons kept as data (src/engine/lexicon/*.json): one phrase per entry, as
// the engine's word view sees it, with no regular-expression syntax (patterns
// escape every entry, so syntax would silently match nothing), no duplicates,
// and no plural that the rules already derive. Typed patterns
// (*.patterns.json) must fit the pattern schema (src/engine/pattern.ts), and
// their phrases obey the same word-view rule.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { keysOf } from '../../../src/engine/pack-terms';
import { compile, PATTERN_SCHEMA, phrasesOf, type Pattern } from '../../../src/engine/pattern';
import { LEXICONS } from '../../../src/engine/lexicon';

/** Lists the rules match with an optional "s" (match.ts alt(list, true)): their plurals are derived, never listed. */
const PLURAL_DERIVED: Record<string, string[]> = { 'insults.json': ['nouns'], 'people.json': ['department', 'city', 'personNouns'] };

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
export function lintLexicon(name: string, data: unknown, pluralDerived: string[] = []): string[] {
  const problems: string[] = [];
  for (const { path, entries } of lists(data)) {
    const seen = new Set<string>();
    if (pluralDerived.includes(path)) {
      const all = new Set(entries);
      entries.forEach((entry, i) => {
        if (typeof entry === 'string' && entry.endsWith('s') && all.has(entry.slice(0, -1))) problems.push(`${name} ${path}[${i}]: "${entry}" is derived from "${entry.slice(0, -1)}" (plural added by the rules)`);
      });
    }
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

/** What is wrong with one pattern file: schema, phrases outside the word view, duplicates, patterns that do not compile. */
export function lintPatterns(name: string, data: unknown): string[] {
  const problems: string[] = [];
  if (!data || typeof data !== 'object' || Array.isArray(data)) return [`${name}: not an object of pattern lists`];
  for (const [key, list] of Object.entries(data)) {
    // A note for readers: what the lists are for.
    if (key === 'about' && typeof list === 'string') continue;
    const parsed = z.safeParse(z.array(PATTERN_SCHEMA), list);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) problems.push(`${name} ${key}[${issue.path.join('].[')}]: ${issue.message}`);
      continue;
    }
    const seen = new Set<string>();
    parsed.data.forEach((pattern: Pattern, i: number) => {
      const at = `${name} ${key}[${i}]`;
      for (const phrase of phrasesOf(pattern)) {
        // "." is the word view's sentence end.
        const words = phrase.split(' ').filter((w) => w !== '.').join(' ');
        if (/[*+?^${}()|[\]\\]/.test(phrase)) problems.push(`${at}: "${phrase}" holds regular-expression syntax`);
        else if (words !== '' && keysOf(words) !== words) problems.push(`${at}: "${phrase}" is not in the word view (write "${keysOf(words)}")`);
      }
      let source: string;
      try {
        source = compile(pattern, LEXICONS);
      } catch (e) {
        return problems.push(`${at}: ${(e as Error).message}`);
      }
      if (seen.has(source)) problems.push(`${at}: listed twice`);
      seen.add(source);
    });
  }
  return problems;
}

describe('lexicon lint', () => {
  const files = readdirSync(DIR).filter((f) => f.endsWith('.json') && !f.endsWith('.patterns.json'));
  const patternFiles = readdirSync(DIR).filter((f) => f.endsWith('.patterns.json'));

  it('finds the data lexicons', () => {
    expect(files).toEqual(expect.arrayContaining(['insignia.json', 'explicit.json', 'frames.json', 'groups.json', 'insults.json', 'people.json', 'records.json', 'safety.json', 'violence.json', 'vocabulary.json', 'work.json']));
    expect(patternFiles).toEqual(expect.arrayContaining(['violence.patterns.json', 'insults.patterns.json', 'groups.patterns.json', 'safety.patterns.json']));
  });

  it('every lexicon module is a typed wrapper over data (no word lists in TypeScript)', () => {
    for (const file of readdirSync(DIR).filter((f) => f.endsWith('.ts'))) {
      const source = readFileSync(join(DIR, file), 'utf8');
      expect(source, file).not.toMatch(/= \[\s*'/);
    }
  });

  for (const file of files) {
    it(`${file}: one word-view phrase per entry, no regex syntax, no duplicates, no derived plurals`, () => {
      expect(lintLexicon(file, JSON.parse(readFileSync(join(DIR, file), 'utf8')), PLURAL_DERIVED[file])).toEqual([]);
    });
  }

  for (const file of patternFiles) {
    it(`${file}: typed patterns that fit the schema, word-view phrases, no duplicates`, () => {
      expect(lintPatterns(file, JSON.parse(readFileSync(join(DIR, file), 'utf8')))).toEqual([]);
    });
  }

  it('rejects derived plurals in a list whose plural the rules add', () => {
    expect(lintLexicon('t.json', { nouns: ['clown', 'clowns', 'glass'] }, ['nouns'])).toEqual(['t.json nouns[1]: "clowns" is derived from "clown" (plural added by the rules)']);
  });

  it('rejects malformed patterns, regex syntax in a phrase and duplicates', () => {
    const problems = lintPatterns('t.patterns.json', { p: [['kill', { any: ['him', 'her'] }], 'deserves? a bullet', ['kill', { any: ['him', 'her'] }], [{ gap: 'x' }], [{ opt: 'maybe' }]] });
    expect(problems).toEqual([
      expect.stringMatching(/^t\.patterns\.json p\[3\]/),
    ]);
    const second = lintPatterns('t.patterns.json', { p: [['kill', { any: ['him', 'her'] }], 'deserves? a bullet', ['kill', { any: ['him', 'her'] }], [{ opt: 'maybe' }], ['Bad Case']] });
    expect(second).toEqual([
      't.patterns.json p[1]: "deserves? a bullet" holds regular-expression syntax',
      't.patterns.json p[2]: listed twice',
      't.patterns.json p[3]: pattern: a sequence needs at least one word that is not optional',
      't.patterns.json p[4]: "Bad Case" is not in the word view (write "bad case")',
    ]);
  });

  it('rejects regex syntax, duplicates and entries outside the word view', () => {
    expect(lintLexicon('t.json', { items: ['badge', 'badges?', 'badge', 'Patch', 'ar-15'] })).toEqual([
      't.json items[1]: "badges?" holds regular-expression syntax',
      't.json items[2]: "badge" is listed twice',
      't.json items[3]: "Patch" is not in the word view (write "patch")',
      't.json items[4]: "ar-15" is not in the word view (write "ar 15")',
    ]);
  });
});
