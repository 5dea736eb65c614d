// discriminatory-content: slurs, and generalisations that demean people for
// their race, gender, national origin, ethnicity, religion or sexual
// orientation. Mentioning a group is not: a demeaning predicate is needed.
import type { Detector, DetectorHit } from '../detector';
import { EXCLUSION_SLOGANS, GROUP_NAME_CALLING, GROUP_THING_NOUNS, GROUP_TRAITS, GROUPS, NEGATIVE_TONE, SLURS, SLURS_WITH_OTHER_SENSES, STEREOTYPE_CUES, WEAK_STEREOTYPE_CUES } from '../lexicon/groups';
import { INSULT_ADJECTIVES, INSULT_NOUNS, WEAK_ADJECTIVES } from '../lexicon/insults';
import { dehumanised, forceOnProtectedGroups, praisedPerformance, raceBasedEnforcement } from '../grammar';
import { alt, findPhrases, findWords, has, lastToken, PhraseSet, SpanIndex, window, words } from '../match';
import { inQuotes } from '../mention';
import { LEXICONS } from '../lexicon';
import { LITERAL_ANIMAL } from '../lexicon/frames';
import { compile, compileAll, type Item, type Pattern } from '../pattern';
import type { Span } from '../types';

/** A group named by its origin, faith or colour and a word for people ("Russian people", "Somali men"). */
const ORIGIN_PEOPLE: readonly Item[] = [{ lex: 'groupOriginAdjectives' }, { any: ['people', 'folks', 'men', 'women', 'immigrants', 'population', 'families', 'guys'] }];
const GROUP: Item = { any: [[{ lex: 'groupRoleAdjectives' }, { lex: 'groupRoles' }], [{ lex: 'groupPlaceAdjectives' }, { lex: 'groupPlaces' }], ORIGIN_PEOPLE, { lex: 'groups' }] };
const TRAIT_WORDS = [...GROUP_TRAITS, ...INSULT_NOUNS, ...INSULT_NOUNS.map((n) => `${n}s`), ...INSULT_ADJECTIVES.filter((a) => !WEAK_ADJECTIVES.includes(a)), 'disgrace', 'a disgrace', 'an embarrassment', 'freaks', 'abnormal', 'perverted', 'bad drivers', 'more likely to be criminals', 'born criminals'];
const EXCLUDED_FROM = [
  'go home', 'dei hire', 'shouldnt be allowed', 'should not be allowed', 'should be banned', 'dont belong', 'do not belong', 'where they belong',
  'only hired because', 'only got hired because', 'diversity hire', 'diversity hires', 'affirmative action hire',
  'quota hire', 'quota hires', 'belong in the kitchen', 'cant do the job', 'cannot do the job', 'not fit to', 'arent fit to',
  'shouldnt serve', 'should not serve', 'cant be trusted', 'cannot be trusted', 'need to go back', 'should go back',
  'should be deported', 'need to be deported', 'ruin everything', 'ruining everything', 'ruin this country', 'ruining this country',
];
/** This rule's patterns: the lexicons plus its own trait and exclusion lists. */
const NOT_NAMED = ['women', 'woman', 'men', 'males', 'girls', 'ladies', 'female', 'females', 'these people', 'those people', 'their kind', 'irish', 'natives'];
const NAMED_GROUPS = GROUPS.filter((g) => !NOT_NAMED.includes(g)).concat(['women drivers', 'woman driver', 'female drivers', 'gay dudes', 'gay guys', 'trans women', 'trans', 'muzzies', 'muzzie', 'pride month', 'demographic']);
const NOT_CURSED = ['women', 'woman', 'men', 'males', 'girls', 'ladies', 'female', 'females', 'these people', 'those people', 'gay', 'lesbian', 'hispanic', 'mexican', 'asian', 'chinese', 'japanese', 'indian', 'irish', 'natives', 'dominican', 'haitian', 'jamaican', 'somali', 'nigerian', 'puerto rican'];
const CURSED_GROUPS = GROUPS.filter((g) => !NOT_CURSED.includes(g)).concat(['foreigner', 'foreigners', 'islam', 'judaism', 'christianity', 'muslims', 'jews', 'mexicans', 'gays', 'immigrants']);
const P = (pattern: Pattern) => words(compile(pattern, { ...LEXICONS, trait: TRAIT_WORDS, excludedFrom: EXCLUDED_FROM, namedGroups: NAMED_GROUPS, cursedGroups: CURSED_GROUPS }));
const COPULA: Item = { any: ['are', 'is', 'r', 'be', 'being', 'seem', 'seem to be', 'tend to be', 'were all', 'are all', 'become'] };
const MOD: Item = { any: ['all', 'just', 'so', 'too', 'such', 'nothing but', 'always', 'mostly', 'basically', 'inherently', 'naturally', 'a bunch of', 'bunch of', 'a pack of', 'the same', 'born', 'really', 'literally', 'a', 'an', 'the', 'total', 'complete', 'fucking', 'damn', 'potential', 'every one'] };
const NEG = / (?:not|no|never|arent|isnt|nt) /;

const SLUR_RE = new PhraseSet(SLURS);
/** Slurs that were also sports teams' names: in talk of the game they name the team. */
const TEAM_NAMES = new Set(['redskin', 'redskins']);
const SCHOOL_TALK = words('firstdayofschool|backtoschool|school|schools|first day|kids|kiddos|teacher|teachers|summer|camp|class|classes|semester|bus|backpack|backpacks|homework|kindergarten|daycare|mama|mom|moms|mommy');
/** Three opening and three closing parentheses around a word or a name. */
const ECHO = /\(\(\(\s*[^()\n]{1,40}?\s*\)\)\)/g;
const SIGN_TALK = /\b(?:echo|symbol|sign|antisemitic|anti-semitic|hate symbol|ADL|triple paren)/i;
/** "Jew" right before a noun it describes; the words that follow it in ordinary sentences are left out. */
const JEW_ATTRIBUTIVE = P(['jew', { not: { any: ['is', 'was', 'and', 'or', 'who', 'named', 'in', 'at', 'from', 'for', 'with', 'to', 'of', 'has', 'had', 'can', 'will', 'would', 'i', 'myself', 'here', 'there', 'living', 'born', 'convert', 'hatred', 'haters', 'hater', 'hate', 'but', 'so', 'like', 'by', 'on', 'as', 'me', 'you', 'he', 'she', 'they', 'we', 'too', 'either', 'then', 'when', 'if', 'because', 'since', 'after', 'before', 'not', 'that', 'which', 'being', 'said', 'says', 'lives', 'died', 'dies', 'working', 'married', 'whose', 'today', 'yesterday', 'a', 'an', 'the', 'my', 'your', 'his', 'her', 'their', 'our'] } }, { word: 'letters' }]);
const SLOGAN_TALK = words('conspiracy|conspiracy theory|theory|myth|lie|hoax|debunked|debunk|propaganda|racist|extremist|extremists|hate group|hate groups');
const CIGARETTE = new Set(['butts', 'butt', 'end', 'ends', 'packet', 'packets', 'break', 'breaks', 'lighter', 'paper', 'papers', 'smoke']);
const MENTION_BEFORE = / (?:called|calling|call|calls) (?:me|us) (?:a |an )?$| (?:the word|word|words|saying|say|said|spell|spelled|use|using|uses|used the) $/;
const MENTION_AFTER = /^ (?:is|was|are|isnt|as) (?:a |an |not an? )?(?:slur|slurs|word|insult|term|racist|offensive|homophobic)/;
/** Said about third persons, not to a friend: "that …", "typical …", "a room full of …", "… in this city". */
const REFERENTIAL_BEFORE = / (?:that|those|them|typical|full of|bunch of|all the|all these|all those|dumb|stupid|ghetto|filthy|dirty) $/;
const REFERENTIAL_AFTER = /^ (?:in|from|around|on) (?:this|that|the|our|my) (?:city|town|neighborhood|hood|area|side|block|county|state|country|school|store)/;
/** Spanish function words: two of them around "negro" make it the Spanish colour word. */
const SPANISH = new Set(['el', 'la', 'los', 'las', 'un', 'una', 'mi', 'mis', 'muy', 'que', 'para', 'con', 'del', 'es', 'y', 'pero', 'se', 'llama', 'te', 'amo', 'por', 'como', 'su', 'tu', 'mas', 'bien', 'bonito', 'bonita', 'carro', 'perro', 'vestido', 'cafe', 'mar', 'viernes', 'humor', 'cristo', 'color', 'gato']);
const spanishAround = (w: string) => w.split(' ').filter((x) => SPANISH.has(x)).length >= 2;
const NEGRO_NAMES = words('leagues|league|leagues baseball|college fund|spirituals|spiritual|national league|history week|motorist');
const IN_GROUP_SPELLINGS = new Set(['nigga', 'niggas', 'niggaz']);
const SPORTS = words('fans|fan|game|games|season|football|nfl|team|jersey|jerseys|playoffs|playoff|super bowl|superbowl|score|win|won|lost|lose|beat|tailgate|tailgating|stadium|quarterback|qb|coach|draft|touchdown|league|rename|renamed|commanders|cowboys|giants|eagles|sunday|kickoff|helmet|logo|mascot');
/** Things a group's adjective can name instead of people ("Chinese food", "Irish setters", "Mexican restaurants"). */
const THING_AFTER_GROUP: Item = { not: { any: [...GROUP_THING_NOUNS] } };
const PREDICATE = P([{ opt: { any: ['all', 'every', 'most', 'those', 'these', 'typical', 'the', 'you', 'fucking', 'damn'] } }, { cap: GROUP }, THING_AFTER_GROUP, { gap: 4 }, COPULA, { repeat: MOD, max: 3 }, { gap: 3 }, { cap: { lex: 'trait' } }]);
/** "<group> are the worst": ranked below everyone for who they are (a named group: "men are the worst" is a sigh, not a slur). */
const WORST = P([{ cap: { lex: 'namedGroups' } }, THING_AFTER_GROUP, { opt: { any: ['really', 'honestly', 'truly'] } }, { any: ['are', 'r', 'are just', 'are by far', 'are always'] }, 'the worst', { not: { any: ['hit', 'affected', 'off', 'victims', 'treated', 'paid'] } }]);
const CANT = P([
  { cap: GROUP },
  { any: ['cant', 'cannot', 'can never', 'dont know how to', 'never learn to', 'shouldnt', 'should never'] },
  { any: ['drive', 'be trusted', 'think', 'speak english', 'do the job', 'do anything right', ['handle', { any: ['it', 'the job', 'stress', 'pressure', 'patrol', 'the street', 'the streets', 'swat', 'command', 'the pressure'] }], 'lead', 'be cops', 'be officers', 'be detectives', 'be police', 'serve', 'be in charge'] },
]);
const CONSPIRACY = P([
  { cap: GROUP },
  { any: ['control', 'controls', 'run', 'runs', 'own', 'owns', 'are taking over', 'are replacing', 'want to replace', 'secretly run', 'secretly control', ['pull the strings', { any: ['at', 'in', 'of'] }]] },
  { opt: { any: ['all', 'every', 'each'] } },
  { opt: { any: ['the', 'our', 'this', 'your'] } },
  { repeat: [{ not: { any: ['a', 'an', 'his', 'her', 'their', 'my'] } }, { word: 'letters' }], max: 2, lazy: true },
  { any: ['half of', 'bank', 'banks', 'board', 'media', 'world', 'government', 'country', 'hollywood', 'money', 'everything', 'us', 'council', 'city', 'courts', 'schools', 'elections', 'news', 'police', 'department', 'economy', 'system', 'state', 'town', 'press', 'business', 'industry', 'market', 'jobs', 'trade', 'courthouse'] },
]);
const NEGATIVE_DEEDS = P([
  { cap: GROUP },
  { opt: { any: ['all', 'always', 'just', 'only'] } },
  {
    any: [
      ['bring', { opt: 'nothing but' }, { any: ['disease', 'diseases', 'crime', 'drugs', 'violence'] }],
      'eat dogs', 'eat cats',
      ['spread', { any: ['diseases', 'disease', 'covid', 'the virus', 'germs'] }],
      ['carry', { any: ['diseases', 'disease'] }],
      ['breed like', { any: ['rats', 'rabbits'] }],
      'smell', 'stink', 'steal', 'lie', 'cheat', 'rape', 'ruin', 'ruins', 'destroy', 'destroys', 'infest', 'invade', 'take our jobs', 'sell drugs',
      'commit all the crime', 'commit most of the crime', 'live off welfare', 'dont pay taxes', 'dont belong',
      // The same deeds told as a wave going on now: "<group> are raping our daughters".
      ['are', { any: ['raping', 'stealing', 'invading', 'infesting', 'destroying', 'ruining', 'breeding', 'taking over', 'taking our jobs', 'spreading disease', 'bringing crime', 'bringing drugs'] }],
    ],
  },
]);
const NEVER_MET = P(['never', { any: ['met', 'seen', 'known'] }, { any: ['a', 'an', 'one', 'any'] }, { cap: GROUP }, { gap: 3 }, { any: ['who', 'that'] }, { any: ['wasnt', 'isnt', 'werent', 'arent', 'didnt', 'doesnt', 'could', 'can'] }]);
/** A group named, then dehumanised in the next words or sentence ("full of X now. Filthy people."). Bounded gap, sentences allowed. */
const DEHUMANISED_NEAR = P([
  { cap: GROUP },
  { gap: 10, across: true },
  {
    any: [
      [{ any: ['filthy', 'dirty', 'disgusting', 'nasty', 'smelly', 'stinking', 'savage', 'subhuman', 'primitive'] }, { any: ['people', 'animals', 'creatures', 'things', 'vermin', 'lot', 'bunch', 'pigs', 'rats', 'beasts'] }],
      [{ any: ['bunch', 'pack', 'herd', 'horde', 'swarm'] }, 'of', { any: ['animals', 'savages', 'vermin', 'rats', 'cockroaches', 'parasites', 'beasts', 'apes', 'monkeys'] }],
      [{ any: ['like', 'are', 'just', 'nothing but', 'all'] }, { any: ['animals', 'vermin', 'rats', 'cockroaches', 'parasites', 'savages', 'apes', 'monkeys', 'a disease', 'an infestation'] }],
      [{ any: ['like', 'is', 'are'] }, { opt: 'a' }, { any: ['zoo', 'jungle'] }],
    ],
  },
]);
const TYPICAL = P([
  'typical',
  { cap: { any: [GROUP, [{ any: ['ghetto', 'hood', 'black', 'white', 'mexican', 'asian', 'muslim', 'jewish', 'gay', 'hispanic', 'arab', 'indian', 'chinese', 'latino', 'haitian', 'somali', 'african'] }, { any: ['behavior', 'behaviour', 'shit', 'stuff', 'move', 'thing', 'crap'] }]] } },
]);
const THEY_ARE = P([{ cap: GROUP }, THING_AFTER_GROUP, { gap: 10 }, { any: ['theyre', 'they are', 'they r', 'theyve always been', 'they all', 'all of them are', 'every one of them is', 'each one is'] }, { repeat: MOD, max: 3 }, { cap: { lex: 'trait' } }]);
const CONTEMPT_BEFORE = P([
  { cap: { lex: 'groupContempt' } },
  { opt: { any: ['working with', 'being around', 'dealing with', 'living near', 'living next to', 'having', 'hiring', 'serving'] } },
  { opt: { any: ['all', 'the', 'those', 'these', 'any', 'an', 'a', 'every', 'most', 'them', 'dirty', 'fucking', 'damn'] } },
  { cap: GROUP },
  // "get rid of the Japanese beetles": the group's adjective names a thing.
  THING_AFTER_GROUP,
]);
/** Colours also name stains and litter ("black scum on the tiles", "brown trash bags"): with a colour, only nouns said of people alone. */
const COLOURS = ['black', 'brown', 'white'];
const STAINS = ['scum', 'filth', 'trash', 'garbage', 'vermin'];
const ORIGIN_NAMES = GROUP_NAME_CALLING.adjectives.filter((a) => !COLOURS.includes(a));
/** "<origin> savages", "those <origin> rats": a group named by what it is called. */
const NAME_CALLING = P([
  {
    cap: {
      any: [
        [{ any: ORIGIN_NAMES }, { any: GROUP_NAME_CALLING.peopleOnly }],
        [{ any: COLOURS }, { any: GROUP_NAME_CALLING.peopleOnly.filter((n) => !STAINS.includes(n)) }],
        [{ any: ['those', 'these', 'them', 'bunch of', 'fucking', 'dirty', 'filthy', 'stinking', 'damn', 'like'] }, { any: GROUP_NAME_CALLING.adjectives }, { any: GROUP_NAME_CALLING.animals }],
      ],
    },
  },
  { not: { any: ['can', 'cans', 'bag', 'bags', 'truck', 'trucks', 'day', 'pickup', 'bin', 'bins', 'disposal', 'collection', 'talk', 'panda', 'pandas', 'island', 'islands', 'patch'] } },
]);
/** Words that make an animal noun an animal: zoos, wildlife, pets, pests. */
const ANIMAL_TALK = words(alt(LITERAL_ANIMAL));
const LEGAL_STATUS = new Set(['undocumented', 'illegal', 'unauthorized', 'unlawful', 'criminal']);
const CONTEMPT_AFTER = P([{ cap: GROUP }, { gap: 4 }, { cap: { lex: 'excludedFrom' } }]);
/** Groups specific enough for the cue rule ("women", "men" and "these people" alone are too common). */
const NAMED_GROUP = P([{ cap: { any: [[{ lex: 'groupRoleAdjectives' }, { lex: 'groupRoles' }], [{ lex: 'groupPlaceAdjectives' }, { lex: 'groupPlaces' }], { lex: 'namedGroups' }] } }]);
/** Women and men as a group: only with cues that exclude them from the job or demean them. */
const GENDER = words(compileAll([
  [{ sentenceStart: true }, { any: ['women', 'woman', 'females', 'girls'] }, { any: ['cant', 'can not', 'cannot', 'shouldnt', 'dont belong', 'belong', 'arent built', ['have', { any: ['zero', 'no'] }, 'business']] }],
  [{ any: ['hiring', 'promoting', 'hire', 'promote'] }, { any: ['female', 'women', 'woman'] }, { any: ['detectives', 'officers', 'cops', 'sergeants', 'supervisors', 'recruits'] }],
  ['hire a', { any: ['woman', 'girl', 'female', 'chick'] }, 'as'],
  [{ any: ['women', 'woman', 'females', 'girls'] }, 'in', { any: ['leadership', 'charge', 'command', 'patrol', 'swat', 'the unit', 'power', 'management'] }],
  [{ any: ['let', 'letting', 'put', 'putting', 'hire', 'hiring', 'promote', 'promoting'] }, { any: ['a', 'the'] }, { any: ['woman', 'girl', 'female', 'chick', 'lady'] }, { any: ['run', 'lead', 'be in charge', 'handle', 'command', 'supervise'] }],
  [{ any: ['every', 'all', 'most', 'these', 'those', 'any'] }, { any: ['woman', 'women', 'girl', 'girls', 'female', 'females', 'man', 'men'] }],
  [{ any: ['women', 'females', 'girls'] }, { any: ['cops', 'officers', 'in patrol', 'on patrol', 'in uniform', 'in this job'] }],
]));
const GENDER_CUE = words('diversity|always men|zero business|no business|too weak|handle patrol|go back to dispatch|sweetheart|cant handle|separate test|this is what you get|feelings instead of|drama|falling apart|since they promoted|sure if you want|if you want nobody|yeah right|good luck with that|never built for|not built for|not cut out for|belong in the kitchen|belong on|belong in|cant handle|too emotional|too soft|cried|real men|biology|separate license|cant drive|dont belong|shouldnt be');
/** Ape emoji next to words about crime or a demographic: a racist trope. */
const APE_EMOJI = /(?:\u{1F412}|\u{1F98D}|\u{1F435}|\u{1F9A7})/u;
const APE_CONTEXT = words('thug|thugs|demographic|you know who|those people|them|ghetto|hood|welfare|stats|crime|criminals');
const CUE = words(alt(STEREOTYPE_CUES));
const WEAK_CUE = words(alt(WEAK_STEREOTYPE_CUES));
/** Negative tone, words or the eye-roll, nauseated and monkey emoji. */
const NEGATIVE = words(alt(NEGATIVE_TONE));
const NEGATIVE_EMOJI = /\u{1F644}|\u{1F922}|\u{1F92E}|\u{1F412}|\u{1F612}/u;
const CUE_NEGATED = / (?:not|never|dont|isnt|arent|no) (?:all|every|saying|true) |stereotyp|bigot|discriminat|prejudice| (?:is|are|was|thats|so) racist | racism /;
const CALLING_GROUP = P([{ any: ['calling', 'called', 'call', 'calls'] }, { opt: { any: ['the', 'all', 'those', 'these'] } }, { cap: GROUP }, { gap: 2 }, { lex: 'trait' }]);
const NO_GROUP = P([{ sentenceStart: true }, 'no', { cap: GROUP }, { any: ['in', 'at', 'on', 'allowed', 'welcome', 'need apply', 'near'] }]);
/** Cursing a group or its faith: "f*** Islam", "fucking foreigner". */
const CURSED_GROUP = P([{ any: ['fuck', 'fck', 'fuk', 'fk', 'screw', 'fucking', 'fuckin', 'filthy', 'stinking', 'stinkin'] }, { opt: { any: ['all', 'the', 'those', 'these', 'that', 'this', 'every'] } }, { cap: { lex: 'cursedGroups' } }]);
/** Hatred of every member of a group: "I hate all Muslims", "despise every one of those …". */
const HATE_ALL = P([{ any: ['hate', 'despise', 'loathe', 'detest', 'dislike', 'cant stand'] }, { gap: 9 }, { any: ['all', 'every', 'every single', 'every last'] }, { opt: 'of' }, { opt: { any: ['the', 'those', 'these'] } }, { cap: GROUP }]);
/** Scorn for a religion itself. */
const RELIGION: Item = { any: ['islam', 'muslims', 'muslim', 'jews', 'jewish', 'judaism', 'christianity', 'christians', 'hindus', 'hinduism', 'sikhs', 'catholics', 'mormons', 'the quran', 'the koran', 'the bible', 'their god', 'allah', 'muhammad', 'mohammed'] };
const RELIGION_SCORN = words(compileAll([
  [RELIGION, { gap: 5 }, { opt: { any: ['is a', 'are a', 'is', 'are', 'just a', 'religion of'] } }, { any: ['death cult', 'cult', 'hoax', 'a hoax', 'fairy tale', 'make believe', 'perverted', 'barbaric', 'barbarians', 'satanic', 'evil', 'disease', 'cancer', 'pedophiles', 'pedophile', 'pedo', 'invention'] }],
  [{ any: ['perverted', 'barbaric', 'backward', 'evil', 'satanic', 'make believe', 'pedo', 'pedophile', 'filthy', 'disgusting', 'vile'] }, { opt: { word: 'any' } }, { any: ['beliefs', 'religion', 'faith', 'god', 'prophet', 'cult'] }],
  // Hostility to a faith said of oneself ("I'm anti-Islam"); news of anti-Muslim crimes names no speaker.
  [{ sentenceStart: true }, { any: ['im', 'i am', 'we are'] }, { opt: { any: ['proudly', 'openly', 'totally', 'completely', '100 percent', '100', 'a hundred percent'] } }, 'anti', RELIGION, { not: { any: ['hate', 'hatred', 'bigotry', 'bias', 'vandalism', 'flyers', 'graffiti', 'attacks', 'attack', 'crime', 'crimes', 'violence', 'rhetoric', 'sentiment', 'harassment', 'discrimination', 'laws', 'groups'] } }],
], LEXICONS));
const SLOGAN = words(compileAll(EXCLUSION_SLOGANS));
/** A group's lives said not to matter: the protest slogan negated. */
const LIVES_DENIED = P([
  { cap: { any: ['black', 'brown', 'blk', 'immigrant', 'muslim', 'jewish', 'native', 'indigenous', 'asian', 'latino', 'mexican', 'african', 'gay', 'trans', 'their'] } },
  'lives',
  { any: ['dont', 'do not', 'dont really', 'do not really', 'dont even', 'will never', 'never', 'wont ever', 'shouldnt', 'arent going to', 'dont fucking'] },
  'matter',
]);
/** People told to go home, named as animals: "go home, monkeys", "get out of our country, savages". */
const GO_HOME_ANIMALS = P([
  { any: ['go home', 'go back home', 'go back', 'get out', 'get out of here', 'get out of our country', 'go back to your country', 'leave our country'] },
  { opt: { any: ['you', 'ya', 'yall'] } },
  { opt: { any: ['dirty', 'filthy', 'fucking', 'stinking', 'damn'] } },
  { any: ['monkeys', 'apes', 'savages', 'animals', 'cockroaches', 'roaches', 'vermin', 'parasites', 'subhumans', 'invaders', 'rats', 'baboons', 'gorillas'] },
]);
/** A group as the object of riddance or destruction: "eliminate <group>", "keep those <group> out", "fight <group>". */
const RID_OF_GROUP = P([
  {
    any: [
      [{ any: ['eliminate', 'exterminate', 'eradicate', 'extinguish', 'annihilate', 'wipe out', 'purge', 'cleanse', 'destroy', 'fight', 'crush', 'get rid of', 'remove', 'gas', 'nuke'] }, { opt: { any: ['all', 'all the', 'the', 'those', 'these', 'every'] } }, { cap: { lex: 'namedGroups' } }, THING_AFTER_GROUP],
      [{ any: ['keep', 'kick', 'throw', 'ban', 'drive', 'run'] }, { opt: { any: ['all', 'all the', 'the', 'those', 'these', 'every'] } }, { opt: { any: ['dirty', 'filthy', 'fucking', 'damn'] } }, { cap: { lex: 'namedGroups' } }, 'out'],
    ],
  },
]);
/** A group wished away: "vote all <group> out", "better off without <group>", "<group> belong in zoos", "<group> suck". */
const WISHED_AWAY = P([
  {
    any: [
      ['vote', { opt: { any: ['all', 'all the', 'every', 'the', 'those', 'these'] } }, { cap: { lex: 'cursedGroups' } }, 'out'],
      [{ any: ['better', 'better off', 'safer', 'cleaner', 'a better place'] }, 'without', { opt: { any: ['all', 'all the', 'any', 'the', 'those', 'these'] } }, { cap: { lex: 'cursedGroups' } }],
      [{ cap: { lex: 'namedGroups' } }, THING_AFTER_GROUP, { opt: { any: ['all', 'should', 'only'] } }, { any: ['belong in', 'belongs in', 'belong back in', 'go back to'] }, { opt: { any: ['a', 'the'] } }, { any: ['zoo', 'zoos', 'cage', 'cages', 'jungle', 'trees', 'chains', 'camps', 'ovens', 'gas chambers', 'gas chamber', 'sewer', 'sewers'] }],
      [{ cap: { lex: 'cursedGroups' } }, THING_AFTER_GROUP, { opt: { any: ['all', 'just', 'really', 'fucking'] } }, { any: ['suck', 'sucks', 'ruin everything', 'ruin everything they touch', 'ruined this country', 'are ruining this country', 'are a cancer'] }, { not: { any: ['at', 'in', 'on'] } }],
    ],
  },
]);
/** A question put, not a wish made: "asked whether … better without …". */
const ASKED = words('asked|asks|ask|whether|question|debate|debated');
/** Genocide wished finished: "Hitler should have finished the job". */
const FINISH_THE_JOB = P([{ any: ['hitler', 'adolf', 'the nazis', 'nazis', 'the holocaust', 'the kkk'] }, { gap: 5 }, { any: ['finished', 'finish', 'finishing', 'complete', 'completed'] }, { any: ['the job', 'what he started', 'what they started', 'his work', 'the work'] }]);
/** A match between national teams ("destroy the Mexicans in the final"). */
const MATCHES = words('final|finals|cup|world cup|match|tournament|soccer|hockey|rugby|cricket|basketball|baseball|olympics|goal|goals|fifa|mls|curling|tennis|volleyball|boxing|ufc|group stage|eliminated|bracket|quiz|trivia|bocce');
/** Words before an act that deny, oppose or recount it rather than call for it. */
const NOT_THIS = words('dont|do not|never|not|wont|cant|stop|shouldnt|let anyone|tried to|trying to|attempted to|wanted to');
/** Words that make a negated slogan a charge against others: "people who say", "they act like". */
const CHARGED_TO_OTHERS = words('who say|who think|who believe|who act|people say|they say|act like|acts like|acting like|as if|as though|pretend|pretends|message that|saying|the message|tells them|told them');
/** "Religion of peace" said with a sneer: a hashtag, "so-called", "strikes again", or alone as the whole sentence. */
const PEACE_SNEER = P([
  {
    any: [
      'religionofpeace',
      ['so called', 'religion of peace'],
      [{ any: ['yeah', 'ah', 'ahh', 'oh', 'sure'] }, { opt: 'yes' }, { opt: 'the' }, 'religion of peace'],
      ['religion of peace', { any: ['strikes again', 'at it again', 'at work', 'my ass', 'yeah right', 'lol', 'lmao', 'smh', 'huh'] }],
      [{ sentenceStart: true }, { opt: 'the' }, 'religion of peace', { sentenceEnd: true }],
    ],
  },
]);
/** Words around a slur that give it its older, literal sense (only the slurs that list some). */
const LITERAL_SENSES = new Map(Object.entries(SLURS_WITH_OTHER_SENSES).filter(([, around]) => around.length > 0).map(([slur, around]) => [slur, words(alt(around))]));
/** Talk about a slur rather than use of one: news, apologies, teaching, graffiti, lyrics. */
const REDACTION_TALK = words('apologized|apologised|apology|using|uttered|video|scrawled|graffiti|spray painted|lyrics|lyric|song|book|novel|training|history|teach|teaching|lesson|banned|word|charged|hate crime|investigation|investigating|tweet|comedian|senator|speech|podcast');
/** What followed someone else's slur: a suspension, a firing, an apology, a hate-crime charge. */
const CONSEQUENCES = words('suspended|expelled|fired|kicked out|kicked him out|kicked them out|apologized|apologised|apology|scrawled|graffiti|spray painted|hate crime|charged');
/** Verbs of telling, one word each, for the subject check; the writer as that subject. */
const TELLING_VERBS = new Set(['told', 'yelled', 'shouted', 'screamed', 'said', 'says', 'say', 'saying', 'heard', 'yelling', 'shouting', 'calling', 'called', 'wrote', 'ranted', 'claimed', 'claims', 'insisted', 'scrawled']);
const WRITER = new Set(['i', 'we', 'ill', 'id', 'im', 'ive', 'not', 'just']);
/** Verbs that tell what someone else said or did. */
const TELLING = words('told|yelled|shouted|screamed|said|says|saying|heard|hear|yelling|shouting|calling|called|wrote|written|scrawled|painted');
/** Words that put a slogan or a name-calling in someone else's mouth, or condemn it. */
const REPORTED_SPEECH = words('told|yelled|shouted|screamed|said|says|heard|hear|yelling|shouting|stop|quit|sick of|tired of|condemn|condemns|wrong|shameful|disgusting|reported|who call|who called|who calls|people call|someone|somebody');


export const discriminatoryContent: Detector = {
  clause: 'discriminatory-content',
  detect({ text, norm }) {
    const hits: DetectorHit[] = [];
    const taken = new SpanIndex();
    /** Quoted, reported or condemned: "someone yelled 'go back to Mexico'", "stop calling immigrants animals". */
    const quoted = (m: { span: Span }) => inQuotes(text, m.span.start);
    const someoneElseSaid = (m: { span: Span; tok: number }) => quoted(m) || has(window(norm, m.tok - 8, m.tok, m.tok), REPORTED_SPEECH);
    /** A telling verb in the ten words before, whose subject is not the writer ("a man … say all …", not "I say …"). */
    const toldByOthers = (tok: number) => {
      const sent = norm.tokens[tok]?.sent;
      for (let k = Math.max(0, tok - 10); k < tok; k++) {
        const t = norm.tokens[k]!;
        if (t.sent !== sent || !TELLING_VERBS.has(t.key)) continue;
        if (!WRITER.has(norm.tokens[k - 1]?.key ?? '')) return true;
      }
      return false;
    };
    const add = (span: Span, what: string) => {
      if (!taken.claim(span)) return;
      hits.push({ severity: 'high', spans: [span], message: what, advice: 'Talk about what a person did, not the group they belong to.' });
    };
    for (const m of findPhrases(norm, SLUR_RE)) {
      const slur = m.groups[0]!;
      if (TEAM_NAMES.has(slur) && has(window(norm, m.tok - 12, m.tok + 12), SPORTS)) continue;
      // A redaction ("(n-word)", "n-----") is the writer's own slur only when nothing around reports or discusses one.
      const redacted = slur === 'nword' || /-/.test(text.slice(m.span.start, m.span.end));
      if (redacted && (someoneElseSaid(m) || has(window(norm, m.tok - 12, m.tok + 12, m.tok), REDACTION_TALK))) continue;
      // So is a slur masked with symbols when quoted or told ("k*ke" scrawled on a sign, a kid suspended for calling a classmate one);
      // "sick of these …" is the writer's own.
      if (/[*@$#!]/.test(text.slice(m.span.start, m.span.end)) && (quoted(m) || has(window(norm, m.tok - 12, m.tok + 12, m.tok), CONSEQUENCES) || has(window(norm, m.tok - 8, m.tok, m.tok), TELLING))) continue;
      // British "fag" is a cigarette when a cigarette word follows it ("fag butts", "a fag break").
      if ((slur === 'fag' || slur === 'fags') && CIGARETTE.has(norm.tokens[lastToken(norm, m) + 1]?.key ?? '')) continue;
      // Older senses: a raccoon, kindling, a levee, a gap in armour.
      const literal = LITERAL_SENSES.get(slur);
      if (literal && has(window(norm, m.tok - 10, m.tok + 10, m.tok), literal)) continue;
      // Spanish "negro" (black: "café negro", "mi negro") and the names of institutions ("Negro Leagues").
      if (slur === 'negro' && (spanishAround(window(norm, m.tok - 10, m.tok + 10, m.tok)) || has(window(norm, m.tok + 1, m.tok + 4, m.tok), NEGRO_NAMES))) continue;
      // Talking about the word ("X is a slur", "he called me a X") condemns or reports it.
      if (MENTION_BEFORE.test(window(norm, m.tok - 3, m.tok, m.tok)) || MENTION_AFTER.test(window(norm, m.tok + 1, m.tok + 5, m.tok))) continue;
      // The in-group spelling used as address ("my n…a") is not aimed at a group unless another group is named beside it.
      // Masked ("n1gg@") means the writer treats it as a slur.
      const masked = /[^a-zA-Z]/.test(text.slice(m.span.start, m.span.end));
      if (IN_GROUP_SPELLINGS.has(slur) && !masked && !has(window(norm, m.tok - 10, m.tok + 10, m.tok).replace(` ${slur} `, ' '), NAMED_GROUP) && !REFERENTIAL_BEFORE.test(window(norm, m.tok - 3, m.tok, m.tok)) && !REFERENTIAL_AFTER.test(window(norm, m.tok + 1, m.tok + 5, m.tok))) continue;
      add(m.span, `“${text.slice(m.span.start, m.span.end)}” is a slur.`);
    }
    for (const re of [PREDICATE, THEY_ARE]) {
      for (const m of findWords(norm, re)) {
        // Quoted generalisations stay findings (a shared post quotes someone else's); "stop calling …" condemns one.
        // One quote mark inside the match: the trait or the group is in scare quotes ("immigrants are "invaders""), a mention.
        const marks = (text.slice(m.span.start, m.span.end).match(/["“”]/g) ?? []).length;
        if (NEG.test(` ${m.text} `) || has(window(norm, m.tok - 8, m.tok, m.tok), REPORTED_SPEECH) || marks % 2 === 1) continue;
        // "an anti-gay senator is …": the group word describes the senator, not the group.
        if (norm.tokens[m.tok - 1]?.key === 'anti') continue;
        // "animals on the dance floor", "beasts on the court": praise for how people play or dance.
        if (praisedPerformance(norm, lastToken(norm, m) + 1)) continue;
        add(m.span, `“${text.slice(m.span.start, m.span.end)}” — a demeaning generalisation about ${m.groups[0]}.`);
      }
    }
    for (const m of findWords(norm, WORST)) if (!someoneElseSaid(m)) add(m.span, `“${text.slice(m.span.start, m.span.end)}” — ranks ${m.groups[0]} as a group below everyone.`);
    // "a man told my daughter girls can't be cops": someone else's saying, told to refute it.
    for (const m of findWords(norm, CANT)) if (!someoneElseSaid(m) && !toldByOthers(m.tok)) add(m.span, `“${text.slice(m.span.start, m.span.end)}” — a demeaning generalisation about ${m.groups[0]}.`);
    for (const m of findWords(norm, NEGATIVE_DEEDS)) add(m.span, `“${text.slice(m.span.start, m.span.end)}” — a demeaning generalisation about ${m.groups[0]}.`);
    for (const m of findWords(norm, NEVER_MET)) add(m.span, `“${text.slice(m.span.start, m.span.end)}” — a demeaning generalisation about ${m.groups[0]}.`);
    for (const m of findWords(norm, CONSPIRACY)) add(m.span, `“${text.slice(m.span.start, m.span.end)}” — a conspiracy stereotype about ${m.groups[0]}.`);
    for (const m of findWords(norm, DEHUMANISED_NEAR)) {
      if (NEG.test(` ${m.text} `) || someoneElseSaid(m) || toldByOthers(m.tok) || praisedPerformance(norm, lastToken(norm, m) + 1)) continue;
      add(m.span, `“${text.slice(m.span.start, m.span.end)}” — dehumanises ${m.groups[0]} as a group.`);
    }
    for (const m of findWords(norm, NAME_CALLING)) {
      if (someoneElseSaid(m) || NEG.test(window(norm, m.tok - 3, m.tok, m.tok)) || has(window(norm, m.tok - 12, m.tok + 14), ANIMAL_TALK)) continue;
      add(m.span, `“${text.slice(m.span.start, m.span.end)}” — calls a group names for its origin, faith, colour or orientation.`);
    }
    for (const m of findWords(norm, TYPICAL)) add(m.span, `“${text.slice(m.span.start, m.span.end)}” — a stereotype about ${m.groups[0]}.`);
    for (const m of findWords(norm, CONTEMPT_BEFORE)) add(m.span, `“${text.slice(m.span.start, m.span.end)}” — contempt for ${m.groups[1]} as a group.`);
    for (const m of findWords(norm, CONTEMPT_AFTER)) {
      if (NEG.test(` ${m.text} `)) continue;
      // "undocumented immigrants should be deported": a view on legal status, not on a national origin.
      if (/ deport/.test(` ${m.text}`) && LEGAL_STATUS.has(norm.tokens[m.tok - 1]?.key ?? '')) continue;
      add(m.span, `“${text.slice(m.span.start, m.span.end)}” — excludes or demeans ${m.groups[0]} as a group.`);
    }
    // A named group and a stereotyping cue in the same or the next sentence.
    for (const m of findWords(norm, NAMED_GROUP)) {
      const around = window(norm, m.tok - 12, m.tok + 25);
      const cued = has(around, CUE) || (has(around, WEAK_CUE) && (has(around, NEGATIVE) || NEGATIVE_EMOJI.test(text)));
      // "I'm a Christian and gay and tired of …": the writer says who they are.
      if (!cued || CUE_NEGATED.test(around) || /(?:^| )(?:im|i am|were|we are|as an?|being)(?: [a-z]+){0,4} $/.test(window(norm, m.tok - 5, m.tok, m.tok))) continue;
      if (LEGAL_STATUS.has(norm.tokens[m.tok - 1]?.key ?? '') && / deport/.test(around)) continue;
      add(m.span, `“${text.slice(m.span.start, m.span.end)}” — the words around it generalise about ${m.groups[0]} as a group.`);
    }
    for (const m of findWords(norm, GENDER)) {
      if (has(window(norm, m.tok - 10, m.tok + 25), GENDER_CUE)) add(m.span, `“${text.slice(m.span.start, m.span.end)}” — the words around it say a gender does not belong in the job.`);
    }
    const ape = APE_EMOJI.exec(text);
    if (ape && has(norm.words, APE_CONTEXT)) add({ start: ape.index, end: ape.index + ape[0].length }, 'An ape emoji next to talk of crime or a demographic is a racist trope.');
    // "The Nazis called Jews …", "some dude calling …": told of another; the writer's own ("I call them …") or an order ("call them …") counts.
    for (const m of findWords(norm, CALLING_GROUP)) if (!someoneElseSaid(m) && !(/^(?:called|calling)$/.test(norm.tokens[m.tok]!.key) && !WRITER.has(norm.tokens[m.tok - 1]?.key ?? '') && !['keep', 'kept', 'still', 'always'].includes(norm.tokens[m.tok - 1]?.key ?? ''))) add(m.span, `“${text.slice(m.span.start, m.span.end)}” — calls ${m.groups[0]} names as a group.`);
    for (const m of findWords(norm, NO_GROUP)) add(m.span, `“${text.slice(m.span.start, m.span.end)}” — excludes ${m.groups[0]} as a group.`);
    for (const m of findWords(norm, SLOGAN)) {
      // "the 'white genocide' conspiracy theory is a lie": a slogan discussed, not raised.
      if (someoneElseSaid(m) || has(window(norm, m.tok - 10, m.tok + 10, m.tok), SLOGAN_TALK)) continue;
      // "#SendThemBack" at the end of summer sends children back to school.
      if (/\bsendthemback\b/.test(m.text) && has(window(norm, m.tok - 25, m.tok + 25), SCHOOL_TALK)) continue;
      add(m.span, `“${text.slice(m.span.start, m.span.end)}” — an exclusionary slogan against a group.`);
    }
    for (const h of dehumanised(norm, text)) {
      if (h.group !== 'protected') continue;
      // "somebody yelled that <group> are animals": reported, not said.
      const tok = h.firstTok!;
      if (someoneElseSaid({ span: h.span, tok }) || toldByOthers(tok)) continue;
      add(h.span, h.message);
    }
    for (const h of forceOnProtectedGroups(norm, text)) add(h.span, h.message);
    for (const h of raceBasedEnforcement(norm, text)) add(h.span, h.message);
    for (const m of findWords(norm, CURSED_GROUP)) add(m.span, `“${text.slice(m.span.start, m.span.end)}” — curses ${m.groups[0]} as a group.`);
    for (const m of findWords(norm, HATE_ALL)) if (!NEG.test(` ${m.text} `)) add(m.span, `“${text.slice(m.span.start, m.span.end)}” — hatred of ${m.groups[0]} as a group.`);
    for (const m of findWords(norm, LIVES_DENIED)) {
      // "… don't matter to these politicians", "people who say …", "they act like …": a charge against others, not the writer's view.
      const after = window(norm, lastToken(norm, m) + 1, lastToken(norm, m) + 3, m.tok);
      if (someoneElseSaid(m) || has(window(norm, m.tok - 6, m.tok, m.tok), CHARGED_TO_OTHERS) || (/^ to /.test(after) && !/^ to (?:me|us|i) /.test(after))) continue;
      add(m.span, `“${text.slice(m.span.start, m.span.end)}” — says ${m.groups[0]} people's lives do not matter.`);
    }
    for (const m of findWords(norm, RID_OF_GROUP)) {
      // "we crushed the Mexicans 3-0": national teams in a game; "fight for Muslims": not their riddance.
      // "destroy the Haitians' garden": the group owns the object; "Spain tried to …": history told.
      const group = m.groups.find((g) => g !== undefined) ?? 'a group';
      if (someoneElseSaid(m) || has(window(norm, m.tok - 12, m.tok + 12), SPORTS) || has(window(norm, m.tok - 12, m.tok + 12), MATCHES) || has(window(norm, m.tok - 3, m.tok, m.tok), NOT_THIS) || /^['’]/.test(text.slice(m.span.end)) || /\b1[0-9]{3}\b/.test(window(norm, m.tok - 10, m.tok + 10, m.tok))) continue;
      add(m.span, `“${text.slice(m.span.start, m.span.end)}” — calls for ${group} to be removed or destroyed as a group.`);
    }
    for (const m of findWords(norm, WISHED_AWAY)) {
      // "the Mexicans suck at penalties": a team in a game; "the film asks if we'd be better without …": told, not wished.
      if (someoneElseSaid(m) || has(window(norm, m.tok - 12, m.tok + 12), SPORTS) || has(window(norm, m.tok - 12, m.tok + 12), MATCHES) || has(window(norm, m.tok - 3, m.tok, m.tok), NOT_THIS) || has(window(norm, m.tok - 8, m.tok, m.tok), ASKED)) continue;
      const group = m.groups.find((g) => g !== undefined) ?? 'a group';
      add(m.span, `“${text.slice(m.span.start, m.span.end)}” — wishes ${group} gone or scorns them as a group.`);
    }
    for (const m of findWords(norm, FINISH_THE_JOB)) {
      if (someoneElseSaid(m) || has(window(norm, m.tok - 3, m.tok, m.tok), NOT_THIS)) continue;
      add(m.span, `“${text.slice(m.span.start, m.span.end)}” — wishes a genocide had been finished.`);
    }
    for (const m of findWords(norm, GO_HOME_ANIMALS)) {
      if (someoneElseSaid(m) || has(window(norm, m.tok - 12, m.tok + 14), ANIMAL_TALK)) continue;
      add(m.span, `“${text.slice(m.span.start, m.span.end)}” — tells people to leave, calling them animals.`);
    }
    // The triple-parentheses "echo" around a name marks it as Jewish: an antisemitic sign, unless the post explains the sign.
    for (const m of text.matchAll(ECHO)) {
      const span = { start: m.index, end: m.index + m[0].length };
      if (!SIGN_TALK.test(text)) add(span, `“${m[0]}” — the triple-parentheses “echo” marks a name as Jewish; it is an antisemitic sign.`);
    }
    // "Jew" used as an adjective ("Jew lawyers", "the Jew media") is a slur, not a description.
    // A verb form after it ("the first Jew elected") makes it the noun.
    // So does punctuation right after it ("Jew's", "you, Jew, …").
    for (const m of findWords(norm, JEW_ATTRIBUTIVE)) if (!/(?:ed|ing)$/.test(norm.tokens[m.tok + 1]?.key ?? '') && !/['’]/.test(text.slice(norm.tokens[m.tok]!.start, norm.tokens[m.tok]!.end)) && !/^['’,;:.!?)]/.test(text.slice(norm.tokens[m.tok]!.end)) && !someoneElseSaid(m) && !has(window(norm, m.tok - 12, m.tok + 12, m.tok), REDACTION_TALK)) add(m.span, `“${text.slice(m.span.start, m.span.end)}” — “Jew” used as an adjective is a slur.`);
    for (const m of findWords(norm, PEACE_SNEER)) if (!someoneElseSaid(m)) add(m.span, `“${text.slice(m.span.start, m.span.end)}” — sneers at a religion and its followers.`);
    for (const m of findWords(norm, RELIGION_SCORN)) if (!NEG.test(` ${m.text} `)) add(m.span, `“${text.slice(m.span.start, m.span.end)}” — scorn for a religion or its followers.`);
    return hits;
  },
};

