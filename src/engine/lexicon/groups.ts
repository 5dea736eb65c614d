// Protected groups (race, gender, national origin, ethnicity, religion,
// sexual orientation), slurs, and the predicates that turn a mention into a
// demeaning generalisation. The words are data, in groups.json (word view)
// and groups.patterns.json (typed patterns, ../pattern.ts), both checked by
// tests/unit/engine/lexicon-lint.test.ts.
import data from './groups.json';
import patterns from './groups.patterns.json';
import type { Pattern } from '../pattern';

/** Nouns naming a protected group (plural and singular forms), their "ppl" spellings, and names that stand for a group ("foreign names"). */
export const GROUPS: readonly string[] = [...data.groups, ...data.groups.filter((g) => g.endsWith(' people')).map((g) => g.replace(/ people$/, ' ppl')), ...data.namedByName];

/**
 * Slurs that are also ordinary words (a raccoon, kindling, a levee, a chink in the armour), each with the words
 * around it that give its ordinary sense; an empty list means no context is listed, so the slur alone never reads
 * as the object of violence.
 */
export const SLURS_WITH_OTHER_SENSES: Readonly<Record<string, readonly string[]>> = data.slursWithOtherSenses;

/** Things a group's adjective can name instead of people ("Chinese food", "Irish setters"): after one, the group is not meant. */
export const GROUP_THING_NOUNS: readonly string[] = data.thingNouns;

/** "<group adjective> <role>" ("female officers"), kept as two lists: one regex, not 800 alternatives. */
export const GROUP_ROLE_PARTS: { readonly adjectives: readonly string[]; readonly roles: readonly string[] } = { adjectives: data.roleAdjectives, roles: data.roles };
/** "<group> <place>" ("Muslim neighborhoods"): places named by who lives or prays there; demeaning them demeans the group. */
export const GROUP_PLACE_PARTS: { readonly adjectives: readonly string[]; readonly places: readonly string[] } = { adjectives: data.placeAdjectives, places: data.places };

/**
 * Adjectives of origin, faith, colour and orientation, and the nouns that, right after one, call a group names:
 * nouns said only of people ("<origin> savages"), and animal or class nouns that need a pointing word before them
 * ("those <origin> rats"), since "African wild dogs" and "Russian peasants" in a history book name no one.
 */
export const GROUP_NAME_CALLING: { readonly adjectives: readonly string[]; readonly peopleOnly: readonly string[]; readonly animals: readonly string[] } = {
  adjectives: data.originAdjectives,
  peopleOnly: data.peopleOnlyContempt,
  animals: data.animalContempt,
};

/** Slurs: demeaning on their own (spellings the word view produces), including coined contempt words for a group. */
export const SLURS: readonly string[] = data.slurs;

/** Demeaning predicates about a group ("are all criminals", "too emotional"). */
export const GROUP_TRAITS: readonly string[] = data.traits;

/** Phrases of contempt or exclusion aimed at a group. */
export const GROUP_CONTEMPT: readonly string[] = data.contempt;

/** Standalone exclusionary slogans. */
export const EXCLUSION_SLOGANS = patterns.exclusionSlogans as readonly Pattern[];

/**
 * Stereotyping cues: with a protected group in the same or the next sentence
 * they make a generalisation ("you know how they are", "keep an eye on your
 * kids"). Alone they say nothing about a group.
 */
export const STEREOTYPE_CUES: readonly string[] = data.stereotypeCues;

/** Cues that stereotype only in a negative sentence ("same thing every time 🙄"), not in a warm one ("same thing every year, people love it"). */
export const WEAK_STEREOTYPE_CUES: readonly string[] = data.weakStereotypeCues;

/** Negative tone that turns a weak cue next to a group into a generalisation. */
export const NEGATIVE_TONE: readonly string[] = data.negativeTone;
