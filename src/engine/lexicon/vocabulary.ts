// Words that people mask with symbols ("p*rn", "f**k", "id!ot"): the
// normalizer resolves a masked token to the first of these that fits. The
// profanity list is data, in vocabulary.json.
import { EXPLICIT_TERMS } from './explicit';
import { SLURS } from './groups';
import { INSULT_ADJECTIVES, INSULT_NOUNS } from './insults';
import data from './vocabulary.json';

const PROFANITY: readonly string[] = data.profanity;

function byLength(lists: readonly (readonly string[])[]): Map<number, string[]> {
  const map = new Map<number, string[]>();
  for (const list of lists) {
    for (const word of list) {
      if (word.includes(' ')) continue;
      const bucket = map.get(word.length) ?? map.set(word.length, []).get(word.length)!;
      if (!bucket.includes(word)) bucket.push(word);
    }
  }
  return map;
}

// People mask the words they would not print: profanity and slurs before explicit
// words and insults ("n****s" is not "nudies"). Plural insults last, so "id***s"
// resolves to "idiots" without shadowing a singular or explicit word.
export const maskVocabulary: ReadonlyMap<number, string[]> = byLength([PROFANITY, SLURS, EXPLICIT_TERMS, INSULT_NOUNS, INSULT_ADJECTIVES, INSULT_NOUNS.map((n) => `${n}s`)]);

/**
 * Words a run of dashes may stand for whatever its length: news outlets print
 * "n--r" or "f--g" with fewer dashes than letters. Slurs first (a dashed word
 * in a quoted post is most often one), then profanity and insults; a mask
 * needs two known letters to be read this way.
 */
export const dashMaskWords: readonly string[] = [...new Set([...SLURS, ...PROFANITY, ...INSULT_NOUNS, ...INSULT_NOUNS.map((n) => `${n}s`)].filter((w) => !w.includes(' ')))];

/** Words outlets mask besides slurs: profanity and explicit words. An insult ("nitwit") is printed, so it is no rival reading of a long mask. */
export const maskedRivals: ReadonlySet<string> = new Set([...PROFANITY, ...EXPLICIT_TERMS]);
