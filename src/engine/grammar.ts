// A small frame grammar over the word view, for what word lists miss in real
// posts: force approved, wished, ordered or joked about (a frame word, a harm
// word, and a person or group it is aimed at, in one sentence, not negated);
// dehumanising nouns applied to a group; contempt for the community the
// Department serves without naming the Department. Each part needs all of its
// pieces, so a harm word, an animal word or a group name alone stays quiet.
// Linear: phrase lookups token by token, bounded windows.
import { COMMUNITY_CONTEMPT, CONTEMPT_PERSONS, DEATH_CHEERS, DEATH_WORDS, DEHUMANISING, ENFORCEMENT_ACTS, IMPERATIVE_LEADS, CROWD_TOOLS, CROWDS, SARCASTIC_PRAISE, DEATH_APPROVAL, DEATH_DONE, ENJOY_FRAMES, GRIEF, ON_A_CALL_WORDS, ON_DUTY, RACE_WORDS, FORCE_FRAMES, FORCE_TARGETS, HARM_WORDS, LITERAL_ANIMAL, SERVED_COMMUNITY } from './lexicon/frames';
import { GROUP_NAME_CALLING, GROUP_THING_NOUNS, GROUPS, SLURS, SLURS_WITH_OTHER_SENSES } from './lexicon/groups';
import { INSULT_NOUNS } from './lexicon/insults';
import { PERSON_NOUNS } from './lexicon/people';
import { actAsTopic, errandObject, onBody, shotAsNoun } from './harm-senses';
import { alt, findWords, PhraseSet, words } from './match';
import type { NormalizedText } from './normalize';
import type { Span } from './types';

export interface FrameHit {
  span: Span;
  message: string;
  /** Token index of the span's first word, for checks on what comes before it. */
  firstTok?: number;
  /** Token index of the span's last word, for checks on what follows it. */
  lastTok?: number;
  /** Force frames: the harm is aimed at a protected group or at the community served, named by `groupName`. */
  group?: 'protected' | 'community';
  groupName?: string;
  /** Force frames: the harm is aimed at a class of people named by scorn ("the bums"). */
  scorned?: string;
}

interface Found {
  /** First and last token index. */
  from: number;
  to: number;
  phrase: string;
}

const HARM = new PhraseSet(HARM_WORDS);
const FRAME = new PhraseSet(FORCE_FRAMES);
const PEOPLE = PERSON_NOUNS.filter((n) => n !== 'one');
export const TARGET_WORDS = [...FORCE_TARGETS, ...PEOPLE, ...PEOPLE.map((n) => `${n}s`), ...GROUPS, ...SLURS];
const TARGET = new PhraseSet(TARGET_WORDS);
const DEHUMAN = new PhraseSet(DEHUMANISING);
const LITERAL = new PhraseSet(LITERAL_ANIMAL);
const PROTECTED_GROUPS = GROUPS.filter((g) => !['women', 'woman', 'men', 'girls', 'ladies', 'female', 'females', 'males', 'these people', 'those people', 'their kind', 'natives', 'irish'].includes(g));
const PROTECTED = new PhraseSet(PROTECTED_GROUPS);
const PROTECTED_NAMES = new Set(PROTECTED_GROUPS);
const THING_NOUNS = new Set(GROUP_THING_NOUNS);
const NATIONALITY_ADJECTIVES = new Set(GROUP_NAME_CALLING.adjectives);
const GROUP_NAMES = new Set(GROUPS);
const SLUR_NAMES = new Set(SLURS);
/** Words that open a question against what follows. */
const WHY = new Set(['why', 'how']);
/** Approval frames that count the dead ("another", "one less"). */
const CHEER_COUNTS = new Set(['another', 'one less', 'one more']);
const SCORNED_WORDS = new Set(CONTEMPT_PERSONS.filter((w) => !w.includes(' ')));
/** "would have" frames: before "been" they describe what would have happened. */
const COUNTERFACTUAL = new Set(['would have', 'wouldve']);
/** "who got", "that was": a relative clause that describes what happened to someone. */
const DESCRIBED_BY = new Set(['got', 'was', 'were', 'is', 'been', 'had']);
const RELATIVE = new Set(['who', 'that', 'which']);
/** Third-person forecasts ("X is going to …"). */
const PREDICTIONS = new Set(['is going to', 'are going to', 'will get', 'gonna get', 'going to get', 'gonna']);
/** Subjects of a forecast that threaten no one: "someone's going to get hurt". */
const INDEFINITE_SUBJECTS = new Set(['someone', 'somebody', 'someones', 'somebodys', 'people', 'kids', 'anyone', 'anybody', 'nobody', 'pedestrians', 'cyclists']);
const SPEAKER = new Set(['me', 'us', 'my', 'our', 'mine', 'myself']);
/** Person nouns that are also verbs, and the words that make them verbs ("don't judge", "I coach"). */
const VERB_LIKE_NOUNS = new Set(['judge', 'coach', 'host', 'guard', 'nurse', 'ref', 'referee', 'boss', 'mentor', 'babysit', 'chaperone']);
const VERB_BEFORE = new Set(['dont', 'didnt', 'never', 'cant', 'wont', 'to', 'please', 'pls', 'i', 'we', 'you', 'they', 'not', 'no']);
/** Slurs that are also words for animals, kindling, levees and gaps ("shoot the coon", "burn the faggots"): no violence read from them alone. */
const OTHER_SENSES = new Set(Object.keys(SLURS_WITH_OTHER_SENSES));
/** Words that may stand between a harm and its slur object ("gas all the …"). */
const SLUR_OBJECT_GAP = new Set(['the', 'all', 'some', 'those', 'these', 'them', 'every', 'a', 'few', 'more', 'dirty', 'fucking', 'damn']);
const COMMUNITY = new PhraseSet(SERVED_COMMUNITY);
const COMMUNITY_NAMES = new Set(SERVED_COMMUNITY);
const DUTY = new PhraseSet(ON_DUTY);
const CONTEMPT_WORDS = [...COMMUNITY_CONTEMPT, ...INSULT_NOUNS.filter((n) => !['joke', 'tool', 'hack', 'failure', 'ass', 'dump', 'circus', 'drunk', 'potato', 'potatoes', 'dinosaur', 'dinosaurs', 'sheep', 'paranoid', 'snowflake', 'incompetence', 'black hole', 'mafia'].includes(n)).flatMap((n) => (n.endsWith('s') ? [n] : [n, `${n}s`]))]; // "pos" has no plural "poss"
const CONTEMPT = new PhraseSet(CONTEMPT_WORDS);

const NEGATION = new Set(['not', 'no', 'never', 'dont', 'doesnt', 'didnt', 'shouldnt', 'wouldnt', 'wont', 'cant', 'cannot', 'nobody', 'noone', 'nothing', 'without', 'stop', 'against', 'isnt', 'arent', 'wasnt', 'werent', 'hasnt', 'havent', 'if']);
const OBLIGED_TO = new Set(['has to', 'have to', 'had to', 'got to']);
const PAST_PASSIVE = new Set(['was', 'were']);
/** Frames that make the author the one who would do it. */
const THREAT_FRAMES = new Set(['i will', 'ill', 'we will', 'well', 'i would', 'id', 'im going to', 'i am going to', 'imma', 'ima', 'finna', 'id have', 'i would have', 'gonna', 'is going to', 'are going to', 'lets', 'let them', 'let em', 'can i', 'can we', 'when can we', 'id like to', 'would love to', 'love to', 'cant wait', 'cannot wait', 'better be', 'will get', 'gonna get', 'going to get']);
/** Frames that propose or wish for what follows anywhere in their sentence ("I say … drop a bomb", "Hopefully by … he will be dead"). */
const SENTENCE_FRAMES = new Set(['i say', 'we say', 'hopefully']);
/** Pronouns that, right after a harm word, name its victim. */
const AIMED_AT = new Set(['you', 'him', 'her', 'them', 'em', 'yall']);
const JOKE_FRAMES = new Set(['feeling cute', 'is it wrong to', 'would it be wrong to', 'maybe', 'might']);
const APPROVAL_FRAMES = new Set(['good', 'glad', 'great', 'beautiful', 'justice', 'another', 'one less', 'one more', 'about time', 'finally', 'bye bye']);
const DETERMINERS = new Set(['the', 'a', 'an', 'some', 'this', 'that', 'these', 'those', 'my', 'his', 'her', 'their', 'your', 'our']);
const PASSIVE_FRAMES = new Set(['should', 'shouldve', 'should have', 'shoulda', 'must', 'need to', 'needs to', 'ought to']);
/** Curses that wish death on whoever is addressed, with no object needed ("go die in a fire"). */
const CURSES = new Set(['go die', 'drop dead', 'get raped']);
/** Frames after the harm that approve of it ("a slap in the face is justified"). */
const AFTER_FRAMES = new Set(['justified', 'deserved', 'warranted', 'well deserved', 'earned', 'called for']);
/** Frames that say the speaker will do it: the only ones that make "f*** him up" a threat ("the tequila is gonna …" is not). */
const FIRST_PERSON = new Set(['i will', 'ill', 'we will', 'well', 'i would', 'id', 'im going to', 'i am going to', 'imma', 'ima', 'id like to', 'i say', 'we say', 'would love to', 'cant wait', 'cannot wait', 'lets']);
/** Who may stand right before a bare "gonna" for it to count as FIRST_PERSON ("im gonna", "we gonna"). */
const FIRST_PERSON_SUBJECTS = new Set(['im', 'i', 'were', 'we']);
/** Verbs that read as an order at the start of a sentence ("Mow them down."). */
const IMPERATIVE = new Set(['death to', 'kill', 'shoot', 'slap', 'smack', 'punch', 'choke', 'hang', 'lynch', 'execute', 'run over', 'run them over', 'run em over', 'mow down', 'mow them down', 'wipe out', 'wipe them out', 'exterminate', 'bomb', 'drop a bomb', 'nuke', 'bulldoze', 'drown', 'open fire', 'pull the trigger', 'hose them', 'hose em', 'hose them down', 'hose em down', 'hose him down', 'hose her down', 'tase', 'taze', 'euthanize', 'slaughter', 'stab', 'strangle', 'smoke them', 'smoke em', 'light them up', 'light em up']);
/** Instruments of death that, named "for" someone, wish it on them ("body bags for these …"). */
const NOMINAL_HARM = new Set(['body bag', 'body bags', 'noose', 'nooses', 'gallows', 'firing squad', 'roadside bomb', 'road side bomb', 'car bomb', 'bloodbath', 'six feet under']);
const LEADS = new Set(IMPERATIVE_LEADS);
/** Words after a harm word that give it an everyday sense ("kill time", "shoot a text", "dead tired"). */
const EVERYDAY_AFTER = new Set(['it', 'time', 'the', 'a', 'an', 'some', 'my', 'me', 'us', 'laughing', 'tired', 'serious', 'last', 'end', 'battery', 'phone', 'out', 'up', 'on', 'around', 'with', 'in', 'to', 'for', 'photos', 'pics', 'hoops', 'video', 'text', 'message', 'email', 'shot', 'shots', 'calories', 'fat', 'inside', 'of', 'at', 'this', 'that', 'sorry', 'wrong', 'right', 'again', 'yet', 'down', 'talk', 'talking', 'dab', 'point', 'points', 'journal', 'proof', 'train', 'list']);
/** Harm words that need one of those everyday followers to be checked (others stand alone). */
const SENSE_CHECKED = new Set(['kill', 'kills', 'killed', 'killing', 'shoot', 'shoots', 'shot', 'shooting', 'hang', 'hangs', 'hung', 'hanging', 'die', 'dies', 'died', 'dead', 'bomb', 'bombed', 'gas', 'punch', 'slap', 'smack', 'knock out', 'knocked out', 'knock them out', 'knock him out', 'knock her out', 'knocked him out', 'knocked her out', 'knocking him out', 'knocking her out', 'rounds', 'a round', 'rot', 'double tap', 'speed bump', 'speed bumps', 'smash', 'smashed', 'smashing', 'bury', 'buried', 'beaten', 'beating', 'bullet', 'bullets']);
/** Token ranges [from, to) of each sentence. */
function sentenceRanges(norm: NormalizedText): [number, number][] {
  const out: [number, number][] = [];
  const t = norm.tokens;
  for (let i = 0; i < t.length; ) {
    let j = i;
    while (j < t.length && t[j]!.sent === t[i]!.sent) j++;
    out.push([i, j]);
    i = j;
  }
  return out;
}

/**
 * The first token of the sentences a word in sentence `n` may refer back to: the previous one, or the two
 * before it when the post is short ("home visits with people on benefits. … Lazy, all of them.").
 */
function contextStart(ranges: readonly [number, number][], n: number): number {
  if (n > 1 && ranges.length <= 4) return ranges[n - 2]![0];
  return n > 0 ? ranges[n - 1]![0] : ranges[n]![0];
}

/** Leftmost-longest phrase occurrences of a set inside tokens [from, to). */
function occurrences(norm: NormalizedText, set: PhraseSet, from: number, to: number): Found[] {
  const out: Found[] = [];
  const t = norm.tokens;
  for (let i = from; i < to; i++) {
    const candidates = set.byFirst.get(t[i]!.key);
    if (!candidates) continue;
    for (const parts of candidates) {
      const last = i + parts.length - 1;
      if (last >= to) continue;
      let ok = true;
      for (let k = 1; k < parts.length && ok; k++) ok = t[i + k]!.key === parts[k];
      if (!ok) continue;
      out.push({ from: i, to: last, phrase: parts.join(' ') });
      i = last;
      break;
    }
  }
  return out;
}

const spanOf = (norm: NormalizedText, from: number, to: number): Span => ({ start: norm.tokens[from]!.start, end: norm.tokens[to]!.end });

const PLACE_PREPOSITIONS = new Set(['in', 'at', 'from', 'near', 'across', 'around', 'outside', 'inside', 'downtown']);

/** A capitalised word inside the sentence (a name: "Smith must hang"), not its first word and not "I". */
function namedPerson(norm: NormalizedText, text: string, from: number, to: number, sentStart: number, skipFrom: number, skipTo: number): boolean {
  for (let k = Math.max(from, sentStart + 1); k < to; k++) {
    if (k >= skipFrom && k <= skipTo) continue;
    const tok = norm.tokens[k]!;
    // "Irish", "Polish": a people's adjective is capitalised but names no one.
    if (GROUP_NAMES.has(tok.key) || NATIONALITY_ADJECTIVES.has(tok.key)) continue;
    // An @handle names an account's owner.
    if (tok.key.startsWith('@') && tok.key.length > 2) return true;
    // "in Springfield", "at Target": a capitalised word after a preposition of place names a place.
    if (k > 0 && PLACE_PREPOSITIONS.has(norm.tokens[k - 1]!.key)) continue;
    const ch = text.charCodeAt(tok.start);
    if (ch >= 65 && ch <= 90 && tok.key !== 'i' && tok.key.length > 1 && text.slice(tok.start, tok.end) !== text.slice(tok.start, tok.end).toUpperCase()) return true;
  }
  return false;
}

/** "another thug shot", "one less dead": a count of the dead needs the harm at once or after a scorned person ("another native killing another officer" reports a killing). */
function countsTheDead(norm: NormalizedText, f: Found, h: Found): boolean {
  if (h.from === f.to + 1) return true;
  return h.from === f.to + 2 && SCORNED_WORDS.has(norm.tokens[f.to + 1]!.key);
}

/** Verbs that open an order a second, harmful one can join with "and" ("round them up and …", "go down there and …"). */
const ORDER_OPENERS = new Set(['go', 'round', 'line', 'drag', 'pull', 'take', 'grab', 'burn', 'lock', 'tie', 'chase', 'hunt', 'track', 'throw', 'find', 'try', 'send', 'put']);

/** Words right before an order that make it one: a lead ("just go …"), a wish or a proposal ("we should round …"). */
const PROPOSES = new Set([...IMPERATIVE_LEADS, 'to', 'should', 'lets', 'must', 'gotta', 'shall']);

/** The harm at `at` follows "and" (or "and then") inside an order that opens the sentence, with no negation before it. */
function coordinatedOrder(norm: NormalizedText, s: number, at: number): boolean {
  const t = norm.tokens;
  const and = t[at - 1]?.key === 'and' ? at - 1 : t[at - 1]?.key === 'then' && t[at - 2]?.key === 'and' ? at - 2 : -1;
  if (and <= s || and > s + 8) return false;
  // The first order opens the sentence, or follows a wish or proposal in its first words ("we need to try them … and then …").
  let first = -1;
  for (let k = s; k < Math.min(and, s + 5) && first < 0; k++) if (ORDER_OPENERS.has(t[k]!.key) && (k === s || PROPOSES.has(t[k - 1]!.key))) first = k;
  if (first < 0) return false;
  for (let k = s; k < and; k++) if (NEGATION.has(t[k]!.key)) return false;
  return true;
}

/** Verbs of holding: "hold the fire hose" names a tool in hand, not one turned on anyone. */
const HELD = new Set(['hold', 'holds', 'holding', 'held', 'carry', 'carried', 'carrying', 'try', 'tried', 'coil', 'coiled', 'roll', 'rolled']);

/** Force approved, wished for, ordered or joked about, aimed at a person or group. */
/**
 * A class of people named by scorn ("the bums", "these savages"): harm wished on them scorns the community served too.
 * Not offenders named by what they do (thugs, addicts, terrorists) and not plain insults (idiots): there the threat is the whole matter.
 */
const NAMED_BY_DEED = new Set(['thugs', 'terrorists', 'idiots', 'morons', 'losers', 'crackheads', 'junkies', 'methheads', 'tweakers', 'dopeheads', 'druggies']);
/** Pests are also killed as pests ("bury the rats in the compost"): no scorn of people read from them here. */
const PESTS = new Set(['rats', 'cockroaches', 'vermin', 'parasites', 'leeches']);
const SCORNED_CLASS = new Set(COMMUNITY_CONTEMPT.filter((w) => w.endsWith('s') && !w.includes(' ') && !NAMED_BY_DEED.has(w) && !PESTS.has(w)));
/** Violent-content and disparagement both read the force frames of one draft: find them once. */
const forceFramesOf = new WeakMap<NormalizedText, FrameHit[]>();

export function forceFrames(norm: NormalizedText, text: string): FrameHit[] {
  let hits = forceFramesOf.get(norm);
  if (!hits) forceFramesOf.set(norm, (hits = findForceFrames(norm, text)));
  return hits;
}

/** Verbs of a beating whose particle may follow the victim ("towel the suspects up"). */
const SPLIT_PARTICLE_VERBS = new Set(['rough', 'roughed', 'roughing', 'tune', 'tuned', 'tuning', 'towel', 'toweled', 'towelled', 'beat', 'beating', 'fuck', 'fucked', 'fucking']);

/** "towel the suspects up": the verb alone, as a harm, when "up" closes the people it names (one to three words later). */
function splitParticleHarms(norm: NormalizedText, s: number, e: number, targets: readonly Found[]): Found[] {
  const out: Found[] = [];
  for (const t of targets) {
    for (let v = t.from - 1; v >= Math.max(s, t.from - 2); v--) {
      const verb = norm.tokens[v]!.key;
      if (!SPLIT_PARTICLE_VERBS.has(verb)) continue;
      if (t.to + 1 < e && norm.tokens[t.to + 1]!.key === 'up') out.push({ from: v, to: v, phrase: `${verb} up` });
      break;
    }
  }
  return out;
}

function findForceFrames(norm: NormalizedText, text: string): FrameHit[] {
  const hits: FrameHit[] = [];
  for (const [s, e] of sentenceRanges(norm)) {
    // "don't judge", "I coach": a person noun used as a verb names no one.
    // "the Irish team", "these Polish pierogis": a group's adjective before a thing names the thing, not people.
    const targets = occurrences(norm, TARGET, s, e).filter((t) => !(VERB_LIKE_NOUNS.has(t.phrase) && t.from > s && VERB_BEFORE.has(norm.tokens[t.from - 1]!.key)) && !(GROUP_NAMES.has(t.phrase) && THING_NOUNS.has(norm.tokens[t.to + 1]?.key ?? '')));
    const harms = [...occurrences(norm, HARM, s, e), ...splitParticleHarms(norm, s, e, targets)].sort((a, b) => a.from - b.from);
    if (harms.length === 0) continue;
    const frames = occurrences(norm, FRAME, s, e);
    for (const h of harms) {
      const next = h.to + 1 < e ? norm.tokens[h.to + 1]!.key : '';
      // "kill the engine" is everyday, "kill the suspect" is not: a determiner needs a person right after it.
      const determiner = DETERMINERS.has(next) && targets.some((t) => t.from === h.to + 2 || t.from === h.to + 3);
      const landsOnBody = onBody(norm, h.to + 1, e);
      if (SENSE_CHECKED.has(h.phrase) && EVERYDAY_AFTER.has(next) && !determiner && !landsOnBody) continue;
      const prev = h.from > s ? norm.tokens[h.from - 1]!.key : '';
      if (actAsTopic(prev, h.phrase)) continue;
      // "let the kids hold the fire hose": a tool held, turned on no one.
      if (HELD.has(norm.tokens[h.from - 2]?.key ?? '') && DETERMINERS.has(prev)) continue;
      // "the guy who got stabbed": a description of a victim, not the act wished.
      if (h.from >= s + 2 && DESCRIBED_BY.has(prev) && RELATIVE.has(norm.tokens[h.from - 2]!.key)) continue;
      // A pronoun object, then a word that makes the act an errand, a recipe or a game ("shoot them an email"), unless it lands on a body ("shoot them in the head").
      if (errandObject(norm, / (?:them|em|him|her)$/.test(` ${h.phrase}`) || / (?:them|em) [a-z]+$/.test(h.phrase) ? h.to : h.to + 1)) continue;
      const objectNoun = targets.find((t) => t.from > h.to + 1 && t.from <= h.to + 3);
      if (objectNoun && errandObject(norm, objectNoun.to)) continue;
      // "a shot", "a flu shot": the noun of needles, drinks and chances, unless it lands on a body ("a shot to the head").
      if (shotAsNoun(prev, h.phrase) && !landsOnBody) continue;
      const aimedTargets = targets.filter((t) => t.from >= h.from - 10 && t.from <= h.to + 7 && (t.to < h.from || t.from > h.to));
      // An order opens its sentence, maybe after "just" or "so"; so does a curse ("Go die."; "my phone will die" curses no one).
      // A second order joined by "and" counts too ("Go downtown and <harm> the …"), when the sentence opens with one and nothing negates it.
      const opensSentence = h.from === s || (h.from === s + 1 && LEADS.has(norm.tokens[s]!.key)) || coordinatedOrder(norm, s, h.from);
      const curse = CURSES.has(h.phrase) && opensSentence;
      // A harm that lands on a body ("shot in the head") is aimed at a person even when no word names one.
      const targetByWord = / (?:them|em|people|all|him|her|you) /.test(` ${h.phrase} `) || aimedTargets.length > 0 || curse || landsOnBody;
      const targetByName = !targetByWord && namedPerson(norm, text, h.from - 3, Math.min(e, h.to + 3), s, h.from, h.to);
      if (!targetByWord && !targetByName) continue;
      // The frame comes before the harm, or just after it in the passive ("open fire should have been ordered").
      // A person right after the harm ("kill you", "shoot them") lets a threat or proposal frame reach back to the sentence's start.
      const aimed = (h.to + 1 < e && AIMED_AT.has(norm.tokens[h.to + 1]!.key)) || landsOnBody;
      // "Why should we send troops to kill people?": a question against the act, not a wish for it.
      // "Why hasn't anyone shot him yet?" asks for it: a negated why-question is a wish.
      const asksWhy = WHY.has(norm.tokens[s]!.key) && !NEGATION.has(norm.tokens[s + 1]?.key ?? '');
      const frame = asksWhy ? undefined :
        [...frames].reverse().find((f) => f.to < h.from && !(CHEER_COUNTS.has(f.phrase) && !countsTheDead(norm, f, h)) && (f.to >= h.from - (APPROVAL_FRAMES.has(f.phrase) ? 4 : 7) || SENTENCE_FRAMES.has(f.phrase) || (aimed && THREAT_FRAMES.has(f.phrase)))) ??
        frames.find((f) => f.from > h.to && f.from <= h.to + 2 && PASSIVE_FRAMES.has(f.phrase)) ??
        frames.find((f) => f.from > h.to && f.from <= h.to + 8 && AFTER_FRAMES.has(f.phrase));
      // An order: the sentence starts with the harm and its object follows at once ("Stab them all").
      // A harm named for someone, with no verb ("body bags for these …", "a noose for him").
      const nominal = !frame && NOMINAL_HARM.has(h.phrase) && next === 'for' && targets.some((t) => t.from >= h.to + 2 && t.from <= h.to + 6);
      // A slur as the harm's object needs no frame ("gas the <slur>"): no everyday sense survives it.
      // Not the agent of a passive ("slapped by <slur>"): only a determiner may stand between.
      const slurObject = !frame && h.phrase !== 'dead' && targets.some((t) => t.from > h.to && t.from <= h.to + 3 && SLUR_NAMES.has(t.phrase) && !OTHER_SENSES.has(t.phrase) && norm.tokens.slice(h.to + 1, t.from).every((w) => SLUR_OBJECT_GAP.has(w.key)));
      // A joined order needs its object at once ("… and shoot the wedding, they said" names no victim).
      const joined = opensSentence && h.from !== s && !(h.from === s + 1 && LEADS.has(norm.tokens[s]!.key));
      const objectReach = joined ? (DETERMINERS.has(next) || next === 'all' ? 2 : 1) : 3;
      const imperative = (!frame && nominal) || slurObject || (!frame && opensSentence && ((IMPERATIVE.has(h.phrase) && (/ (?:them|em|all|him|her) $/.test(` ${h.phrase} `) || targets.some((t) => t.from > h.to && t.from <= h.to + objectReach))) || curse));
      if (!frame && !imperative) continue;
      // "has to do with", "had to do with": a relation named, not an obligation.
      if (frame && OBLIGED_TO.has(frame.phrase) && norm.tokens[frame.to + 1]?.key === 'do' && norm.tokens[frame.to + 2]?.key === 'with') continue;
      // "We'll call him Sam, was killed …": a threat frame is future, a harm told in the past passive is what happened.
      if (frame && THREAT_FRAMES.has(frame.phrase) && frame.to < h.from && PAST_PASSIVE.has(prev)) continue;
      // "in that case she would have been shot": a counterfactual about what others do, not a wish.
      if (frame && COUNTERFACTUAL.has(frame.phrase) && norm.tokens[frame.to + 1]?.key === 'been') continue;
      // "good at killing weeds", "good at shooting": a skill named, not approval.
      if (frame && frame.phrase === 'good' && norm.tokens[frame.to + 1]?.key === 'at') continue;
      // "somebody's going to get run over", "you will get run over by a kid on skates": a forecast with nobody's hand, or another's.
      if (frame && PREDICTIONS.has(frame.phrase) && (INDEFINITE_SUBJECTS.has(norm.tokens[frame.from - 1]?.key ?? '') || (norm.tokens[h.to + 1]?.key === 'by' && !SPEAKER.has(norm.tokens[h.to + 2]?.key ?? '')))) continue;
      // "The Hurricanes are going to slaughter the Rangers": a prediction about names is a game, not a threat.
      if (targetByName && frame && PREDICTIONS.has(frame.phrase)) continue;
      if (frame && h.phrase.startsWith('fuck') && !(FIRST_PERSON.has(frame.phrase) || (frame.phrase === 'gonna' && frame.from > s && FIRST_PERSON_SUBJECTS.has(norm.tokens[frame.from - 1]!.key)))) continue;
      // A negation between the frame and the harm ("should not be shot", "hope nobody dies").
      let negated = false;
      for (let k = frame ? frame.to + 1 : h.from; k < h.from && !negated; k++) negated = NEGATION.has(norm.tokens[k]!.key);
      if (frame && frame.from > h.to) for (let k = h.to + 1; k < frame.from && !negated; k++) negated = NEGATION.has(norm.tokens[k]!.key);
      if (frame) for (let k = Math.max(s, frame.from - 2); k < frame.from && !negated; k++) negated = NEGATION.has(norm.tokens[k]!.key);
      if (negated) continue;
      const kind = imperative
        ? 'calls for violence against people'
        : THREAT_FRAMES.has(frame!.phrase)
          ? 'is a threat of violence'
          : JOKE_FRAMES.has(frame!.phrase)
            ? 'jokes about violence against people'
            : APPROVAL_FRAMES.has(frame!.phrase)
              ? 'approves of violence against people'
              : 'wishes violence on people';
      const from = frame ? Math.min(frame.from, h.from) : h.from;
      // An order or a harm named "for" someone reads with its object ("kill the bums", "body bags for these …").
      const object = imperative ? targets.find((t) => t.from > h.to && t.from <= h.to + (nominal ? 6 : 3)) : undefined;
      const span = spanOf(norm, from, object ? object.to : h.to);
      // Whom it is aimed at, when a target word names a protected group or the community served.
      const named = aimedTargets.find((t) => PROTECTED_NAMES.has(t.phrase)) ?? aimedTargets.find((t) => COMMUNITY_NAMES.has(t.phrase));
      const group = named ? { group: PROTECTED_NAMES.has(named.phrase) ? ('protected' as const) : ('community' as const), groupName: named.phrase } : {};
      const scorned = aimedTargets.find((t) => SCORNED_CLASS.has(t.phrase))?.phrase;
      hits.push({ span, lastTok: h.to, message: `“${text.slice(span.start, span.end)}” ${kind}.`, ...group, ...(scorned ? { scorned } : {}) });
      break;
    }
  }
  return hits;
}

/** Regret that opens a sentence ("too bad", "shame", "pity"). */
const REGRET = new PhraseSet(['too bad', 'to bad', 'shame', 'a shame', 'its a shame', 'what a shame', 'damn shame', 'pity', 'a pity', 'what a pity', 'unfortunately', 'sadly not', 'shame that', 'too bad that']);
/** Who may have survived: person words, pronouns, and the people news names after a shooting. */
const SURVIVOR = new PhraseSet([...TARGET_WORDS, 'he', 'she', 'they', 'shooter', 'gunman', 'attacker', 'killer', 'suspects', 'bastard', 'guy']);
/** Words of surviving; "lived" and "made it" only when they end the clause ("lived in Ohio" is an address). */
const SURVIVED = new PhraseSet(['survived', 'lived', 'made it', 'pulled through', 'is still alive', 'still alive', 'is still breathing', 'still breathing', 'didnt die', 'did not die', 'wasnt killed', 'werent killed', 'wasnt shot', 'didnt get shot', 'missed']);
const CLAUSE_END_ONLY = new Set(['lived', 'made it', 'missed']);
/** After "survived": an obituary ("is survived by") or a span of time, not a person who lived. */
const NOT_SURVIVAL = new Set(['by', 'only', 'just', 'long', 'for', 'until', 'til', 'into', 'in', 'with', 'so', 'there', 'here', 'near', 'next', 'to', 'on', 'at', 'out', 'through', 'the', 'a', 'my', 'his', 'her', 'their']);
/** Nobody dying, regretted: "none of them died", "nobody got hurt". */
const NOBODY = new PhraseSet(['nobody', 'no one', 'noone', 'none of', 'not one of', 'not a single one of']);
const DIED = new PhraseSet(['died', 'dies', 'was killed', 'were killed', 'got killed', 'got shot', 'was shot', 'were shot', 'got hit', 'got hurt', 'was hurt', 'were hurt', 'got run over', 'drowned', 'burned']);

/** Regret that a person lived, or that nobody died: "too bad he survived", "shame none of them got hurt". */
export function survivalRegretted(norm: NormalizedText, text: string): FrameHit[] {
  const hits: FrameHit[] = [];
  for (const [s, e] of sentenceRanges(norm)) {
    const regret = occurrences(norm, REGRET, s, Math.min(e, s + 4))[0];
    if (!regret) continue;
    const rest = regret.to + 1;
    let end = -1;
    let what = 'regrets that a person survived';
    const nobody = occurrences(norm, NOBODY, rest, Math.min(e, rest + 3))[0];
    if (nobody) {
      const died = occurrences(norm, DIED, nobody.to + 1, Math.min(e, nobody.to + 6))[0];
      // "none of my tomatoes died" names no one: after "none of", a person word or pronoun must come first.
      const person = nobody.phrase.endsWith('of') ? occurrences(norm, SURVIVOR, nobody.to + 1, died ? died.from : nobody.to + 1).length > 0 || ['them', 'em', 'those', 'these', 'yall'].includes(norm.tokens[nobody.to + 1]?.key ?? '') : true;
      if (died && person) end = died.to;
      what = 'regrets that nobody was killed or hurt';
    } else {
      // A person word, or a doer's noun after "the" ("the carjacker", "the perpetrator").
      const doer = (k: number) => k + 1 < e && DETERMINERS.has(norm.tokens[k]!.key) && /(?:er|or|ist|ant)$/.test(norm.tokens[k + 1]!.key) ? { from: k, to: k + 1, phrase: norm.tokens[k + 1]!.key } : undefined;
      const who = occurrences(norm, SURVIVOR, rest, Math.min(e, rest + 4))[0] ?? doer(rest) ?? doer(rest + 1);
      const lived = who && occurrences(norm, SURVIVED, who.to + 1, Math.min(e, who.to + 3))[0];
      if (who && lived) {
        const after = lived.to + 1 < e ? norm.tokens[lived.to + 1]!.key : '';
        const clauseEnds = lived.to + 1 >= e || /^[,;:!?)—-]/.test(text.slice(norm.tokens[lived.to]!.end).trimStart());
        if (CLAUSE_END_ONLY.has(lived.phrase) ? clauseEnds : !NOT_SURVIVAL.has(after)) end = lived.to;
      }
    }
    if (end < 0) continue;
    const span = spanOf(norm, regret.from, end);
    hits.push({ span, lastTok: end, message: `“${text.slice(span.start, span.end)}” ${what}.` });
  }
  return hits;
}

export interface GroupHit extends FrameHit {
  /** 'protected': a group the order names (race, religion…); 'community': people the Department serves. */
  group: 'protected' | 'community';
}

const CHEER = new PhraseSet(DEATH_CHEERS);
const DEATH = new PhraseSet(DEATH_WORDS);
const SCORNED = new PhraseSet(CONTEMPT_PERSONS);

/** Words of a contest: a rival "down" is out of the game. */
const CONTEST = new PhraseSet(['win', 'wins', 'won', 'series', 'game', 'games', 'season', 'playoffs', 'bracket', 'round', 'match', 'team', 'tournament', 'league', 'fantasy', 'draft', 'elimination', 'eliminated']);

/** A death cheered: a cheer, a contempt word for a person and a death word close to it, in one sentence ("bye bye, dirtbag, good riddance"). */
export function deathCheered(norm: NormalizedText, text: string): FrameHit[] {
  const hits: FrameHit[] = [];
  for (const [s, e] of sentenceRanges(norm)) {
    const cheers = occurrences(norm, CHEER, s, e);
    if (cheers.length === 0) continue;
    const scorned = occurrences(norm, SCORNED, s, e);
    if (scorned.length === 0) continue;
    // "rip" is rest-in-peace only written RIP or ending its sentence, not the verb ("rip it apart").
    const rest = (f: Found) => f.phrase !== 'rip' || f.to === e - 1 || text.slice(norm.tokens[f.from]!.start, norm.tokens[f.from]!.end) === 'RIP';
    const deaths = occurrences(norm, DEATH, s, e).filter(rest);
    if (!cheers.some(rest)) continue;
    const p = scorned.find((x) => deaths.some((d) => Math.abs(d.from - x.from) <= 4 && (d.to < x.from || d.from > x.to)));
    if (!p) continue;
    // "Another loser down, Bulls win the series": a rival knocked out of a contest.
    if (occurrences(norm, CONTEST, s, e).length > 0) continue;
    let negated = false;
    for (let k = Math.max(s, p.from - 3); k < p.from && !negated; k++) negated = NEGATION.has(norm.tokens[k]!.key);
    if (negated) continue;
    const from = Math.min(p.from, ...cheers.map((c) => c.from));
    const to = Math.max(p.to, ...deaths.map((d) => d.to).filter((t) => t <= p.to + 4));
    const span = spanOf(norm, from, to);
    hits.push({ span, lastTok: to, message: `“${text.slice(span.start, span.end)}” cheers a person's death.` });
  }
  return hits;
}

const ACT = alt(ENFORCEMENT_ACTS);
const RACE = alt(RACE_WORDS);
/**
 * Enforcement by race, said of oneself: "stopping them because they're <race>",
 * "never pull over anyone <race>", "good at racial profiling".
 */
const RACE_ENFORCEMENT = words(
  [
    `(?:${ACT})(?: [^ .]+){0,4}? because (?:they|theyre|he|hes|she|shes|its|their|his|her)(?: are| is| were| was)? (?:${RACE})`,
    `(?:only|never|dont|don t|always|wont|just)(?: [^ .]+)? (?:${ACT})(?: [^ .]+)? (?:anyone|anybody|any|no|the|those)(?: [^ .]+)? (?:${RACE})`,
    `(?:good at|love|loves|i do|we do|all about|believe in|proud of|great at|nothing wrong with) racial profiling`,
  ].join('|'),
);

export function raceBasedEnforcement(norm: NormalizedText, text: string): FrameHit[] {
  return findWords(norm, RACE_ENFORCEMENT).map((m) => ({ span: m.span, message: `“${text.slice(m.span.start, m.span.end)}” — enforcement decided by race.` }));
}

/** Force frames aimed at a protected group the draft names ("hope some <group> get killed"). */
export function forceOnProtectedGroups(norm: NormalizedText, text: string): FrameHit[] {
  return forceFrames(norm, text).flatMap((h) => (h.group === 'protected' ? [{ ...h, message: `${h.message.slice(0, -1)} — aimed at ${h.groupName} as a group.` }] : []));
}

/** Where people are praised as animals for how they play or dance: "animals on the dance floor", "beasts on the O-line". */
const PERFORMANCE = /^ (?:on|at) (?:the|that|this) (?:dance floor|floor|field|court|ice|mat|track|pitch|course|o line|d line|line|boards|stage|grill|lanes|slopes|trail|water|keyboard|drums|buffet|karaoke) /;
export function praisedPerformance(norm: NormalizedText, at: number): boolean {
  return PERFORMANCE.test(` ${norm.tokens.slice(at, at + 4).map((t) => t.key).join(' ')} `);
}

/** Verbs of clearing litter: what they pick up is litter, not people. */
const LITTER_VERBS = new Set(['picked', 'pick', 'picking', 'pickup', 'cleaned', 'clean', 'cleaning', 'collected', 'collect', 'collecting', 'hauled', 'bagged', 'removed', 'took', 'throw', 'threw', 'tossed']);
/** A refuse word taken as litter: a clearing verb in the six words before ("picked up every piece of trash"). */
export function litterTaken(norm: NormalizedText, tok: number): boolean {
  const sent = norm.tokens[tok]?.sent;
  return norm.tokens.slice(Math.max(0, tok - 6), tok).some((w) => w.sent === sent && LITTER_VERBS.has(w.key));
}
/** Talk of borders and deportation: the people a vermin word then names are immigrants. */
const IMMIGRATION = new PhraseSet(['into our country', 'into this country', 'into the country', 'our borders', 'our border', 'open borders', 'southern border', 'deport', 'deported', 'deportation', 'deportthemall', 'sendthemback', 'buildthewall', 'buildthatwall', 'build the wall', 'close the border', 'illegally']);
/** Verbs after "stop" that let people in: "stop letting …" is no negation of the insult. */
const ADMITTING = new Set(['letting', 'allowing', 'bringing', 'importing', 'admitting', 'welcoming']);

/** Animal, vermin, disease and refuse words applied to a group named in the same or the previous sentence. */
export function dehumanised(norm: NormalizedText, text: string): GroupHit[] {
  const hits: GroupHit[] = [];
  const ranges = sentenceRanges(norm);
  ranges.forEach(([s, e], n) => {
    const nouns = occurrences(norm, DEHUMAN, s, e);
    if (nouns.length === 0) return;
    const from = contextStart(ranges, n);
    if (occurrences(norm, LITERAL, from, e).length > 0) return;
    // "Chinese food is garbage": a group's adjective before a thing names the thing.
    // With no group named, talk of borders and deportation says who is meant ("bringing those rats into the country").
    const protectedGroup = occurrences(norm, PROTECTED, from, e).find((g) => !THING_NOUNS.has(norm.tokens[g.to + 1]?.key ?? '')) ?? occurrences(norm, IMMIGRATION, from, e)[0];
    // On the job, the people a plural animal word names are the people served ("been on shift an hour and the monkeys…").
    const community = occurrences(norm, COMMUNITY, from, e)[0] ?? occurrences(norm, DUTY, from, e).find(() => nouns[0]!.phrase.endsWith('s'));
    const group = protectedGroup ?? community;
    if (!group) return;
    const noun = nouns[0]!;
    // The noun must be said of people: after a copula, "like", "bunch of", a demonstrative, or as an exclamation.
    const before = norm.tokens.slice(Math.max(s, noun.from - 3), noun.from).map((t) => t.key).join(' ');
    // "… like a rabid dog", "are such animals": an article may stand between.
    const said = /(?:^| )(?:are|r|is|be|like|of|these|those|thes|same|damn|fucking|filthy|dirty|them|you|bunch|pack|herd|horde|the|all|just|nothing but|such|more|become|becoming)(?: an?)?$/.test(before) || noun.from === s;
    if (!said || praisedPerformance(norm, noun.to + 1)) return;
    if (litterTaken(norm, noun.from)) return;
    // "stop calling them animals" negates; "stop letting these animals in" does not.
    for (let k = Math.max(s, noun.from - 3); k < noun.from; k++) if (NEGATION.has(norm.tokens[k]!.key) && !ADMITTING.has(norm.tokens[k + 1]?.key ?? '')) return;
    const firstTok = Math.min(group.from, noun.from);
    const span = spanOf(norm, firstTok, Math.max(group.to, noun.to));
    hits.push({
      span,
      firstTok,
      group: protectedGroup ? 'protected' : 'community',
      message: protectedGroup
        ? `“${text.slice(span.start, span.end)}” — dehumanises ${protectedGroup.phrase} as animals, vermin or filth.`
        : `“${text.slice(span.start, span.end)}” — dehumanises people the Department serves (${COMMUNITY_NAMES.has(community!.phrase) ? community!.phrase : 'people met on the job'}).`,
    });
  });
  return hits;
}

// Not "believe": "can't believe how …" is surprise, not denial.
const SAYING = new Set(['tell', 'tells', 'say', 'says', 'claim', 'claims', 'think', 'call', 'calls', 'pretend']);
/** Inside a saying the writer denies: "don't let anyone tell you people on benefits are lazy". */
export function deniedSaying(norm: NormalizedText, s: number, at: number): boolean {
  for (let k = s; k < at; k++) {
    if (!SAYING.has(norm.tokens[k]!.key)) continue;
    for (let j = Math.max(s, k - 4); j < k; j++) if (NEGATION.has(norm.tokens[j]!.key)) return true;
  }
  return false;
}

/** Contempt for the community served: a community word and an insult or a contempt phrase within a sentence of each other. */
export function communityContempt(norm: NormalizedText, text: string): FrameHit[] {
  const hits: FrameHit[] = [];
  const ranges = sentenceRanges(norm);
  ranges.forEach(([s, e], n) => {
    const contempt = occurrences(norm, CONTEMPT, s, e);
    if (contempt.length === 0) return;
    const from = contextStart(ranges, n);
    const community = occurrences(norm, COMMUNITY, from, e);
    if (community.length === 0) return;
    const c = contempt[0]!;
    if (deniedSaying(norm, s, c.from)) return;
    // "entitled to breaks": a right named, not a sneer.
    if (c.phrase === 'entitled' && norm.tokens[c.to + 1]?.key === 'to') return;
    if (litterTaken(norm, c.from)) return;
    for (let k = Math.max(s, c.from - 3); k < c.from; k++) if (NEGATION.has(norm.tokens[k]!.key)) return;
    const span = spanOf(norm, c.from, c.to);
    hits.push({ span, message: `“${text.slice(span.start, span.end)}” — contempt for people the Department serves (${community[0]!.phrase}).` });
  });
  return hits;
}

/** Pointing words and scorn before an insult that make it name a person ("this idiot", "stupid woman"). */
const POINTED = new Set(['this', 'that', 'these', 'those', 'thes', 'same', 'some', 'another', 'stupid', 'dumb', 'fat', 'lazy', 'drunk', 'useless', 'worthless', 'filthy', 'grubby', 'vicious', 'smelly', 'arrogant', 'less', 'of', 'you', 'ya', 'our', 'real', 'true']);
/** Words before "a"/"an" that say the insult of someone ("you're a moron", "he's still an idiot"). */
const SAID_OF = new Set(['youre', 'ur', 'hes', 'shes', 'theyre', 'is', 'was', 'still', 'such', 'what']);
/** On a call, sarcastic praise scorns too. */
const CONTEMPT_ON_CALL = new PhraseSet([...CONTEMPT_WORDS, ...SARCASTIC_PRAISE]);
/** Words that put a post on a call: the people it then insults are people served. */
const ON_A_CALL = new PhraseSet([...ON_DUTY.filter((d) => !/work/.test(d)), ...ON_A_CALL_WORDS]);
/** The people an insult may not mean here: colleagues and bosses are another clause's matter. */
const NOT_SERVED = new Set(['partner', 'sergeant', 'sarge', 'lieutenant', 'boss', 'coworker', 'chief', 'captain', 'supervisor', 'management']);

const CALLING = new Set(['calling', 'called', 'call', 'calls', 'cursing', 'cursed', 'curse', 'curses', 'yelling', 'yelled', 'screaming', 'screamed']);
/** Words that may open an exclamation made of one insult ("What a waste of space."). */
const EXCLAIM = new Set(['what a', 'what an', 'such a', 'such an', 'total', 'absolute', 'complete', 'utter', 'real', 'just', 'pure', 'fucking']);
/** The writer, not someone met on the job: "I'm a moron who …". */
const SELF = new Set(['im', 'i', 'am', 'me', 'myself', 'we', 'were']);

/**
 * An insult names a person met on the job when something points at them ("these idiots"), when it stands as
 * its own exclamation after the story ("Waste of skin."), or when a deed is told of them ("a moron who …").
 */
function pointsAtPerson(norm: NormalizedText, c: Found, s: number, e: number): boolean {
  const t = norm.tokens;
  if (c.from - 1 >= s && POINTED.has(t[c.from - 1]!.key)) return true;
  // "the freaks and idiots": two scorn words joined name a class of people.
  if (t[c.to + 1]?.key === 'and' && c.to + 2 < e && occurrences(norm, CONTEMPT_ON_CALL, c.to + 2, Math.min(e, c.to + 5))[0]?.from === c.to + 2) return true;
  if (c.to === e - 1 && s > 0) {
    const lead = t.slice(s, c.from).map((x) => x.key).join(' ');
    if (lead === '' || EXCLAIM.has(lead)) return true;
  }
  const article = t[c.from - 1]?.key;
  if ((article === 'a' || article === 'an') && c.from - 2 >= s && SAID_OF.has(t[c.from - 2]!.key)) return !t.slice(Math.max(s, c.from - 5), c.from).some((x) => SELF.has(x.key));
  if ((article === 'a' || article === 'an') && c.from - 1 >= s && t[c.to + 1]?.key === 'who') {
    for (let k = Math.max(s, c.from - 4); k < c.from - 1; k++) if (SELF.has(t[k]!.key)) return false;
    return true;
  }
  return false;
}

/** On a call ("ran lights and siren for this moron", "call after call of these morons"): an insult pointed at a person met on the job. */
export function onTheJobContempt(norm: NormalizedText, text: string): FrameHit[] {
  const hits: FrameHit[] = [];
  const ranges = sentenceRanges(norm);
  ranges.forEach(([s, e], n) => {
    const from = n > 0 ? ranges[n - 1]![0] : s;
    const to = n + 1 < ranges.length ? ranges[n + 1]![1] : e;
    // "this fool Hieu": a friend named after the insult is teased, not scorned; "this idiot (me)" is the writer.
    const named = (c: Found) => c.to + 1 < e && (/^[A-Z]/.test(text.slice(norm.tokens[c.to + 1]!.start, norm.tokens[c.to + 1]!.end)) || ['me', 'myself'].includes(norm.tokens[c.to + 1]!.key));
    // "yelling and calling me names (idiot, moron …)": what callers call the writer, reported.
    const calledMe = (c: Found) => norm.tokens.slice(Math.max(s, c.from - 10), c.from).some((t, i, all) => CALLING.has(t.key) && all[i + 1]?.key === 'me');
    const insult = occurrences(norm, CONTEMPT_ON_CALL, s, e).find((c) => pointsAtPerson(norm, c, s, e) && !NOT_SERVED.has(norm.tokens[c.to + 1]?.key ?? '') && !named(c) && !calledMe(c));
    if (!insult || occurrences(norm, ON_A_CALL, from, to).length === 0) return;
    for (let k = Math.max(s, insult.from - 4); k < insult.from; k++) if (NEGATION.has(norm.tokens[k]!.key)) return;
    const span = spanOf(norm, Math.max(s, insult.from - 1), insult.to);
    hits.push({ span, message: `“${text.slice(span.start, span.end)}” — contempt for someone met on the job.` });
  });
  return hits;
}

const ENJOY = new PhraseSet(ENJOY_FRAMES);
/** Words that may stand between an enjoyed harm and the people it lands on ("a blast beating all these …"). */
const OBJECT_GAP = new Set([...DETERMINERS, 'all', 'all of', 'all the', 'few', 'a few', 'some', 'more', 'random']);

/** Force enjoyed: a frame of enjoyment, a harm within four words, and the people it lands on right after ("a blast beating people …"). */
export function forceEnjoyed(norm: NormalizedText, text: string): FrameHit[] {
  const hits: FrameHit[] = [];
  const t = norm.tokens;
  // One pass over the draft first: most drafts hold no word of enjoyment at all.
  if (occurrences(norm, ENJOY, 0, t.length).length === 0) return hits;
  for (const [s, e] of sentenceRanges(norm)) {
    const enjoy = occurrences(norm, ENJOY, s, e);
    if (enjoy.length === 0) continue;
    const targets = occurrences(norm, TARGET, s, e);
    for (const h of occurrences(norm, HARM, s, e)) {
      const f = enjoy.filter((x) => x.to < h.from && h.from - x.to <= 4).pop();
      if (!f) continue;
      const next = t[h.to + 1]?.key ?? '';
      const body = onBody(norm, h.to + 1, e);
      // Between the harm and its object: determiners, and one describing word after them ("a mouthy drunk").
      const object = targets.find((x) => {
        if (x.from <= h.to || x.from > h.to + 3) return false;
        const gap = t.slice(h.to + 1, x.from);
        return gap.every((w) => OBJECT_GAP.has(w.key)) || (gap.length >= 2 && gap.slice(0, -1).every((w) => OBJECT_GAP.has(w.key)));
      });
      if (!object && !/ (?:them|em|him|her|people|you) /.test(` ${h.phrase} `) && !body) continue;
      // "fun shooting with the kids": company, not a victim; "love knocking out chores": an errand.
      if (next === 'with' || errandObject(norm, object ? object.to : h.to)) continue;
      if (SENSE_CHECKED.has(h.phrase) && EVERYDAY_AFTER.has(next) && !object && !body) continue;
      // Negation before the frame or between it and the harm ("nothing like" is the frame itself).
      let negated = false;
      for (let k = Math.max(s, f.from - 2); k < h.from && !negated; k++) if (k < f.from || k > f.to) negated = NEGATION.has(t[k]!.key);
      if (negated) continue;
      const span = spanOf(norm, f.from, object ? object.to : h.to);
      hits.push({ span, lastTok: object ? object.to : h.to, message: `“${text.slice(span.start, span.end)}” enjoys violence against people.` });
      break;
    }
  }
  return hits;
}

const CROWD = new PhraseSet(CROWDS);
const DRIVE_AT = new PhraseSet(CROWD_TOOLS.verbs);
const TURNED_ON = new PhraseSet(CROWD_TOOLS.nouns);
/** Words that open a condition, after which an order may open its clause ("If a mob blocks you, floor it"). */
const CONDITIONS = new Set(['if', 'when', 'whenever', 'once']);
/** Words that open a yes-or-no question. */
const YES_NO = new Set(['should', 'would', 'could', 'can', 'do', 'does', 'is', 'are', 'will', 'shall', 'must']);
/** Words that put a tool in someone's hands ("somebody bring out the fire hose", "where's a water cannon"). */
const CALLS_FOR = new PhraseSet(['somebody', 'someone', 'bring out', 'break out', 'bring in', 'get the', 'get a', 'wheres', 'where is', 'turn the', 'time for', 'time to', 'need', 'needs', 'more', 'a little']);

/**
 * A vehicle driven at a crowd or a tool of force turned on it, as an order, a wish or a joke, with protesters,
 * rioters or people blocking the road named in the same or a neighbouring sentence.
 */
export function crowdHarmWished(norm: NormalizedText, text: string): FrameHit[] {
  const hits: FrameHit[] = [];
  const t = norm.tokens;
  // One pass over the draft first: most drafts name no vehicle or hose at all.
  if (occurrences(norm, DRIVE_AT, 0, t.length).length + occurrences(norm, TURNED_ON, 0, t.length).length === 0) return hits;
  const ranges = sentenceRanges(norm);
  ranges.forEach(([s, e], n) => {
    const verbs = occurrences(norm, DRIVE_AT, s, e);
    const nouns = occurrences(norm, TURNED_ON, s, e);
    if (verbs.length + nouns.length === 0) return;
    const to = n + 1 < ranges.length ? ranges[n + 1]![1] : e;
    if (occurrences(norm, CROWD, contextStart(ranges, n), to).length === 0) return;
    const frames = [...occurrences(norm, FRAME, s, e), ...occurrences(norm, CALLS_FOR, s, e)];
    const framed = (x: Found) => frames.some((f) => f.to < x.from && x.from - f.to <= 5);
    const negated = (x: Found) => t.slice(Math.max(s, x.from - 5), x.from).some((w) => NEGATION.has(w.key));
    // An order opens its sentence, or the clause after a condition ("If a mob blocks you, floor it").
    const afterCondition = (x: Found) => x.from > s && CONDITIONS.has(t[s]!.key) && text.slice(t[x.from - 1]!.end, t[x.from]!.start).includes(',');
    const ordered = (x: Found) => x.from === s || (x.from === s + 1 && LEADS.has(t[s]!.key)) || afterCondition(x);
    const named = (x: Found) => t[x.to + 1]?.key === 'for' && occurrences(norm, CROWD, x.to + 2, Math.min(e, x.to + 6)).length > 0;
    // "Should police ever use water cannons on protesters?" asks; it does not wish.
    if (YES_NO.has(t[s]!.key) && /\?/.test(text.slice(t[e - 1]!.end, t[e - 1]!.end + 3))) return;
    const found = verbs.find((v) => (ordered(v) || framed(v)) && !negated(v)) ?? nouns.find((x) => (framed(x) || named(x)) && !negated(x));
    if (!found) return;
    const span = spanOf(norm, found.from, found.to);
    hits.push({ span, lastTok: found.to, message: `“${text.slice(span.start, span.end)}” wishes force on a crowd — driving into people or turning force on them.` });
  });
  return hits;
}

const APPROVAL_OF_DEATH = new PhraseSet(DEATH_APPROVAL);
const DEATH_DONE_SET = new PhraseSet(DEATH_DONE);
const GRIEF_SET = new PhraseSet(GRIEF);
/** Who may have died: people by pronoun or by the words for people and groups. */
const DIED_WHO = new Set(['he', 'she', 'they', 'him', 'her', 'them', 'his', 'hers', 'their', 'guy', 'man', 'woman', 'dude', 'kid', 'suspect', 'suspects']);
/** Things that die too ("my phone died, oh well"). */
const THINGS_DIE = new Set(['phone', 'battery', 'car', 'truck', 'laptop', 'plant', 'plants', 'dog', 'cat', 'fish', 'goldfish', 'hamster', 'tree', 'trees', 'garden', 'tv', 'engine', 'motor', 'mower', 'joke', 'meme', 'trend', 'vibe', 'party', 'game', 'season', 'dream', 'idea', 'deal']);

/** A death approved once it happened: a death word said of a person, and approval in the same or a neighbouring sentence. */
export function deathApproved(norm: NormalizedText, text: string): FrameHit[] {
  const t = norm.tokens;
  const ranges = sentenceRanges(norm);
  const approvals = occurrences(norm, APPROVAL_OF_DEATH, 0, t.length);
  if (approvals.length === 0 || occurrences(norm, GRIEF_SET, 0, t.length).length > 0) return [];
  const hits: FrameHit[] = [];
  ranges.forEach(([s, e], n) => {
    const deaths = occurrences(norm, DEATH_DONE_SET, s, e).filter((d) => {
      // "I died laughing", "we're dead tired": the writer; "my phone died": a thing.
      const near = t.slice(Math.max(s, d.from - 4), Math.min(e, d.to + 4)).map((x) => x.key);
      // "my Monstera died": the writer's own plant, pet or loss, not a death approved.
      if (t.slice(Math.max(s, d.from - 3), d.from).some((w) => w.key === 'my' || w.key === 'our')) return false;
      if (near.some((w) => THINGS_DIE.has(w)) || ['i', 'im', 'we', 'were'].includes(t[d.from - 1]?.key ?? '') || (d.phrase === 'dying' && ['to', 'for', 'of'].includes(t[d.to + 1]?.key ?? ''))) return false;
      // Said of a person: one named nearby, one opening the sentence as its subject ("Guy I arrested twice got shot"),
      // or a report that opens with the deed ("Shot while fleeing."), whose subject is the person the post is about.
      const subject = t.slice(s, d.from).map((w) => w.key);
      return d.from === s || near.some((w) => DIED_WHO.has(w)) || subject.some((w) => DIED_WHO.has(w)) || occurrences(norm, TARGET, Math.max(s, d.from - 4), Math.min(e, d.to + 4)).length > 0 || namedPerson(norm, text, d.from - 4, Math.min(e, d.to + 4), s, d.from, d.to);
    });
    if (deaths.length === 0) return;
    const from = contextStart(ranges, n);
    const to = n + 1 < ranges.length ? ranges[n + 1]![1] : e;
    const a = approvals.find((x) => x.from >= from && x.to < to && !t.slice(Math.max(0, x.from - 3), x.from).some((w) => w.sent === t[x.from]!.sent && NEGATION.has(w.key)));
    if (!a) return;
    const d = deaths[0]!;
    const span = spanOf(norm, Math.min(a.from, d.from), Math.max(a.to, d.to));
    if (span.end - span.start > 160) {
      const only = spanOf(norm, a.from, a.to);
      hits.push({ span: only, lastTok: a.to, message: `“${text.slice(only.start, only.end)}” — approves of a person's death.` });
    } else hits.push({ span, lastTok: Math.max(a.to, d.to), message: `“${text.slice(span.start, span.end)}” — approves of a person's death.` });
  });
  return hits.slice(0, 1);
}
