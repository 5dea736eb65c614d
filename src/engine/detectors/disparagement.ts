// disparagement: insults aimed at the City, the Department, its members and
// officials, or the community it serves. Criticism without insults on a
// matter of public concern is protected and not a warning (with sensitivity
// 'strict' it becomes a medium finding that explains the exception).
import * as z from 'zod/mini';
import type { Detector, DetectorHit } from '../detector';
import { CITY_PEOPLE, COMMUNITY, DEPARTMENT_PEOPLE, PUBLIC_CONCERN_TOPICS } from '../lexicon/people';
import { INSULT_ADJECTIVES, INSULT_IDIOMS, INSULT_NOUNS, WEAK_ADJECTIVES } from '../lexicon/insults';
import { communityContempt, dehumanised, deniedSaying, forceFrames, litterTaken, onTheJobContempt } from '../grammar';
import { alt, findWords, has, SpanIndex, tokenAt, window, words, type WordMatch } from '../match';
import { packTerms } from '../pack-terms';
import { LEXICONS } from '../lexicon';
import { compile, type Item, type Pattern } from '../pattern';
import type { NormalizedText } from '../normalize';
import { workComplaintHits } from './work-complaints';
import { mentioned } from '../mention';

const STRONG_ADJ = INSULT_ADJECTIVES.filter((a) => !WEAK_ADJECTIVES.includes(a));
const NOUN: Item = { lex: 'insultNouns', plural: true };
const ADJ: Item = { lex: 'strongAdjectives' };

const IDIOM: Item = { any: INSULT_IDIOMS };
const COPULA: Item = { any: ['is run by', 'are run by', 'run by', 'is staffed by', 'staffed by', 'is led by', 'led by', 'is full of', 'are full of', 'is', 'are', 'was', 'were', 'r', 'being', 'acts like', 'act like', 'looks like', 'look like', 'seems like', 'sounds like', 'remains', 'became', 'becomes', 'has become', 'have become', 'is just', 'are just', 'is such', 'are such'] };
/** The insult: adjectives (optional) then a noun, or a strong adjective alone. */
const FUNCTION_WORD: Item = { any: ['and', 'or', 'but', 'who', 'that', 'to', 'as', 'in', 'of', 'for', 'with', 'at', 'on', 'the', 'a', 'an', 'is', 'are', 'was', 'because', 'when', 'if', 'so', 'than', 'then', 'and'] };
const INSULT: Item = { any: [[{ repeat: { lex: 'insultAdjectives' }, max: 2 }, NOUN], [ADJ, { opt: [{ not: FUNCTION_WORD }, { word: 'letters' }] }]] };
const NEGATED = / (?:not|no|never|isnt|arent|wasnt|werent|hardly|nothing like|far from) /;

const DEPT: Item = { lex: 'departmentPeople', plural: true };
const CITY: Item = { lex: 'cityPeople', plural: true };
const INSULT_NOUN_SET = new Set(INSULT_NOUNS);
/** Department and City people (not generic words like "people"), for looser insult-nearby rules. */
const MEMBERS: Item = { lex: 'members', plural: true };
const MEMBER_WORDS = [...DEPARTMENT_PEOPLE.filter((p) => !['police', 'force', 'shift', 'unit', 'district', 'union', 'pd', 'dept', 'department', 'dispatch', 'officer'].includes(p)), ...CITY_PEOPLE.filter((p) => !['city', 'government', 'officials', 'hr'].includes(p))];
/** "are (finally) painting …": a progressive verb after the copula ("fucking" and "being" are not one). */
const PROGRESSIVE = / (?:is|are|was|were|r|im|were) (?:[a-z]+ ){0,2}(?!being |fucking |freaking |frickin |effing |bloody |nothing |something )[a-z]{3,}ing /;
/** A deed the adjective describes instead of a person ("the cowardly attack on our colleague"). */
const DEED: Item = { any: ['attempt', 'attack', 'attacks', 'act', 'acts', 'shooting', 'shootings', 'murder', 'killing', 'ambush', 'assault', 'crime', 'crimes', 'bombing', 'violence', 'actions', 'behavior', 'behaviour', 'comments', 'remarks', 'threats', 'job', 'jobs', 'task', 'tasks', 'work', 'role', 'position', 'gig', 'shift', 'shifts', 'hours'] };
/** Insults strong enough to count when merely near a member. */
const STRONG_INSULT: Item = { any: [{ lex: 'strongNouns', plural: true }, [{ lex: 'strongOnlyAdjectives' }, { not: DEED }]] };
const STRONG_NOUNS = INSULT_NOUNS.filter((n) => !['joke', 'tool', 'hack', 'failure', 'ass', 'dump', 'circus', 'snake', 'pig', 'rat', 'rats', 'animal', 'fool', 'puppet'].includes(n));
const STRONG_ONLY_ADJ = STRONG_ADJ.filter((a) => !['fat', 'ugly', 'dirty', 'gross', 'weak', 'soft', 'lying', 'sorry', 'vile', 'petty', 'arrogant', 'ignorant'].includes(a));
/** This rule's lexicons: the shared ones plus its own selections. */
const LEX = { ...LEXICONS, strongAdjectives: STRONG_ADJ, members: MEMBER_WORDS, strongNouns: STRONG_NOUNS, strongOnlyAdjectives: STRONG_ONLY_ADJ };
/** A pattern over this rule's lexicons (patterns with the pack's words are built in `build`). */
const P0 = (pattern: Pattern) => words(compile(pattern, LEX));
/** Praise that can only be sarcasm as a one-line verdict ("Geniuses, truly."). */
const SARCASM: Item = { any: ['genius', 'geniuses', 'real geniuses', 'absolute geniuses', 'rocket scientists', 'rocket scientist', 'brain surgeons', 'brain surgeon', 'einsteins', 'einstein', 'masterminds', 'mastermind', 'brilliant minds', 'top minds'] };
/** A sentence that is only an insult ("Pathetic." "Morons, every one of them."). */
const BARE_INSULT = P0([
  { sentenceStart: true },
  { opt: { any: ['absolute', 'absolutely', 'what a', 'what an', 'such a', 'such an', 'a', 'an', 'bunch of', 'a bunch of', 'pack of', 'a pack of', 'total', 'complete', 'real', 'just'] } },
  { cap: { any: [INSULT, SARCASM] } },
  { gap: 6, greedy: true },
  { sentenceEnd: true },
]);
const PUBLIC_CONCERN = words(alt(PUBLIC_CONCERN_TOPICS));
/** "Everyone in <neighbourhood> is a lowlife": the people of a place, insulted. */
const slurHere = (cityNames: string[]) => P0([{ cap: { lex: 'slurs' } }, { gap: 2, greedy: true }, { any: ['in', 'from', 'of', 'around'] }, { any: ['this city', 'this town', ...cityNames, 'the city', 'here', 'around here', 'this place'] }]);
/** "most folks in this town are freeloaders". */
const placeThen = (cityNames: string[], places: string[]) =>
  P0([{ any: ['in', 'from', 'around', 'of'] }, { cap: { any: ['this town', 'this city', 'this county', 'this neighborhood', ...cityNames, ...places] } }, { opt: { word: 'any' } }, { any: ['is', 'are', 'r'] }, { gap: 2 }, { cap: INSULT }]);
/** How people name the community of the city: "<city> folks", "folks in <city>". */
const cityCommunity = (cityNames: string[]) => cityNames.flatMap((c) => [`${c} ppl`, `${c} folks`, `folks in ${c}`]);
/** "Guy's a spineless weasel." after a sentence about a member. */
const PRONOUN_INSULT = words(compile([{ sentenceStart: true }, { gap: 3 }, { any: ['dude', 'guy', 'he', 'she', 'hes', 'shes', 'man', 'that guy', 'this guy', 'that dude', 'this dude', 'that place', 'this place'] }, { opt: 'is' }, { opt: { any: ['a', 'an', 'such a', 'such an', 'just a', 'total'] } }, { gap: 4 }, { cap: INSULT }], LEX));
/** Clown emoji aimed at the Department or the City. */
const CLOWN = /\u{1F921}/u;
const EVERYONE_IN = P0([
  { cap: [{ any: ['everyone', 'everybody', 'people', 'folks', 'residents', 'all of them', 'every one of them', 'the people'] }, { any: ['in', 'from', 'over in', 'out in', 'on', 'at'] }, { gap: [1, 3], word: 'letters' }] },
  { any: ['is', 'are', 'r'] },
  { opt: { any: ['a', 'an', 'all', 'just', 'nothing but'] } },
  { cap: INSULT },
]);
/** "half of them are morons", after a sentence part that names a target. */
const HALF_OF_THEM = words(compile([{ any: ['half', 'most', 'all', 'some', 'every one', 'each', 'none', 'the rest'] }, 'of', { any: ['them', 'em', 'us', 'those'] }, { any: ['are', 'is', 'r'] }, { gap: 2 }, { cap: INSULT }], LEX));

/** Words that name part of a police department only in police talk: "our AC unit", "the night shift at the plant", "my Army unit" are not. */
const AMBIGUOUS_UNITS = new Set(['unit', 'shift', 'squad', 'platoon', 'district', 'division', 'academy', 'union', 'force', 'dispatch', 'admin', 'administration', 'management', 'leadership', 'boss', 'partner', 'supervisor', 'major', 'commander', 'captain']);
/** Words right before such a word that make it somebody else's: a storage unit, an Army unit, a hospital's burn unit, a plant's night shift. */
const OTHER_OWNER = new Set(['ac', 'hvac', 'heating', 'cooling', 'air', 'storage', 'apartment', 'rental', 'condo', 'housing', 'household', 'family', 'army', 'military', 'navy', 'marine', 'marines', 'guard', 'infantry', 'artillery', 'battalion', 'company', 'corporate', 'hospital', 'burn', 'icu', 'nicu', 'trauma', 'maternity', 'psych', 'psychiatric', 'dialysis', 'rehab', 'stroke', 'cardiac', 'surgical', 'nursing', 'care', 'medical', 'freezer', 'fridge', 'kitchen', 'math', 'fractions', 'science', 'reading', 'history', 'english', 'spelling', 'study', 'lesson', 'teaching', 'church', 'youth', 'scout', 'band', 'choir', 'plant', 'factory', 'warehouse', 'retail', 'restaurant', 'store', 'hotel', 'sales', 'marketing', 'power', 'control', 'fire', 'ems', 'sheriffs', 'sheriff', 'school', 'nurse', 'nurses', 'team', 'league', 'club', 'fantasy', 'game', 'gaming', 'guild', 'raid']);
/** "storage unit", "Army unit", "plant shift": the word before says it is somebody else's. */
function otherThanDepartment(norm: NormalizedText, m: WordMatch, target: string, start: number): boolean {
  if (!AMBIGUOUS_UNITS.has(target)) return false;
  let i = m.tok;
  while (i < norm.tokens.length && norm.tokens[i]!.start < start) i++;
  // One or two words back: "storage unit", "plant shift supervisor".
  for (let k = i - 1; k >= Math.max(0, i - 2) && norm.tokens[k]!.sent === norm.tokens[i]!.sent; k--) {
    if (OTHER_OWNER.has(norm.tokens[k]!.key)) return true;
    if (!AMBIGUOUS_UNITS.has(norm.tokens[k]!.key)) return false;
  }
  return false;
}

type TargetKind = 'member' | 'department' | 'city' | 'community';
const KIND_LABEL: Record<TargetKind, string> = {
  member: 'a Department member',
  department: 'the Department',
  city: 'the City or its officials',
  community: 'the community the Department serves',
};

interface Built {
  copula: RegExp;
  before: RegExp;
  idiom: RegExp;
  curse: RegExp;
  calling: RegExp;
  insultOf: RegExp;
  bunchOf: RegExp;
  nounBefore: RegExp;
  place: RegExp | undefined;
  /** "this outfit is staffed by clowns": a workplace word, counted only when the draft is about the Department. */
  workplace: RegExp;
  department: RegExp;
  criticism: RegExp;
  near: RegExp;
  nearBefore: RegExp;
  target: RegExp;
  agencyWords: Set<string>;
  cityWords: Set<string>;
  communityWords: Set<string>;
  slurHere: RegExp;
  placeThen: RegExp;
  indifferent: RegExp;
}

/** "doesn't give a damn about us": the Department or City said not to care about its people. */
const INDIFFERENCE: Item = { any: [[{ any: ['doesnt', 'dont', 'does not', 'do not', 'never'] }, { any: ['give', 'gave'] }, { any: ['a damn', 'a shit', 'a fuck', 'a crap', 'two shits', 'a rats ass'] }], 'couldnt care less', 'could not care less', 'could care less', 'doesnt care', 'does not care', 'dont care', 'do not care', 'never cared'] };
const CARED_FOR = ['us', 'you', 'you guys', 'yall', 'its officers', 'their officers', 'our officers', 'the officers', 'officers', 'cops', 'its cops', 'their cops', 'its people', 'their people', 'its employees', 'their employees', 'the rank and file', 'its members', 'their members', 'any of us', 'our safety'];
/** The agency as a whole, not one member: a partner or a sergeant not caring is not the Department's verdict. */
const AGENCY_AS_A_WHOLE: Item = { any: ['department', 'dept', 'pd', 'admin', 'administration', 'command staff', 'command', 'brass', 'city', 'city hall', 'city council', 'council', 'management', 'leadership', 'this agency', 'the agency'] };

const cache = new WeakMap<object, Built>();

function build(terms: ReturnType<typeof packTerms>): Built {
  const cached = cache.get(terms);
  if (cached) return cached;
  const communityList = [...COMMUNITY, ...cityCommunity(terms.cityNames)];
  const lex = { ...LEX, agency: terms.agencyList, city: terms.cityList, community: communityList, place: terms.placeList };
  const P = (pattern: Pattern) => words(compile(pattern, lex));
  const target: Item = { cap: { any: [{ lex: 'agency' }, { lex: 'city' }, DEPT, CITY, { lex: 'community' }] } };
  const built: Built = {
    copula: P([target, { gap: 4 }, COPULA, { gap: 6 }, { cap: INSULT }]),
    before: P([{ cap: ADJ }, target]),
    idiom: P([target, { gap: 10 }, { cap: IDIOM }]),
    nounBefore: P([{ any: ['this', 'that', 'our', 'my', 'the'] }, { cap: NOUN }, target]),
    bunchOf: P([target, { opt: { any: ['is', 'are', 'r'] } }, { opt: 'just' }, { opt: 'a' }, { any: ['bunch', 'pack', 'gang', 'nest'] }, 'of', { cap: INSULT }]),
    insultOf: P([{ cap: { any: [INSULT, IDIOM] } }, 'of', { any: ['a', 'an'] }, target]),
    calling: P([{ any: ['calling', 'called', 'call', 'calls'] }, target, { opt: { any: ['a', 'an', 'all', 'just'] } }, { cap: INSULT }]),
    curse: P([{ lex: 'curseAt' }, { opt: { any: ['the', 'this', 'our', 'my', 'all', 'you', 'that'] } }, target]),
    workplace: P([{ cap: { any: ['this place', 'this outfit', 'this joint', 'this agency', 'this organization', 'this job', 'this shop', 'this building', 'the place', 'this station'] } }, { gap: 2 }, COPULA, { gap: 3 }, { cap: INSULT }]),
    department: P([{ any: [{ lex: 'agency' }, DEPT, 'police', 'cop', 'cops', 'badge', 'uniform', 'logo', 'precinct', 'squad', 'shift', 'roll call', 'patrol'] }]),
    place: terms.place
      ? P([
          { cap: { any: [{ lex: 'place' }, { lex: 'community' }, [{ any: ['people', 'residents', 'folks', 'citizens', 'locals'] }, { any: ['of', 'in'] }, { lex: 'place' }]] } },
          { opt: { any: ['residents', 'people', 'folks', 'citizens', 'locals', 'pd', 'police'] } },
          COPULA,
          { gap: 3 },
          { cap: INSULT },
        ])
      : undefined,
    criticism: P([target, { gap: 6 }, { cap: { lex: 'criticism' } }]),
    near: P([{ cap: MEMBERS }, { gap: 5 }, { cap: STRONG_INSULT }]),
    nearBefore: P([{ cap: STRONG_INSULT }, { gap: 5 }, { cap: MEMBERS }]),
    target: P([target]),
    agencyWords: new Set(terms.agencyList),
    cityWords: new Set(terms.cityList),
    communityWords: new Set(communityList),
    slurHere: slurHere(terms.cityNames),
    placeThen: placeThen(terms.cityNames, terms.places),
    indifferent: P([{ cap: { any: [{ lex: 'agency' }, { lex: 'city' }, AGENCY_AS_A_WHOLE] } }, { gap: 2 }, INDIFFERENCE, { any: ['about', 'for', 'what happens to'] }, { any: CARED_FOR }]),
  };
  cache.set(terms, built);
  return built;
}

const CITY_SET = new Set(CITY_PEOPLE);
const DEPARTMENT_WORDS = / (?:department|dept|pd|force|police|precinct|district|academy|union|admin|administration|management|leadership|command staff|brass|unit|squad|shift|platoon|dispatch) /;

/** "Chiefs" capitalised and not after a rank: the football team. */
const TEAM_CHIEFS = /(?<!\b(?:[Dd]eputy|[Aa]ssistant|[Bb]attalion|[Dd]ivision|[Bb]ureau|[Pp]olice|[Ff]ire) )\bChiefs\b/;
/** Forces that are not a police force: armies and their units. */
const NOT_OUR_FORCE = new Set(['special', 'armed', 'air', 'allied', 'coalition', 'enemy', 'russian', 'ukrainian', 'israeli', 'security', 'defence', 'defense', 'task', 'naval', 'ground']);
/** Insults that open with a verb or a modal ("couldn't lead", "only care about …") are said, not called. */
const SAYS_FIRST = / (?:couldnt|cant|cannot|dont|doesnt|didnt|wont|wouldnt|only|never|can|could|should|care|cares|do|does|has|have|had|is|are|was|were|needs|need|will|would) /;
function kindOf(target: string, b: Built): TargetKind {
  if (b.communityWords.has(target)) return 'community';
  if (CITY_SET.has(target) || CITY_SET.has(target.replace(/s$/, '')) || b.cityWords.has(target)) return 'city';
  if (DEPARTMENT_WORDS.test(` ${target} `) || b.agencyWords.has(target)) return 'department';
  return 'member';
}

const Options = z.object({
  /** Insults aimed at the agency, the City, their people or the community (default true). */
  insults: z.optional(z.boolean()),
  /** Also complaints about one's own working conditions aimed at command staff or officials, insult or not (default false). */
  workComplaints: z.optional(z.boolean()),
});

export const disparagement: Detector = {
  clause: 'disparagement',
  options: Options,
  detect(input) {
    const { text, norm, pack, context } = input;
    const options = (input.options ?? {}) as z.infer<typeof Options>;
    const complaints = options.workComplaints ? workComplaintHits(input) : [];
    if (options.insults === false) return complaints;
    const b = build(packTerms(pack));
    const hits: DetectorHit[] = [];
    const claimed = new SpanIndex();
    const add = (m: WordMatch, target: string, insult: string, kind?: TargetKind) => {
      // "pretending my FTO wasn't a moron" is no negation.
      if (NEGATED.test(` ${m.text} `) && !/ pretending /.test(window(norm, m.tok - 6, m.tok + 1))) return;
      if (kind === undefined && otherThanDepartment(norm, m, target, spanOf(norm, m, target).start)) return;
      // "idiot-in-chief", "commander in chief", "special forces": not the Department's chief or force.
      const targetSpan = spanOf(norm, m, target);
      // The target lies inside the match: walk from the match's first token, not the whole draft.
      const ti = tokenAt(norm, targetSpan.start, m.tok);
      let tj = ti;
      while (tj < norm.tokens.length && norm.tokens[tj]!.end <= targetSpan.end) tj++;
      const before = norm.tokens[ti - 1]?.key ?? '';
      const after = `${norm.tokens[tj]?.key ?? ''} ${norm.tokens[tj + 1]?.key ?? ''}`;
      if ((target === 'chief' && before === 'in') || after === 'in chief' || (/^forces?$/.test(target) && NOT_OUR_FORCE.has(before))) return;
      // "That Chiefs offense …": capitalised and plural, the football team, not the Department's chiefs.
      if (target === 'chiefs' && TEAM_CHIEFS.test(text) && !/\bchiefs\b/.test(text)) return;
      const k = kind ?? kindOf(target, b);
      const insultSpan = spanOf(norm, m, insult);
      const insultTok = tokenAt(norm, insultSpan.start, m.tok);
      if (mentioned(norm, text, insultSpan) || deniedSaying(norm, sentenceStart(norm, insultTok), insultTok) || calledTheWriter(norm, insultTok) || complainedAbout(norm, insult, insultTok) || (REFUSE.test(insult) && litterTaken(norm, insultTok)) || !claimed.claim(insultSpan)) return;
      const quoted = text.slice(insultSpan.start, insultSpan.end);
      const concern = has(window(norm, m.tok - 15, m.tok + 25), PUBLIC_CONCERN);
      const hit: DetectorHit = {
        severity: 'high',
        spans: [insultSpan],
        message: `${SAYS_FIRST.test(` ${norm.tokens[tokenAt(norm, insultSpan.start, m.tok)]?.key ?? ''} `) ? 'Says' : 'Calls'} ${describeTarget(text, norm, m, target, k, b)} “${quoted}” — an insult aimed at ${KIND_LABEL[k]}.${concern ? ' The point about policy or public safety may be public concern; the insult is not.' : ''}`,
        advice: 'Keep the point and drop the insult: say which decision or policy you disagree with and why — that is protected speech on a matter of public concern.',
      };
      const replacement = dropAdjective(insult);
      if (replacement !== undefined) hit.replacement = replacement;
      hits.push(hit);
    };
    for (const m of findWords(norm, b.copula)) {
      // "my neighbors are finally painting that ugly fence": a verb after the copula, so the adjective describes its object.
      if (PROGRESSIVE.test(` ${m.text} `)) continue;
      add(m, m.groups[0]!, m.groups[1]!);
    }
    for (const m of findWords(norm, b.before)) add(m, m.groups[1]!, m.groups[0]!);
    for (const m of findWords(norm, b.idiom)) add(m, m.groups[0]!, m.groups[1]!);
    for (const m of findWords(norm, b.nounBefore)) add(m, m.groups[1]!, m.groups[0]!);
    for (const m of findWords(norm, b.bunchOf)) add(m, m.groups[0]!, m.groups[1]!);
    for (const m of findWords(norm, b.insultOf)) add(m, m.groups[1]!, m.groups[0]!);
    for (const m of findWords(norm, b.calling)) add(m, m.groups[0]!, m.groups[1]!);
    for (const m of findWords(norm, b.curse)) add(m, m.groups[0]!, m.text);
    if (b.place) for (const m of findWords(norm, b.place)) if (!PROGRESSIVE.test(` ${m.text} `)) add(m, m.groups[0]!, m.groups[1]!, 'community');
    if (has(norm.words, b.department)) for (const m of findWords(norm, b.workplace)) add(m, m.groups[0]!, m.groups[1]!, 'department');
    // A slur aimed at the people of the place the Department serves also disparages that community.
    for (const m of findWords(norm, b.slurHere)) add(m, 'this city', m.groups[0]!, 'community');
    for (const m of findWords(norm, b.placeThen)) add(m, m.groups[0]!, m.groups[1]!, 'community');
    for (const m of findWords(norm, PRONOUN_INSULT)) {
      const t = [...window(norm, m.tok - 25, m.tok).matchAll(b.target)].pop();
      if (t) add(m, t[1]!, m.groups[0]!);
    }
    const clown = CLOWN.exec(text);
    if (clown && hits.length === 0) {
      const t = findWords(norm, b.target)[0];
      const span = { start: clown.index, end: clown.index + clown[0].length };
      if (t && claimed.claim(span)) hits.push({ severity: 'high', spans: [span], message: `A clown emoji aimed at ${KIND_LABEL[kindOf(t.groups[0]!, b)]} is an insult.`, advice: 'Keep the point and drop the insult: say which decision or policy you disagree with and why — that is protected speech on a matter of public concern.' });
    }
    // The people named keep a trailing space, as the rule always gave them: the message then quotes the whole match.
    for (const m of findWords(norm, EVERYONE_IN)) add(m, `${m.groups[0]!} `, m.groups[1]!, 'community');
    for (const m of findWords(norm, HALF_OF_THEM)) {
      const sent = norm.tokens[m.tok]!.sent;
      const t = [...window(norm, m.tok - 15, m.tok + 1).matchAll(b.target)].pop();
      if (t && norm.tokens[m.tok]!.sent === sent) add(m, t[1]!, m.groups[0]!);
    }
    for (const m of findWords(norm, b.near)) add(m, m.groups[0]!, m.groups[1]!);
    for (const m of findWords(norm, b.nearBefore)) add(m, m.groups[1]!, m.groups[0]!);
    // An insult standing as its own sentence right after a sentence about a member ("Clueless.").
    for (const m of findWords(norm, BARE_INSULT)) {
      const first = sentenceStart(norm, m.tok);
      if (first === 0) continue;
      const previous = window(norm, first - 25, first, first - 1);
      const t = [...previous.matchAll(b.target)].pop();
      if (t) add(m, t[1]!, m.groups[0]!);
    }
    for (const m of findWords(norm, b.indifferent)) {
      const t = m.groups[0]!;
      if (b.communityWords.has(t) || otherThanDepartment(norm, m, t, spanOf(norm, m, t).start) || !claimed.claim(m.span)) continue;
      hits.push({
        severity: 'medium',
        spans: [m.span],
        message: `“${text.slice(m.span.start, m.span.end)}” — says ${kindOf(t, b) === 'city' ? 'the City' : 'the Department'} does not care about its people. If this is about a policy, name it: that can be speech on a matter of public concern.`,
        advice: 'Say which decision or policy you disagree with and what it costs officers, without the verdict on the whole agency.',
      });
    }
    // Contempt for the people the Department serves, without naming the Department.
    // Harm wished on a class of people served ("kill the bums") scorns them as well as threatening them.
    const harmWished = forceFrames(norm, text).filter((h) => h.scorned !== undefined && h.group !== 'protected').map((h) => ({ ...h, message: `“${text.slice(h.span.start, h.span.end)}” — wishes harm on people it scorns as ${h.scorned}.` }));
    const grammar = [...dehumanised(norm, text).filter((h) => h.group === 'community'), ...communityContempt(norm, text), ...onTheJobContempt(norm, text), ...harmWished];
    for (const g of grammar) {
      if (mentioned(norm, text, g.span) || !claimed.claim(g.span)) continue;
      hits.push({ severity: 'high', spans: [g.span], message: g.message, advice: 'Keep the point and drop the contempt: say which decision or policy you disagree with and why.' });
    }
    if (hits.length === 0 && context.sensitivity === 'strict') {
      for (const m of findWords(norm, b.criticism)) {
        if (NEGATED.test(` ${m.text} `)) continue;
        hits.push({
          severity: 'medium',
          spans: [spanOf(norm, m, m.groups[1]!)],
          message: `Criticises ${KIND_LABEL[kindOf(m.groups[0]!, b)]} (“${m.groups[1]}”). Without insults this may be protected speech on a matter of public concern — check that it is about policy, not a personal grievance.`,
        });
      }
    }
    return [...hits, ...complaints];
  },
};

/** Refuse words, which litter can be: "picked up every piece of trash". */
const REFUSE = /\b(?:trash|garbage|filth|rubbish|junk|waste)\b/;
/** "bitch about the management": the verb of complaining, no one called a name. */
function complainedAbout(norm: NormalizedText, insult: string, tok: number): boolean {
  const next = norm.tokens[tok + 1]?.key;
  return insult === 'bitch' && (next === 'about' || (next === 'and' && ['moan', 'complain', 'whine', 'gripe'].includes(norm.tokens[tok + 2]?.key ?? '')));
}

/** "the instructor called me a clown": the insult lands on the writer, not on whoever said it. */
function calledTheWriter(norm: NormalizedText, tok: number): boolean {
  const before = norm.tokens.slice(Math.max(0, tok - 4), tok).map((t) => t.key).join(' ');
  return /\b(?:call|calls|called|calling) (?:me|us) (?:a |an )?(?:\w+ )?$/.test(`${before} `);
}

/** The first token of the sentence token `tok` is in. */
function sentenceStart(norm: NormalizedText, tok: number): number {
  let k = tok;
  while (k > 0 && norm.tokens[k - 1]!.sent === norm.tokens[tok]!.sent) k--;
  return k;
}

/** Original span of a sub-phrase of a match (its last occurrence). */
function spanOf(norm: NormalizedText, m: WordMatch, phrase: string) {
  const at = ` ${m.text} `.lastIndexOf(` ${phrase} `);
  if (at < 0) return m.span;
  const start = m.index + at;
  let a = start;
  while (a < m.end && norm.wordTok[a]! < 0) a++;
  let z = start + phrase.length - 1;
  while (z > a && norm.wordTok[z]! < 0) z--;
  return { start: norm.tokens[norm.wordTok[a]!]!.start, end: norm.tokens[norm.wordTok[z]!]!.end };
}

/** Roles there is one of (or one that is meant): "the chief", not "a chief". */
const ONE_OF = new Set(['chief', 'mayor', 'sheriff', 'governor', 'president', 'manager', 'city manager', 'da', 'district attorney', 'council', 'city council']);

/**
 * The target as the message names it: as written when it has its own
 * determiner or is a name ("Metro PD", "Sgt. Lee"), with an article when it
 * is a bare singular noun ("sergeant" → "a sergeant", "department" → "the department").
 */
function describeTarget(text: string, norm: NormalizedText, m: WordMatch, target: string, kind: TargetKind, b: Built): string {
  const s = spanOf(norm, m, target);
  const raw = text.slice(s.start, s.end);
  // A target that came out as a clause ("told him he was too dumb") names no one: say "someone".
  if (raw.split(/\s+/).length > 4 || /[!?.]/.test(raw)) return 'someone';
  if (/^(?:the|our|my|this|that|these|those|his|her|their|your|a|an)\b/i.test(raw)) return raw.replace(/^./, (c) => c.toLowerCase());
  const name = b.agencyWords.has(target) || /[A-Z]{2}|\s[A-Z]|\./.test(raw);
  const word = !name && /^[A-Z][a-z]/.test(raw) ? raw.charAt(0).toLowerCase() + raw.slice(1) : raw;
  // The draft's own determiner just before it: "my sergeant" → "your sergeant", "this department".
  const before = /\b(the|our|my|this|that|these|those|his|her|their)\s+$/i.exec(text.slice(Math.max(0, s.start - 12), s.start))?.[1]?.toLowerCase();
  if (before) return `${before === 'my' || before === 'our' ? 'your' : before} ${word}`;
  // Names and acronyms keep their own form ("Metro PD").
  if (name) return raw;
  if (/[^s]s$/i.test(raw)) return word; // plurals need no article ("cops")
  if (kind === 'department' || kind === 'city' || ONE_OF.has(target)) return `the ${word}`;
  return `${/^(?:[aeio]|u(?!ni|s[eu]))/i.test(word) ? 'an' : 'a'} ${word}`;
}

/** "spineless politician" → "politician": drop the insulting adjective when a plain noun follows. */
function dropAdjective(insult: string): string | undefined {
  const parts = insult.split(' ');
  if (parts.length !== 2) return undefined;
  const [adj, noun] = parts as [string, string];
  if (!INSULT_ADJECTIVES.includes(adj)) return undefined;
  if (INSULT_NOUN_SET.has(noun) || INSULT_NOUN_SET.has(noun.replace(/s$/, ''))) return undefined;
  return noun;
}

