// Everyday senses of harm words: when "shoot", "kill", "hang" or "dead" name an
// errand, a recipe, a game, a topic or a state instead of an act against a
// person ("shoot them an email", "kill them with kindness", "make killing
// illegal", "long dead"), and where a harm lands on a body ("shot in the head"),
// which no everyday sense survives. Used by the frame grammar and the violent
// content rules.
import { FORCE_TARGETS } from './lexicon/frames';
import { GROUPS } from './lexicon/groups';
import { PERSON_NOUNS } from './lexicon/people';
import { has, window, words } from './match';
import type { NormalizedText } from './normalize';

const PEOPLE = PERSON_NOUNS.filter((n) => n !== 'one');
/** One-word objects a harm can take: pronouns, people, groups ("them", "kids", "looters"). */
const OBJECT_WORDS = new Set([...FORCE_TARGETS, ...PEOPLE, ...PEOPLE.map((n) => `${n}s`), ...GROUPS].filter((w) => !w.includes(' ')));
/** Where a harm lands on a body ("shot in the head"): an everyday follower ("in") then no longer makes it everyday. "arm" is left out ("a shot in the arm"). */
const BODY_PARTS = new Set(['heads', 'faces', 'chests', 'backs', 'necks', 'skulls', 'head', 'face', 'back', 'chest', 'neck', 'throat', 'skull', 'gut', 'guts', 'stomach', 'heart', 'leg', 'legs', 'knee', 'knees', 'kneecap', 'kneecaps', 'eye', 'eyes', 'mouth', 'teeth', 'ass', 'butt', 'balls', 'spine', 'temple']);
const POSSESSIVES = new Set(['the', 'his', 'her', 'their', 'your', 'its', 'them', 'him']);
/** Words right after a harm's pronoun object that make it an errand, a recipe or a game ("shoot them an email", "kill them with kindness", "hang them on the wall", "smoke them low and slow", "bury them in the second half"). */
const OBJECT_EVERYDAY_AFTER = new Set(['a', 'an', 'with', 'in', 'on', 'up', 'out', 'at', 'to', 'into', 'onto', 'for', 'off', 'around', 'low', 'some']);
/** After "on": where an act is shown or when it is done, not where a thing goes ("hang them on TV", "shoot them on sight"). */
const ON_STAGE = new Set(['tv', 'television', 'camera', 'live', 'sight', 'youtube', 'video', 'stage']);
/** A second object after "him"/"her" ("shoot him a text", "give her some"). */
const DOUBLE_OBJECT = new Set(['a', 'an', 'some']);
/** After "a"/"some": a count of blows or shots, not a second object ("a few times", "a couple rounds"). */
const COUNTED = new Set(['times', 'time', 'rounds', 'round', 'more', 'shots', 'bullets', 'lead', 'hands', 'beating', 'beatdown', 'lesson']);
/** Words before "shot" that make it a noun of everyday life ("needs a shot", "a flu shot", "give him a shot"). */
const SHOT_NOUN_BEFORE = new Set(['a', 'another', 'flu', 'booster', 'covid', 'first', 'second', 'big', 'long', 'good', 'great', 'nice', 'best', 'fair', 'real']);

/** Verbs and prepositions that take an act as their topic ("make killing illegal", "ban shooting"). */
const TOPIC_BEFORE = new Set(['make', 'makes', 'made', 'making', 'ban', 'bans', 'banned', 'banning', 'outlaw', 'prevent', 'prevents', 'preventing', 'prohibit', 'criminalize', 'legalize', 'condone', 'condoning', 'glorify', 'glorifying', 'oppose', 'opposing', 'justify', 'justifying', 'excuse', 'excusing', 'investigate', 'investigating', 'report', 'reporting', 'reported', 'witnessed', 'witness', 'prosecute', 'prosecuting', 'condemn', 'condemning', 'mourn', 'mourning']);
/** Words before "dead" that make it a state, not a wish ("long dead", "already dead", "brain dead"). */
const STATE_BEFORE = new Set(['long', 'already', 'been', 'is', 'was', 'are', 'were', 'brain', 'half', 'nearly', 'almost', 'pronounced', 'declared', 'found', 'play', 'playing']);
/** Words that may sit between the possessive and the body part ("in the [expletive] face"). */
const BODY_INTENSIFIERS = new Set(['expletive', 'fucking', 'fuckin', 'damn', 'stupid', 'ugly', 'fat', 'little', 'big']);

/** "in/through the head", "in his back", "some guy in the face": within three words, a preposition, a possessive, maybe an intensifier, a body part. */
export function onBody(norm: NormalizedText, at: number, end: number): boolean {
  const t = norm.tokens;
  for (let p = at; p < Math.min(at + 3, end - 2); p++) {
    if (t[p]!.key !== 'in' && t[p]!.key !== 'through' && t[p]!.key !== 'to') continue;
    if (!POSSESSIVES.has(t[p + 1]!.key)) continue;
    const part = BODY_INTENSIFIERS.has(t[p + 2]!.key) && p + 3 < end ? p + 3 : p + 2;
    if (BODY_PARTS.has(t[part]!.key)) return true;
  }
  return false;
}

/**
 * The word at token `at` (a pronoun or a person) is the object of an errand, a recipe or a game, not a victim ("shoot them an email",
 * "kill them with kindness", "hang them on the wall"): the word after it says so, and nothing lands on a body
 * ("shoot them in the head"). "Them" is often a thing, so more words after it mark an errand; any object,
 * pronoun or noun, before a second object ("shoot him a text", "shoot the kids an email") or a destination
 * ("run the kids over to practice") is one.
 */
export function errandObject(norm: NormalizedText, at: number): boolean {
  const t = norm.tokens;
  const object = t[at]?.key;
  const after = t[at + 1];
  if (!object || !after || after.sent !== t[at]!.sent) return false;
  if (object !== 'over' && !OBJECT_WORDS.has(object)) return false;
  const next2 = t[at + 2]?.sent === after.sent ? t[at + 2]!.key : '';
  const next3 = t[at + 3]?.sent === after.sent ? t[at + 3]!.key : '';
  // "Run them over to the neighbors", "run the kids over to practice": a destination after the object.
  const destination = (after.key === 'over' && (next2 === 'to' || next2 === 'for')) || (object === 'over' && (after.key === 'to' || after.key === 'for')) || (at > 0 && (t[at - 1]!.key === 'them' || t[at - 1]!.key === 'em') && (after.key === 'to' || after.key === 'for'));
  // A second object ("shoot the kids a text", "shoot him an email"), but not a count of blows ("shoot him a few times").
  const secondObject = DOUBLE_OBJECT.has(after.key) && !COUNTED.has(next2) && !COUNTED.has(next3);
  // "hang them on TV", "shoot them on sight": a stage or a rule, not a wall.
  const staged = after.key === 'on' && ON_STAGE.has(next2);
  const errand = destination || secondObject || ((object === 'them' || object === 'em') && OBJECT_EVERYDAY_AFTER.has(after.key) && !staged);
  if (!errand) return false;
  let end = at + 1;
  while (end < t.length && t[end]!.sent === t[at]!.sent) end++;
  return !onBody(norm, at + 1, end);
}


/** The act named as a topic ("make killing people illegal", "ban shooting") or a state ("long dead"), from the word before it. */
export function actAsTopic(prev: string, harm: string): boolean {
  return TOPIC_BEFORE.has(prev) || (harm === 'dead' && STATE_BEFORE.has(prev));
}

/** "a shot", "a flu shot": the noun of needles, drinks and chances, from the word before it. */
export function shotAsNoun(prev: string, harm: string): boolean {
  return (harm === 'shot' || harm === 'shots') && SHOT_NOUN_BEFORE.has(prev);
}

/** Pests: "kill them all" about fruit flies is housekeeping. */
const PESTS = words('flies|fruit flies|ants|fire ants|roaches|cockroaches|mosquitoes|termites|bugs|weeds|mice|rats in the|wasps|hornets|spiders|ticks|fleas|bed bugs|gnats|aphids|slugs|moles|voles|squirrels|pigeons|geese|compost|composting|apples|tomatoes|squash|vegetables|veggies|produce|scraps|peels|eggshells|bulbs|seeds|yard waste|time capsule');
/** A friend addressed ("I'll kill you", "destroy you all"), not a third person. */
const AT_YOU = / (?:you|yall|ya|you all|you guys)$/;
/** Games and leagues: "fantasy draft tonight, I'm going to destroy you all". */
const GAME_TALK = / (?:fantasy|draft|trivia|poker|chess|checkers|golf|tennis|pickleball|cornhole|beer pong|ping pong|mario kart|fortnite|madden|fifa|call of duty|halo|apex|game night|board games?|tournament|scrimmage|league|bracket|bowling|darts|monopoly|uno|euchre|spades|scrabble|wordle) /;
/** A household reason: "if you spoil the finale", "for eating my leftovers" — unless family is what is touched. */
const TRIVIAL_REASON = / (?:if you|if u|for) (?:ever )?(?:spoil|spoils|spoiling|eat|eats|eating|ate|drink|drinking|drank|finish|finishing|finished|take|taking|took|touch|touching|use|using|used|borrow|borrowing|wake|waking|forget|forgetting|forgot|like|liking|post|posting|tell|telling|show|showing|skip|skipping|cancel|cancelling|canceling|tag|tagging|steal|stealing|hog|hogging) (?!my (?:kids?|wife|husband|daughter|son|family|girlfriend|boyfriend|mom|mother|sister|brother|baby|children) )/;
const SPOILERS = / spoilers? /;
const ANYONE = new Set(['someone', 'somebody', 'whoever', 'anyone', 'anybody']);
/** A trade for a thing ("for a biscuit", "for one more coffee") or the maker of a nuisance ("whoever invented Mondays"). */
const TRIFLE = / for (?:a|an|some|one more|another|the last) (?!(?:living|reason|price|fee|dollar|dollars|fact|second)\b)[a-z]+| whoever (?:invented|made|designed|decided|came up with|thought|put|parked|left|took|ate|scheduled) /;

/** The object at token `at` (or the match's own last word) is "them"/"all" and the sentence is about pests or garden things ("do I bury the scraps or compost them?"). */
export function aboutPests(norm: NormalizedText, at: number, matched: string): boolean {
  const object = / (?:them|em|all)$/.test(` ${matched.toLowerCase()}`) ? 'them' : norm.tokens[at]?.key;
  return (object === 'them' || object === 'em' || object === 'all') && has(window(norm, at - 30, at + 10), PESTS);
}

/** The victim, from the word after the match's last token or its own last word. */
function victimOf(norm: NormalizedText, tok: number, matched: string): string {
  const next = norm.tokens[tok + 1];
  if (next !== undefined && next.sent === norm.tokens[tok]!.sent && (AT_YOU.test(` ${next.key}`) || ANYONE.has(next.key))) return next.key;
  return matched.toLowerCase().replace(/[^a-z ]/g, '').split(' ').pop() ?? '';
}

/**
 * A friend threatened in fun: "you" over a game, a spoiler or a household reason ("I'll kill you if you spoil the
 * finale"), or anyone at all for a trifle ("I'd murder someone for a biscuit", "strangle whoever invented Mondays").
 */
/** Someone close, named after "my": the usual victims of kitchen hyperbole. */
const CLOSE = new Set(['brother', 'sister', 'husband', 'wife', 'hubby', 'wifey', 'kid', 'kids', 'son', 'daughter', 'mom', 'dad', 'roommate', 'roomie', 'cousin', 'boyfriend', 'girlfriend', 'bf', 'gf', 'partner', 'teenager', 'teen']);
/** A household trifle taken or spoiled: "he ate my leftovers", "she finished the coffee". */
const HOUSEHOLD_TRIFLE = / (?:ate|eaten|eating|eats|drank|drinking|drinks|finished|finishing|stole|used|hid|broke|spoiled|spoiling|deleted|changed|unplugged)(?: [a-z]+){0,2} (?:leftovers|food|fries|snacks?|cake|pizza|coffee|beer|wine|charger|remote|netflix|password|show|finale|episode|seat|shampoo|ice cream|cookies?|chips|slice|wifi|thermostat|hoodie|lunch|dinner|breakfast|dessert|candy|chocolate) /;

export function playful(norm: NormalizedText, tok: number, matched: string): boolean {
  const victim = victimOf(norm, tok, matched);
  const sentence = window(norm, tok - 30, tok + 30, tok);
  // "gonna kill my brother, he ate my leftovers": someone close, over a trifle said in the next words.
  const close = norm.tokens[tok + 1]?.key === 'my' && CLOSE.has(norm.tokens[tok + 2]?.key ?? '') ? tok + 2 : norm.tokens[tok - 1]?.key === 'my' && CLOSE.has(norm.tokens[tok]?.key ?? '') ? tok : -1;
  if (close >= 0 && HOUSEHOLD_TRIFLE.test(window(norm, close, close + 20))) return true;
  if (AT_YOU.test(` ${victim}`) || AT_YOU.test(` ${matched.toLowerCase().replace(/[^a-z ]/g, '')}`)) return GAME_TALK.test(sentence) || TRIVIAL_REASON.test(sentence) || SPOILERS.test(sentence);
  return ANYONE.has(victim) && TRIFLE.test(sentence);
}

/** Any everyday sense of a violent match that ends at token `tok`: an errand's object, pests, or a friend teased. */
export function everydaySense(norm: NormalizedText, tok: number, matched: string): boolean {
  return errandObject(norm, tok) || aboutPests(norm, tok, matched) || playful(norm, tok, matched);
}
