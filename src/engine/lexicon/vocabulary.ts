// Words that people mask with symbols ("p*rn", "f**k", "id!ot"): the
// normalizer resolves a masked token to the first of these that fits.
import { EXPLICIT_TERMS } from './explicit';
import { SLURS } from './groups';
import { INSULT_ADJECTIVES, INSULT_NOUNS } from './insults';

const PROFANITY = ['fuck', 'fucks', 'fucking', 'fuckin', 'fucked', 'fucker', 'fuckers', 'motherfucker', 'motherfuckers', 'motherfucking', 'shit', 'shitty', 'bitch', 'bitches', 'bastard', 'bastards', 'whore', 'whores', 'slut', 'sluts', 'sex', 'sexy', 'asshole', 'damn', 'crap', 'piss', 'porn', 'nsfw', 'nude', 'nudes', 'naked', 'sexy', 'kill'];

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

// Plural insults last, so "id***s" resolves to "idiots" without shadowing a singular or explicit word.
export const maskVocabulary: ReadonlyMap<number, string[]> = byLength([PROFANITY, EXPLICIT_TERMS, INSULT_NOUNS, INSULT_ADJECTIVES, SLURS, INSULT_NOUNS.map((n) => `${n}s`)]);
