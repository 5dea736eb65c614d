// Insults and contempt: the words that turn criticism into disparagement.
// The words are data, in insults.json (word view) and insults.patterns.json
// (typed patterns, ../pattern.ts), checked by tests/unit/engine/lexicon-lint.test.ts.
import data from './insults.json';
import patterns from './insults.patterns.json';
import type { Pattern } from '../pattern';

/** Nouns that insult a person or a group ("clown", "morons"). Singular: the rules derive the plural ("s"), so the list holds none. */
export const INSULT_NOUNS: readonly string[] = data.nouns;

/** Adjectives that insult ("spineless", "pathetic"). */
export const INSULT_ADJECTIVES: readonly string[] = data.adjectives;

/** Adjectives that are insults only when they stand alone after "is/are" (not before a noun: "sorry" / "weak"). */
export const WEAK_ADJECTIVES: readonly string[] = data.weakAdjectives;

/** Idioms that mock competence or loyalty. */
export const INSULT_IDIOMS = patterns.idioms as readonly Pattern[];

/** Mild criticism: not an insult; raised to a finding only with sensitivity 'strict'. */
export const CRITICISM: readonly string[] = data.criticism;

/** Profanity aimed at a target ("f*** the city"). */
export const CURSE_AT: readonly string[] = data.curseAt;
