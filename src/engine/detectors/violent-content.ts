// violent-content: threats, wishes of harm and celebrations of violence
// against people. Police vocabulary (the range, qualification, use-of-force
// training, "assault charge", "kill the engine") is not: a threat needs a
// person as its object or a wish of harm.
import type { Detector, DetectorHit } from '../detector';
import { GORE, VIOLENT_IDIOMS, VIOLENT_PHRASES } from '../lexicon/violence';
import { LEXICONS } from '../lexicon';
import { IMPERATIVE_LEADS } from '../lexicon/frames';
import { crowdHarmWished, deathApproved, deathCheered, forceEnjoyed, forceFrames, survivalRegretted, TARGET_WORDS } from '../grammar';
import { aboutPests, everydaySense, playful } from '../harm-senses';
import { alt, findWords, has, lastToken, SpanIndex, window, words } from '../match';
import { compile, compileAll, type Alternative, type Item, type Pattern } from '../pattern';
import type { NormalizedText } from '../normalize';
import type { Span } from '../types';
import { mentioned } from '../mention';

const P = (pattern: Pattern) => words(compile(pattern, LEXICONS));
const VERB: Item = { lex: 'harmVerbs' };
const DETERMINER: Item = { any: ['the next', 'that', 'this', 'those', 'these', 'the', 'some', 'my', 'his', 'her', 'their', 'any', 'every', 'each', 'all', 'all the', 'all those', 'all these', 'a', 'one of those', 'one of these'] };
const BODY: Item = { opt: { any: ['face', 'head', 'skull', 'teeth', 'jaw', 'neck', 'legs', 'arms', 'knees', 'ass', 'throat', 'brains', 'eyes', 'nose'] } };
/** Someone: "him", "that scumbag", "the next guy", "his face". */
const PERSON: Alternative = [{ any: [{ lex: 'personObjects' }, [{ opt: DETERMINER }, { opt: { word: 'any' } }, { lex: 'personNouns', plural: true }]] }, BODY];
const SUBJECT: Item = { any: ['i', 'we', 'im', 'ill', 'id', 'lets', 'imma', 'ima', 'ive'] };
const MODAL: Item = { any: ['am', 'will', 'would', 'could', 'should', 'swear', 'really', 'just', 'totally', 'literally', 'wanna', 'want to', 'wants to', 'going to', 'gonna', 'about to', 'ready to', 'like to', 'love to', 'finna', 'gotta', 'have to', 'need to', 'to', 'ill', 'im', 'gon', 'go', 'personally', 'definitely', 'seriously', 'honestly', 'fucking'] };
const THREAT = P([SUBJECT, { repeat: MODAL, max: 4 }, { cap: VERB }, { cap: PERSON }]);
/** A threat or wish aimed at a whole group: "I'm going to hurt all <group>", "I'll beat every <group>". */
const GROUP_THREAT = P([
  // Intent is needed: "we kill …" in the present describes; "we should", "I'll", "I want to" intend.
  {
    any: [
      [{ any: ['ill', 'id', 'imma', 'ima', 'lets', 'we should', 'someone should', 'somebody should', 'they should', 'everyone should', 'everyone would', 'wish everyone would'] }, { repeat: MODAL, max: 4 }],
      [{ any: ['i', 'we', 'im'] }, { repeat: MODAL, max: 4, min: 1 }],
    ],
  },
  { cap: VERB },
  { opt: { any: ['all', 'all the', 'all of the', 'every', 'every single', 'those', 'these', 'the'] } },
  { cap: { lex: 'groups' } },
]);
/** Riddance of a group named as a deed and approved: "we support the extermination of …", "bring on the elimination of …". */
const NOMINAL_RIDDANCE = P([
  { any: ['respect', 'support', 'want', 'love', 'need', 'call for', 'bring on', 'pray for', 'hope for', 'wish for', 'all for', 'in favor of', 'in favour of'] },
  { opt: { any: ['the', 'a', 'total', 'complete', 'final'] } },
  { any: ['extermination', 'eradication', 'elimination', 'genocide', 'annihilation', 'slaughter', 'massacre', 'execution', 'lynching'] },
  'of',
  { opt: { any: ['all', 'the', 'all the', 'every', 'those', 'these'] } },
  { cap: { lex: 'groups' } },
]);
/** Teams named by their country in a game ("we'll destroy the Mexicans tonight"). */
const GAME_WORDS = words('game|games|match|final|finals|cup|league|tournament|soccer|football|hockey|rugby|cricket|basketball|baseball|olympics|world cup|score|goal|goals|play|playing|team|tonight|halftime|penalty|penalties|fifa|nfl|nba|nhl|mls|quiz|trivia|bocce|darts|bowling|cornhole|chess|poker|bracket');

/** A phrasal harm split by its victim: "I'd f*** that guy up", "we should rough those protesters up". */
const SPLIT_THREAT = P([
  { any: [SUBJECT, 'we should', 'someone should', 'somebody should', 'they should', 'you should'] },
  { repeat: MODAL, max: 4 },
  { opt: 'have' },
  { cap: { any: ['fuck', 'fk', 'fuk', 'fucked', 'mess', 'messed', 'rough', 'roughed', 'tune', 'tuned', 'jack', 'jacked', 'beat', 'smack', 'knock'] } },
  { cap: PERSON },
  { any: ['up', 'out', 'the fuck up', 'silly', 'senseless'] },
  // "knock them out of the playoffs"
  { not: 'of' },
]);
/** "I'm gonna find him and beat the hell out of him": the harm follows another verb. */
const THEN_THREAT = P([SUBJECT, { gap: [1, 6] }, { any: ['and', 'then', 'to'] }, { cap: VERB }, { cap: PERSON }]);
/** "Gonna smash that kid's face in": a sentence that starts with the intent, subject implied. */
const BARE_THREAT = P([{ sentenceStart: true }, { any: ['gonna', 'going to', 'finna', 'bout to', 'about to', 'imma', 'gotta', 'wanna', 'ready to', 'tempted to', 'thinking about', 'might just'] }, { repeat: MODAL, max: 2 }, { cap: VERB }, { cap: PERSON }]);
/** "I hope that scumbag gets shanked". */
const HOPE = P([{ any: ['hope', 'wish', 'pray', 'praying', 'hoping'] }, { opt: 'that' }, { cap: PERSON }, { any: ['gets', 'get', 'is', 'are', 'will be', 'was', 'were', 'got', 'dies', 'die'] }, { opt: { cap: { lex: 'harmParticiples' } } }]);
/** Commands aimed at a whole group: "kill all the looters", "beat every last one of them", "hang them all". */
const MASS = P([
  { cap: VERB },
  {
    any: [
      [{ any: ['all', 'every', 'each', 'every last', 'every single', 'every one'] }, { opt: 'of' }, { opt: { any: ['the', 'those', 'these', 'them', 'em'] } }, { opt: { word: 'any' } }, { lex: 'personNouns', plural: true }],
      [{ any: ['them', 'em', ['those', { word: 'any' }], ['these', { word: 'any' }]] }, 'all'],
      ['every last one of', { any: ['them', 'em'] }],
    ],
  },
]);
const INCITE = P([
  { any: [['now', { any: ['u', 'you'] }, 'can', { opt: 'legally' }], [{ any: ['u', 'you'] }, 'can legally'], 'someone', 'somebody', 'they', 'you', 'u', 'ya', 'we', 'cops', 'police', 'people', 'yall', 'everyone'] },
  { any: ['should', 'needs to', 'need to', 'ought to', 'gotta', 'has to', 'have to', 'must', 'oughta', 'please', 'just', 'should just', 'please just', 'go'] },
  { cap: VERB },
  { cap: PERSON },
]);
const WISH = P([
  {
    any: [
      [{ any: ['shouldve', 'should have', 'shoulda', 'should of'] }, { any: ['been', 'gotten', 'got'] }, { opt: { any: ['all', 'just', 'really', 'summarily', 'publicly', 'immediately'] } }],
      [{ any: ['should', 'ought to', 'needs to', 'need to', 'must', 'deserves to', 'deserve to', 'oughta', 'gotta', 'has to', 'have to', 'just need to'] }, { repeat: { any: ['all', 'just', 'really', 'simply', 'honestly', 'probably', 'definitely', 'immediately', 'summarily', 'publicly', 'instantly', 'all immediately'] }, max: 2 }, { any: ['be', 'get'] }],
    ],
  },
  { opt: 'all' },
  // "should be jailed or shot", "should be tried and then hanged": another fate first.
  { opt: [{ any: ['jailed', 'imprisoned', 'arrested', 'locked up', 'tried', 'convicted', 'fired', 'deported', 'castrated', 'tortured'] }, { any: ['or', 'and', 'and then', 'then'] }] },
  { cap: { lex: 'harmParticiples' } },
]);
/** Death wished on everyone of a kind, whatever word names them: "I wish all <…> would die". */
const WISH_ALL_DEAD = P([
  { any: ['wish', 'hope', 'pray', 'praying', 'hoping', 'cant wait until', 'cant wait till'] },
  { any: ['all', 'every last one of', 'all of the', 'all the', 'every'] },
  { repeat: { word: 'letters' }, min: 1, max: 3 },
  { any: ['would', 'will', 'could', 'just'] },
  { opt: 'just' },
  { any: ['die', 'drop dead', 'burn', 'burn to death', 'drown', 'get shot', 'be shot', 'be killed', 'get killed', 'be exterminated', 'be wiped out', 'hang', 'be hanged', 'get hanged'] },
]);
/** A wish to watch people die or be hurt: "I'd love to see all the <…> burning", "can't wait to see these <…> hanged". */
const SEE_HARMED = P([
  { any: ['love to see', 'like to see', 'want to see', 'wanna see', 'cant wait to see', 'hope to see', 'hoping to see', 'dream of seeing', 'idea of seeing', 'enjoy seeing', 'enjoy watching', 'love watching', 'love seeing'] },
  { opt: { any: ['all', 'every', 'all the', 'all of the', 'all these', 'all those', 'these', 'those', 'the', 'more'] } },
  { cap: [{ repeat: { word: 'letters' }, max: 2 }, { word: 'letters' }] },
  { any: ['burning', 'burn', 'burned', 'burnt', 'die', 'dying', 'dead', 'hanged', 'hang', 'hanging', 'lynched', 'gassed', 'executed', 'shot', 'slaughtered', 'exterminated', 'wiped out', 'strung up', 'swinging', 'beaten to death', 'in body bags', 'in bodybags'] },
  // "burn off energy", "die laughing", "hang out", "shot up in height": everyday senses.
  { not: { any: ['off', 'out', 'up', 'through', 'down', 'laughing', 'of', 'inside', 'around', 'on', 'with', 'energy', 'calories', 'in the', 'at the', 'a'] } },
]);
/** The grammar's words for people and groups, and "one", which it leaves out as a target. */
const PEOPLE_WORDS = new Set([...TARGET_WORDS, 'one', 'ones']);
const PEOPLE_SHAPED = /(?:ers|ists|ans|ians|ites|ics|als)$/;
/** Things and stories that die too: plants, pests, batteries, characters. */
const NOT_PEOPLE = words('plant|plants|houseplants|succulents|tomatoes|garden|weeds|mosquitoes|mosquitos|flies|roaches|ants|rats|mice|bugs|pests|fleas|ticks|battery|batteries|phone|phones|movie|film|show|episode|season|book|character|characters|zombies|villains|bad guys|enemies in the game|game|trend|trends|memes|fad|fads|cells|cancer cells|tumor|tumors|virus|germs|bacteria|leaves|flowers|fish');
/** A negated why-question asks for the harm: "why haven't they been hanged", "why hasn't anyone shot him". */
const WHY_NOT = P([
  { opt: { any: ['then', 'so', 'and', 'but'] } },
  'why',
  { any: ['havent', 'hasnt', 'hadnt', 'isnt', 'arent', 'wasnt', 'werent', 'didnt', 'doesnt', 'dont', 'wont', 'cant', 'has no one', 'has nobody', 'did no one', 'did nobody'] },
  {
    any: [
      [{ any: ['they', 'he', 'she', ['these', { word: 'letters' }], ['those', { word: 'letters' }]] }, { opt: 'all' }, { any: ['been', 'got', 'gotten', 'be', 'get'] }, { cap: { lex: 'harmParticiples' } }],
      [{ opt: { any: ['anyone', 'someone', 'somebody', 'anybody', 'we', 'you', 'the cops', 'police'] } }, { opt: 'just' }, { cap: VERB }, { cap: PERSON }],
      [{ opt: { any: ['anyone', 'someone', 'somebody', 'anybody'] } }, { cap: { lex: 'harmParticiples' } }, { cap: PERSON }],
    ],
  },
]);
/** A consequence put to "you": "… and you get shot", "your getting run over", "back off or get tased". */
const CONSEQUENCE = P([
  {
    cap: {
      any: [
        [{ any: ['you', 'u', 'ya', 'yall', 'youll', 'youre', 'your', 'ull'] }, { opt: { any: ['will', 'are', 'r', 'gonna', 'going to', 'gon', 'bout to', 'about to', 'will definitely', 'will probably'] } }, { any: ['get', 'gettin', 'getting', 'be getting'] }],
        ['or', { any: ['get', 'be'] }],
      ],
    },
  },
  // "your gettin your ass run over": the body named in between; outlets print the curse as "[expletive]".
  { opt: { any: ['fucking', 'effing', 'yourself', ['your', { opt: { any: ['dumb', 'stupid', 'fat', 'sorry', 'fucking'] } }, { any: ['ass', 'butt', 'self', 'expletive'] }]] } },
  { cap: { lex: 'harmParticiples' } },
  { not: { any: ['by', 'in the line of duty', 'on the job'] } },
]);
/** Who the condition is about: the writer, their truck, their family, their lawn. */
const FIRST_PERSON_WORDS = new Set(['me', 'my', 'us', 'our', 'mine', 'i', 'im', 'ill', 'id', 'we']);
/** Words that put "you get …" inside the condition ("if you get shot, apply pressure") or a question. */
const CONDITION_OPENERS = new Set(['if', 'when', 'unless', 'til', 'until', 'before', 'after', 'once', 'whenever', 'in case', 'do', 'did', 'can', 'could', 'would', 'how', 'why', 'what']);

/** An imperative harm at the start of a sentence or a quote: "hang the judge", "shoot the looters". */
const IMPERATIVE = P([
  { sentenceStart: true },
  { opt: { any: [...IMPERATIVE_LEADS] } },
  { cap: VERB },
  {
    any: [
      [{ any: ['the', 'that', 'this', 'those', 'these', 'every', 'all the', 'all those'] }, { opt: { word: 'any' } }, { cap: { lex: 'personNouns', plural: true } }],
      [{ any: ['him', 'her', 'them', 'em'] }, { any: [VERB, 'and', 'till', 'until', 'done'] }],
    ],
  },
]);
const PHRASES = words(compileAll(VIOLENT_PHRASES));
const IDIOMS = words(compileAll(VIOLENT_IDIOMS));
const DENIED = / (?:not|never|didnt|dont|doesnt|wont|wouldnt|cant|cannot|no way) /;
const DENIED_BEFORE = new Set(['never', 'dont', 'not', 'didnt', 'doesnt', 'wont', 'shouldnt', 'cant']);
/** Things that are "executed" by law or by hand, named right before "should"/"deserves": warrants, plans, orders. */
const CARRIED_OUT = words('warrant|warrants|plan|plans|order|orders|contract|contracts|will|policy|script|scripts|trade|trades');
const GORE_RE = words(alt(GORE));
const TOLD = new Set(['tales', 'tale', 'stories', 'story', 'history', 'movie', 'movies', 'film', 'films', 'novel', 'novels', 'book', 'books', 'game', 'games', 'show', 'series', 'podcast']);
const VIDEO_GAME = words('final boss|last boss|boss fight|boss battle|rpg|dungeon|xbox|playstation|ps5|ps4|nintendo|steam deck|gamer|gaming|video game|co op|speedrun|respawn|npc|npcs');
const GAME = / (?:at|in) (?:chess|cards|poker|checkers|pool|golf|tennis|basketball|football|madden|fifa|mario|the game|a game|trivia|a race|the race) /;


export const violentContent: Detector = {
  clause: 'violent-content',
  detect({ text, norm }) {
    const hits: DetectorHit[] = [];
    const taken = new SpanIndex();
    const add = (span: Span, severity: DetectorHit['severity'], what: string, lastTok?: number) => {
      // An errand, pests, or a friend teased ("shoot them an email", "kill them all" about fruit flies, "I'll kill you if you spoil it").
      if (lastTok !== undefined && everydaySense(norm, lastTok, text.slice(span.start, span.end))) return;
      if (!taken.claim(span)) return;
      hits.push({
        severity,
        spans: [span],
        message: `“${text.slice(span.start, span.end)}” ${what}`,
        advice: 'Say what frustrates you without wishing or threatening harm.',
      });
    };
    for (const m of findWords(norm, THREAT)) {
      const after = ` ${norm.words.slice(m.end, m.end + 30)}`;
      if (GAME.test(after)) continue;
      // "we'll break 80 officers short", "we'll hit 50 arrests": a count reached, not a blow.
      if (/ (?:break|hit|top|pass|beat|crush|smash) [0-9]+ /.test(` ${m.text} `)) continue;
      add(m.span, 'high', 'reads as a threat to hurt someone.', lastToken(norm, m));
    }
    for (const m of findWords(norm, THEN_THREAT)) {
      // "I never meant to hurt him": a denial, not a threat.
      if (DENIED.test(` ${m.text} `)) continue;
      if (!GAME.test(` ${norm.words.slice(m.end, m.end + 30)}`)) add(m.span, 'high', 'reads as a threat to hurt someone.', lastToken(norm, m));
    }
    for (const m of [...findWords(norm, GROUP_THREAT), ...findWords(norm, NOMINAL_RIDDANCE)]) {
      // "… the Italians at bocce": a contest named after the group.
      const last = lastToken(norm, m);
      const contest = norm.tokens[last + 1]?.key === 'at' && !/^(?:the|a|an|their|our|my|his|her|this|that|home|work|school|night|church|the mosque|once)$/.test(norm.tokens[last + 2]?.key ?? '');
      if (contest || has(window(norm, m.tok - 12, m.tok + 14), GAME_WORDS) || has(window(norm, m.tok - 4, m.tok, m.tok), DENIED)) continue;
      add(m.span, 'high', 'threatens or wishes violence against a whole group of people.', lastToken(norm, m));
    }
    for (const m of findWords(norm, SPLIT_THREAT)) if (!GAME.test(` ${norm.words.slice(m.end, m.end + 30)}`)) add(m.span, 'high', 'reads as a threat to hurt someone.', lastToken(norm, m));
    for (const m of findWords(norm, BARE_THREAT)) add(m.span, 'high', 'reads as a threat to hurt someone.', lastToken(norm, m));
    for (const m of findWords(norm, HOPE)) {
      // "I hope the guy who got stabbed …": a description of the victim, not a wish.
      if (/ (?:who|that) (?:got|was|were|is) /.test(` ${m.text} `)) continue;
      if (m.groups[1] || / die[s]? /.test(` ${m.text} `)) add(m.span, 'high', 'wishes harm on someone.');
    }
    for (const m of findWords(norm, MASS)) add(m.span, 'high', 'calls for violence against a group of people.', lastToken(norm, m));
    for (const m of findWords(norm, INCITE)) add(m.span, 'high', 'calls for violence against people.', lastToken(norm, m));
    for (const m of findWords(norm, WISH_ALL_DEAD)) {
      // "I wish all my plants would just die already" is no one's death; "I hope all the bad guys die in the movie" is a story.
      if (has(window(norm, m.tok - 10, lastToken(norm, m) + 10, m.tok), NOT_PEOPLE)) continue;
      // Whoever is named must read as people: a word for people or a group, or a word made like one ("…ers", "…ists", "…ians").
      const named = m.text.split(' ').slice(1).find((w, i, all) => ['would', 'will', 'could', 'just'].includes(all[i + 1] ?? ''));
      if (!named || !(PEOPLE_WORDS.has(named) || PEOPLE_SHAPED.test(named))) continue;
      add(m.span, 'high', 'wishes death on a whole group.', lastToken(norm, m));
    }
    for (const m of findWords(norm, SEE_HARMED)) {
      // "love to see the tomatoes die back", "love watching the villains die in the movie": not people.
      if (has(window(norm, m.tok - 10, lastToken(norm, m) + 10, m.tok), NOT_PEOPLE)) continue;
      const named = m.groups[0]!.split(' ').pop()!;
      if (!(PEOPLE_WORDS.has(named) || PEOPLE_SHAPED.test(named))) continue;
      add(m.span, 'high', 'wishes to see people killed or hurt.', lastToken(norm, m));
    }
    for (const m of findWords(norm, WISH)) {
      // "The search warrant should be executed": a thing carried out, not a person harmed.
      if (has(window(norm, m.tok - 1, m.tok, m.tok), CARRIED_OUT)) continue;
      // "How many officers must be murdered before …": a lament counting the dead, not a wish for more.
      if (countsTheDeadAsked(norm, m.tok)) continue;
      add(m.span, 'high', 'wishes violence on people.');
    }
    for (const m of findWords(norm, IMPERATIVE)) {
      // "finally beat the last boss": a video game's enemy.
      if (has(window(norm, m.tok - 6, lastToken(norm, m) + 12, m.tok), VIDEO_GAME)) continue;
      add(m.span, 'high', 'calls for violence against people.', lastToken(norm, m));
    }
    for (const m of findWords(norm, PHRASES)) {
      // "Never shoot first", "I hope he doesn't bleed out": negated, so no wish.
      if (DENIED_BEFORE.has(norm.tokens[m.tok - 1]?.key ?? '') || (/^(?:hope|hoping|wish|pray|praying) /.test(m.text.trim()) && DENIED.test(` ${m.text} `))) continue;
      add(m.span, 'high', 'wishes death or violence on a person.', lastToken(norm, m));
    }
    for (const m of findWords(norm, IDIOMS)) add(m.span, 'high', 'uses an idiom for force against a person.', lastToken(norm, m));
    for (const m of findWords(norm, WHY_NOT)) add(m.span, 'high', 'asks why the harm has not been done — a wish for it.', lastToken(norm, m));
    // A threat put as a consequence of crossing the writer: "step onto my porch again and you will get hurt".
    for (const m of findWords(norm, CONSEQUENCE)) {
      const before = norm.tokens.slice(Math.max(0, m.tok - 15), m.tok).filter((t) => t.sent === norm.tokens[m.tok]!.sent).map((t) => t.key);
      if (!before.some((w) => FIRST_PERSON_WORDS.has(w)) || CONDITION_OPENERS.has(before[before.length - 1] ?? '') || before.length === 0) continue;
      add(m.span, 'high', 'threatens harm to whoever crosses the writer.', lastToken(norm, m));
    }
    for (const m of findWords(norm, GORE_RE)) {
      // A capital inside a sentence is a name ("Al Gore"), not gore.
      const prev = norm.tokens[m.tok - 1];
      if (prev && prev.sent === norm.tokens[m.tok]!.sent && /^[A-Z][a-z]/.test(text.slice(m.span.start, m.span.end))) continue;
      // "the gory stories", "a gory movie": a kind of tale named, nothing graphic shown.
      if (TOLD.has(norm.tokens[lastToken(norm, m) + 1]?.key ?? '')) continue;
      add(m.span, 'medium', 'is graphic violence.');
    }
    for (const f of [...forceFrames(norm, text), ...deathCheered(norm, text), ...survivalRegretted(norm, text), ...forceEnjoyed(norm, text), ...crowdHarmWished(norm, text), ...deathApproved(norm, text)]) {
      if (f.lastTok !== undefined && (aboutPests(norm, f.lastTok + 1, '') || playful(norm, f.lastTok, text.slice(f.span.start, f.span.end)))) continue;
      if (mentioned(norm, text, f.span)) continue;
      if (taken.claim(f.span)) hits.push({ severity: 'high', spans: [f.span], message: f.message, advice: 'Say what frustrates you without wishing or threatening harm.' });
    }
    return hits;
  },
};

/** The sentence holding token `tok` opens with "how many": a question that counts the dead. */
function countsTheDeadAsked(norm: NormalizedText, tok: number): boolean {
  let k = tok;
  while (k > 0 && norm.tokens[k - 1]!.sent === norm.tokens[tok]!.sent) k--;
  return norm.tokens[k]!.key === 'how' && norm.tokens[k + 1]?.key === 'many';
}
