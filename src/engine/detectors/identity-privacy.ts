// identity-privacy: safety-sensitive details (home address, schedules, family
// whereabouts, live location, undercover identities, officers' phone numbers)
// are medium; merely identifying as a member is an info reminder.
import type { Detector, DetectorHit } from '../detector';
import { FAMILY_MARKERS, HOME_MARKERS, SCHEDULE_MARKERS, SELF_IDENTIFICATION, STREET_SUFFIXES, UNDERCOVER } from '../lexicon/safety';
import { capped, findPhrases, findWords, has, PhraseSet, SpanIndex, window, words } from '../match';
import { packTerms, perPack } from '../pack-terms';
import { compile, type Item, type Pattern } from '../pattern';
import type { Span } from '../types';

/** This rule's word lists, for its patterns. */
const P = (pattern: Pattern) => words(compile(pattern, { home: HOME_MARKERS, street: STREET_SUFFIXES, liveStrong: LIVE_STRONG_PHRASES, schools: ['elementary', 'middle school', 'high school', 'daycare', 'day care', 'preschool', 'academy'] }));
const HALF_DAY = ['a', 'p', 'am', 'pm'];
const WEEKDAYS = ['mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
/** A one-digit number ("at 7"): the word must end there, so "at 730" is not one. */
const ONE_DIGIT: Item = { word: 'number', digits: 1 };
const LIVE_STRONG_PHRASES = ['wave if you see me', 'honk if you see me', 'shift alone at', 'alone at the district', 'alone at the substation', 'alone at the station', 'ill be parked', 'i will be parked', 'parked behind', 'my usual spot', 'come wave', 'come meet me', 'meet me at', 'meet me there', 'come find me', 'come say hi', 'come by and say hi', 'come say hello', 'im here at', 'currently at', 'checked in at', 'check in at', 'parked at', 'parked outside', 'live from', 'sitting at'];
const HOME = P([{ lex: 'home' }, { gap: [1, 4], greedy: true }]);
const NOT_A_STREET_NAME = / (?:and|my|our|your|their|his|her|the|to|on|in|at|of|for|with|percent|a|an) (?:[a-z]+ )?(?:st|street|ave|avenue|rd|road|dr|drive|ln|lane|blvd|boulevard|ct|court|way|pl|place|cir|circle|pkwy|parkway|hwy|highway|trl|trail|ter|terrace) $/;
const ADDRESS = P([
  { word: 'number', digits: [1, 6] },
  { not: { any: ['years', 'year', 'yrs', 'days', 'day', 'weeks', 'week', 'months', 'month', 'hours', 'hour', 'minutes', 'minute', 'times', 'miles', 'blocks'] } },
  { gap: [1, 3], word: 'letters', greedy: true },
  { lex: 'street' },
]);
const HOME_CONTEXT = P([{ any: [[{ any: ['im', 'i am'] }, 'the', { any: ['officer', 'cop', 'deputy', 'detective'] }, { any: ['at', 'on', 'in'] }], 'porch', 'housewarming', 'bought a house', 'moved in', 'my', 'our', 'i live', 'we live', 'lives', 'lives at', 'lives on', 'living at', 'home', 'house', 'apartment', 'drop off', 'drop it', 'come over', 'my place', 'his place', 'her place'] }]);
const TIMED_SCHEDULE = new Set(['time i leave for work', 'which car i drive', 'what car i drive', 'every day right after', 'right after my shift', 'my shift schedule', 'where i park', 'im on nights', 'i am on nights', 'im on days', 'on nights this', 'on midnights', 'working midnights', 'on the night shift', 'house is empty', 'house will be empty', 'nobody home', 'no one home', 'nobody will be home', 'no one will be home', 'out of town until', 'on vacation until', 'gone all week', 'away all week', 'leaving for vacation', 'every night at', 'every morning at', 'every day at', 'same time every', 'leave for my shift', 'leave for my shift at']);
const SCHEDULE = new PhraseSet(SCHEDULE_MARKERS);
/** A schedule only when it is the author's: "every night at 9 the dog wants a walk" and "things are quiet on the night shift" give none; "every night at 9 I leave", "I'm back on midnights" do. */
const ROUTINE_PHRASES = new Set(['every night at', 'every morning at', 'every day at', 'same time every', 'on midnights', 'working midnights', 'on the night shift']);
const FIRST_PERSON = words('i|im|ive|ill|me|my|we|our|us|were');
const PAST_TOLD = new Set(['had', 'hadnt', 'was', 'were']);
const DURATION = / [0-9]+ (?:min|mins|minute|minutes|hour|hours|hr|hrs|sec|secs|seconds)(?= )/g;
/** Where "sitting at" or "live from" puts the author: a named place (capitalised) or an address, not work, home or the couch. */
const LIVE_PLACE_WEAK = new Set(['currently at', 'sitting at', 'live from', 'im here at', 'checked in at', 'check in at']);
const NOT_A_PLACE = /^\s*(?:my |the |our |a |an )?(?:work|home|desk|office|couch|bed|house|kitchen|table|airport|gym|job|computer|hospital|doctor|dentist|moment|end|edge|top|bottom|least|last)\b/i;
const POLICE_PLACE = /^\s*(?:my |the |our )?(?:[a-z]+ )?(?:beat|patrol|post|spot|cruiser|unit|squad car|patrol car|district|substation|sector|zone|undercover)\b/i;
const NAMED_PLACE = /^\s*(?:the )?(?:[A-Z][\w'’&.-]*|\d+ [A-Z])/;
const TIME = P([{ any: [{ word: 'number', digits: [1, 2], suffix: ['am', 'pm'], optSuffix: true }, { word: 'number', digits: [1, 4] }, 'tonight', 'tomorrow', 'tonite', 'nights', 'weekend', 'every', 'until', 'till', 'morning', 'evening', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'noon', 'midnight'] }]);
const FAMILY = new PhraseSet(FAMILY_MARKERS.filter((f) => !['elementary', 'middle school', 'daycare', 'day care'].includes(f)));
const SCHOOL = P([{ lex: 'schools' }]);
const KIDS = words('my kids|my son|my daughter|my children|my child|my boys|my girls|our kids|our son|our daughter');
const FAMILY_STAY = P([
  { any: ['the', 'my', 'our'] },
  { any: ['kids', 'wife', 'husband', 'family', 'son', 'daughter', 'children', 'boys', 'girls'] },
  { opt: ['and', { opt: { any: ['the', 'my'] } }, { any: ['kids', 'wife', 'husband', 'son', 'daughter'] }] },
  { any: ['will be', 'are staying', 'will stay', 'stay', 'are going to be', 'is staying', 'is going to be'] },
  { gap: 6 },
  { any: ['all week', 'all weekend', 'tonight', 'this weekend', 'this week', ['until', { word: 'any' }], 'every day', 'alone', 'by themselves', 'by herself', 'by himself'] },
]);
const EMPTY_HOME = P([{ any: [
  [{ any: ['house', 'home', 'place', 'apartment', 'condo'] }, { gap: 3 }, { any: ['is', 'will be', 'is going to be', 'sits'] }, { any: ['empty', 'vacant', 'unoccupied', 'unlocked'] }],
  [
    { any: ['well', 'we will', 'were', 'we are', 'ill', 'im', 'i will'] }, 'be', { any: ['at', 'in', 'away', 'gone', 'out of town', 'on vacation'] }, { gap: 6 },
    { any: ['all week', 'all weekend', ['until', { word: 'any' }], 'for a week', 'for two weeks', 'this week', 'next week', 'for the week'] },
  ],
] }]);
const LIVE_STRONG = P([{ cap: { any: [{ lex: 'liveStrong' }, [{ any: ['section', 'table', 'row', 'seat'] }, { word: 'number' }]] } }]);
/** "I'll be at the pub till midnight": where the author will be, with an end time. */
const LIVE_UNTIL = P([{ any: [
  [
    { any: ['ill', 'i will', 'well', 'we will', 'im gonna', 'im going to', 'ima', 'imma'] },
    { any: ['be', 'hang', 'hanging', 'sit', 'chill', 'be hanging', 'be chilling', 'be posted up'] },
    { any: ['at', 'in', 'over at', 'down at', 'out at'] },
    { gap: 5 },
    { any: ['till', 'until', 'til', 'from now till', 'from now until'] },
    { any: ['midnight', 'close', 'closing', 'closing time', 'last call', 'late', 'tonight', { word: 'number', digits: [1, 2], suffix: ['am', 'pm'], optSuffix: true }, [{ word: 'number', digits: [1, 2] }, { any: ['am', 'pm', 'oclock'] }]] },
  ],
  [{ any: ['if you', 'if u', 'if yall'] }, { any: ['wanna', 'want to', 'wana'] }, { any: ['say hi', 'stop by', 'come by', 'swing by', 'pull up', 'come through', 'come find me', 'meet up'] }],
] }]);
/** Someone else's contact details: "my partner's home address", "the whole squad's phone numbers". */
const COLLEAGUES: Item = { any: ['coworker', 'co worker', 'coworkers', 'partner', 'partners', 'sergeant', 'sarge', 'sgt', 'lieutenant', 'lt', 'captain', 'cpt', 'colleague', 'colleagues', 'officer', 'officers', 'detective', 'detectives', 'squadmate', 'squadmates', 'teammate', 'chief', 'boss', 'supervisor', 'everyone', 'everybody', 'all the officers', 'the whole squad', 'the whole shift', 'the squad', 'the shift', 'squad', 'shift', 'unit'] };
const OTHERS_DETAILS = P([{ any: [
  ['roster', { any: ['with', 'of'] }, { opt: { any: ['everyone', 'all the'] } }, { opt: 'personal' }, { any: ['cell', 'phone', 'home'] }, { any: ['numbers', 'addresses'] }],
  [{ any: ['sgt', 'sergeant', 'lt', 'lieutenant', 'officer', 'ofc', 'cpl', 'det', 'detective', 'captain', 'capt'] }, { word: 'letters' }, { any: ['cell is', 'cell number', 'cell', 'personal cell', 'home number'] }],
  [
    { any: ['home numbers', 'home phone numbers', 'cell numbers', 'personal cell numbers', 'phone numbers', 'addresses', 'home addresses'] }, { any: ['for', 'of'] },
    { any: ['every', 'all', 'each', 'the', 'our', 'everyone', 'everybody'] }, { any: ['sergeant', 'officer', 'detective', 'lieutenant', 'cop', 'member', 'deputy'] },
  ],
  [{ any: ['home address', 'address', 'cell number', 'phone number', 'cell'] }, 'of', { any: ['the', 'our', 'my', 'a', 'that'] }, { any: ['detective', 'officer', 'sergeant', 'sgt', 'lieutenant', 'captain', 'partner', 'deputy', 'cop', 'narc'] }],
  [{ opt: { any: ['patrol', 'duty', 'shift', 'officer'] } }, 'roster', { gap: 8 }, { any: ['names', 'beats', 'shifts', 'districts', 'assignments'] }],
  ['names and', { any: ['beats', 'shifts', 'districts', 'assignments', 'schedules', 'home addresses'] }],
  [{ any: [[{ any: ['every', 'each', 'all', 'all the'] }, { any: ['officers', 'officer'] }], 'officers'] }, { any: ['shift', 'shifts', 'schedule', 'schedules', 'shift and district', 'shift times'] }],
  [
    COLLEAGUES,
    { opt: { word: 'letters' } },
    { any: ['personal cells', 'personal cell numbers', 'phone list', 'cell list', 'contact list', 'home address', 'home addresses', 'addresses', 'cell number', 'cell numbers', 'cell phone number', 'cell phone numbers', 'personal number', 'personal numbers', 'phone number', 'phone numbers', 'personal cell', 'home phone', 'home phone number'] },
  ],
  // "the chief's address tonight": a speech, not where someone lives.
  [COLLEAGUES, { opt: { word: 'letters' } }, 'address', { not: { any: ['tonight', 'today', 'yesterday', 'last', 'to', 'at', 'was', 'on', 'speech', 'from', 'during'] } }],
] }]);
/** "the blue duplex at the corner of Oak St", "lives a block over from me on Pine Rd". */
const homeDescribed = (initials: string[]) =>
  P([{ any: [
    [{ any: ['im', 'i am'] }, 'the', { any: ['cop', 'officer', 'deputy', 'detective', 'police officer', ...initials.flatMap((i) => [`${i} officer`, `${i} cop`])] }, { any: ['in', 'at'] }, 'the', { opt: { word: 'letters' } }, { any: ['house', 'home', 'apartment', 'place'] }],
    [
      { any: [
        [{ any: ['the', 'my', 'our'] }, { opt: { word: 'letters' } }, { any: ['house', 'home', 'apartment', 'duplex', 'townhouse', 'condo', 'place', 'trailer'] }, { any: ['at the end of', 'on the corner of', 'at the corner of', 'on', 'at', 'off', 'near', 'across from'] }],
        [{ any: ['lives', 'living', 'live', 'stays', 'staying'] }, { gap: 5 }, { any: ['on', 'at', 'off', 'near'] }],
      ] },
      { gap: [1, 3], word: 'alnum', greedy: true },
      { lex: 'street' },
    ],
    [{ any: ['my', 'our'] }, { opt: { word: 'letters' } }, { any: ['house', 'home'] }, 'on the corner'],
  ] }]);
const homeDescribedContext = (initials: string[]) => P([{ any: ['i', 'im', 'my', 'our', 'we', 'me', 'officer', 'cop', 'detective', 'det', 'sgt', 'sergeant', 'lt', 'narc', 'narcotics', 'deputy', 'trooper', ...initials] }]);
/** "6p to 4a", "9p-7a", "11pm to 7am": a shift window, counted next to work or home words. */
const TIME_RANGE = P([{ any: [
  [{ word: 'clock' }, { opt: { any: ['to', 'till', 'until', 'thru'] } }, { word: 'clock' }],
  [{ word: 'number', digits: [1, 2], suffix: HALF_DAY, optSuffix: true }, { any: ['to', 'till', 'til', 'until', 'thru', 'through'] }, { any: [{ word: 'number', digits: [1, 2], suffix: HALF_DAY }, 'midnight', 'noon', 'close'] }],
  [{ word: 'number', digits: [1, 2], suffix: HALF_DAY }, { word: 'number', digits: [1, 2], suffix: HALF_DAY }],
  [{ any: ['every', 'each'] }, { stem: WEEKDAYS }, { opt: [{ opt: { any: ['and', 'n'] } }, { stem: WEEKDAYS }] }],
] }]);
/** "clearing my schedule", "my schedule is packed": talk of a busy week, no timetable in it. */
const SCHEDULE_IN_GENERAL = / (?:clear|clearing|cleared|check|checking|free up|freeing up|rearrange|rearranging|juggle|juggling) (?:my|our) schedule | (?:my|our) schedule (?:is|was|has been) (?:packed|crazy|hectic|insane|full|nuts|wild|busy) /;
/** A later day: an invitation to where one will be, not where one is. */
const LATER = words('tomorrow|this saturday|this sunday|this friday|this weekend|next week|next weekend|on saturday|on sunday|on friday|saturday|sunday|monday|tuesday|wednesday|thursday|friday');
const SHIFT_CONTEXT = words('midnights|unit|all week|rotation|be posted|platoon|starting|works|parks|heading out|parked|lessons|practice|class|pool|school|pickup|pick up|drop off|gym|shift|shifts|work|working|nights|days|gone|away|leave|leaving|off|substation|district|precinct|station|home|patrol|beat|usually|schedule|out of');
/** "my wife and kids are at the mall food court right now", "my son's game is tonight at 7 at the rec center". */
const FAMILY_WHEN_WHERE = P([{ any: [
  [
    { any: ['wife', 'wifes', 'husband', 'husbands', 'kids', 'son', 'sons', 'daughter', 'daughters', 'family', 'familys', 'children', 'boys', 'girls', 'mom', 'moms', 'dad', 'dads'] },
    { gap: 6 },
    { any: ['right now', 'rn', 'tonight', 'tomorrow', ['this', { any: ['morning', 'afternoon', 'evening', 'weekend', 'saturday', 'sunday', 'friday'] }], ['at', { word: 'number', digits: [1, 2], suffix: ['am', 'pm'], optSuffix: true }]] },
    { gap: 6 },
    'at',
    { opt: 'the' },
    { not: { any: ['her', 'his', 'my', 'our', 'their', 'home'] } },
    { word: 'letters' },
  ],
  [
    { any: ['wife', 'wifes', 'husband', 'husbands', 'kids', 'son', 'sons', 'daughter', 'daughters', 'family', 'familys'] },
    { gap: 3 },
    { opt: { any: ['is', 'are'] } },
    'at',
    { opt: 'the' },
    { gap: [1, 6] },
    { any: ['right now', 'rn', 'till', 'until', 'all week', ['every', { any: ['weekday', 'day', 'morning', 'afternoon', 'evening', 'weekend'] }], 'while im at work'] },
  ],
  // Your own child ("another kid got shot walking home from the bus stop" is news, not your family's routine).
  [{ any: ['my', 'our'] }, { opt: { word: 'letters' } }, { any: ['daughter', 'son', 'kids', 'kid', 'children'] }, { gap: 14 }, 'bus stop'],
] }]);
/** "Family beach week! Emerald Isle, unit 3B through Saturday": away from home, and where, until when. */
const AWAY_UNTIL = P([
  { any: ['beach week', 'beach trip', 'vacation', 'trip', 'getaway', 'cabin', 'airbnb', 'hotel', 'resort', 'cruise', 'condo', ['unit', { word: 'alnum' }]] },
  { gap: 12 },
  { any: ['through', 'thru', 'till', 'until', 'til'] },
  { any: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'next week', 'the weekend', ['the', { word: 'number' }]] },
]);
/** "leave my condo off Elm at 6:10am", "off-duty detail at the grocery store till 10 tonight". */
const ROUTINE = P([{ any: [
  [
    { any: ['daughter', 'son', 'kids', 'kid', 'children', 'boys', 'girls'] }, { gap: 6 },
    { any: ['practice', 'game', 'class', 'lessons', 'lesson', 'school', 'recital', 'rehearsal'] }, { gap: 3 },
    { any: ['ends', 'starts', 'gets out', 'lets out', 'is over'] }, { opt: 'at' }, ONE_DIGIT,
  ],
  ['off at', { word: 'number', digits: [1, 4], suffix: ['am', 'pm'], optSuffix: true }, 'from', { opt: 'the' }, { any: ['district', 'substation', 'station', 'precinct', 'hq'] }],
  'commute from my house',
  'my street sign',
  [{ any: ['doing', 'do', 'does'] }, { gap: 3, word: 'letters' }, 'pickup at', ONE_DIGIT],
  ['pickup at', ONE_DIGIT],
  [{ any: ['drop', 'drops', 'dropping', 'pick', 'picks', 'picking'] }, { opt: 'up' }, { any: ['our', 'my', 'the'] }, { any: ['kids', 'twins', 'son', 'daughter', 'boys', 'girls', 'children', 'kid'] }, { opt: { any: ['up', 'off'] } }, 'at'],
  ['pick', { any: ['her', 'him', 'them'] }, 'up', { gap: 4 }, 'at', ONE_DIGIT],
  'straight home to',
  [{ any: ['leave', 'leaving', 'head out of', 'out of'] }, { any: ['my', 'the', 'our'] }, { any: ['apartment', 'house', 'place', 'home'] }, { gap: 4 }, 'at', ONE_DIGIT],
  ['roll call at', { gap: [1, 3] }, 'at', ONE_DIGIT],
  [{ any: ['off duty detail', 'detail', 'working security', 'extra duty', 'off duty job', 'working the door'] }, 'at', { opt: 'the' }, { gap: [1, 5] }, { any: ['till', 'until', 'til'] }, { any: [ONE_DIGIT, 'midnight', 'close', 'late'] }],
] }]);
/** "our motor officer lives right by the river trail". */
const ROLE_LIVES_NEAR = P([
  { any: ['handler', 'officer', 'detective', 'det', 'sgt', 'sergeant', 'lieutenant', 'lt', 'captain', 'chief', 'deputy', 'cop', 'narc', 'partner'] },
  { gap: 2, word: 'letters' },
  { any: ['lives', 'stays'] },
  { opt: 'right' },
  { any: ['next to', 'near', 'by', 'behind', 'across from', 'around the corner from', 'down the street from', 'off', 'on'] },
]);
/** "police academy": the member's school, not a child's. */
const adultAcademy = (initials: string[], training: string[]) => P([{ any: ['police', ...initials, 'pd', 'department', ...training, 'law enforcement', 'fire', 'military', 'naval', 'sheriff'] }]);
/** "if you live on Maple Ave": someone else's home, addressed generally. */
const OTHERS_LIVE = words('you|u|yall|who|anyone|everyone|people|folks|residents|neighbors|if');
const LIVE_WEAK = words('right now|rn|at the moment|currently');
const PLACE_WORDS = words('at|in');
const PLACES = words('game|bar|park|restaurant|store|mall|stadium|arena|festival|concert|beach|gym|church|club|pub|brewery|downtown|street|st|ave|road|rd|parking|lot|theater|hotel|airport');
const UNDERCOVER_RE = P([{ cap: { any: UNDERCOVER } }]);
const KIND_OF_WORK = new Set(['work', 'assignment', 'assignments', 'operation', 'operations', 'op', 'ops', 'buys', 'buy', 'detail', 'details', 'training', 'course', 'school', 'car', 'cars', 'vehicle', 'vehicles', 'units', 'policing']);
const NOT_UNDERCOVER = words('undercover boss|undercover brother|undercover blues');
const FICTION = words('movie|movies|film|show|series|book|novel|episode|netflix|documentary|tv|podcast|game');
const SELF = new PhraseSet(SELF_IDENTIFICATION);
const PHONE = /(?<![\d-])(?:\+?1[\s.-]?)?(?:\(\d{3}\)\s?|\d{3}[\s.-])\d{3}[\s.-]\d{4}(?![\d-])/g;
/** A number is a person's when the words around it say whose: "my cell", "call me", "Sgt. Reyes's number". */
const PERSONAL_NUMBER = /\b(?:my|me|his|her|their|personal|cell|mobile|home|officer|ofc|sgt|sergeant|lt|lieutenant|detective|det|captain|partner|wife|husband|mom|dad|son|daughter|coworker|colleague|supervisor|chief)\b/i;
/** Businesses, ads, lost pets and events give out numbers for strangers to call. */
const BUSINESS_NUMBER = /\b(?:call us|text us|contact us|reach us|our (?:shop|store|office|team|business|number)|orders?|book(?:ing)?|appointments?|business|shop|store|open|hours|services?|sale|found|lost|tickets?|estimates?|quotes?|rsvp|hiring|info|information|register|registration|sign ups?|dm us)\b/i;
const PUBLIC_NUMBER = /tip\s*line|crime\s*stoppers|crimestoppers|hotline|non-?emergency|main line|front desk|call center|office number|records (?:unit|division)/i;

/** The pack's words in this detector's patterns, compiled once per pack. */
const packPatterns = perPack((pack) => {
  const t = packTerms(pack);
  return { HOME_DESCRIBED: homeDescribed(t.initials), HOME_DESCRIBED_CONTEXT: homeDescribedContext(t.initials), ADULT_ACADEMY: adultAcademy(t.initials, t.training) };
});

const selfCache = new WeakMap<object, RegExp>();
function selfAsMember(terms: ReturnType<typeof packTerms>): RegExp {
  let re = selfCache.get(terms);
  if (!re) {
    re = words(compile([
      { any: ['im', 'i am', 'as'] },
      { opt: { any: ['a', 'an'] } },
      { any: [{ lex: 'agency' }, ...(terms.place ? [{ lex: 'place' }] : [])] },
      { opt: 'police' },
      { any: ['officer', 'cop', 'detective', 'sergeant', 'lieutenant', 'member', 'employee'] },
    ], { agency: terms.agencyList, place: terms.placeList }));
    selfCache.set(terms, re);
  }
  return re;
}


export const identityPrivacy: Detector = {
  clause: 'identity-privacy',
  detect({ text, norm, pack }) {
    const { HOME_DESCRIBED, HOME_DESCRIBED_CONTEXT, ADULT_ACADEMY } = packPatterns(pack);
    const hits: DetectorHit[] = [];
    const taken = new SpanIndex();
    const add = (span: Span, what: string) => {
      if (!taken.claim(span)) return;
      hits.push({ severity: 'medium', spans: [span], message: `“${text.slice(span.start, span.end)}” ${what}` });
    };
    for (const m of findWords(norm, HOME)) add(m.span, 'tells people where you live.');
    for (const m of findWords(norm, ADDRESS)) {
      // "12% and my street": a street is named by a name, not by "and my".
      if (NOT_A_STREET_NAME.test(` ${m.text} `)) continue;
      if (has(window(norm, m.tok - 12, m.tok + 10), HOME_CONTEXT)) add(m.span, 'is a street address near words about your home.');
    }
    for (const m of findPhrases(norm, SCHEDULE)) {
      const phrase = m.groups[0]!;
      const after = m.tok + phrase.split(' ').length;
      // The time must be outside the phrase itself ("I work nights" alone gives no time), and a routine must be the author's.
      if (ROUTINE_PHRASES.has(phrase) && !has(window(norm, m.tok - 8, after + 8, m.tok), FIRST_PERSON)) continue;
      // "5 working days": business days, not the member's shifts.
      if ((phrase === 'working days' || phrase === 'working nights') && m.tok > 0 && /^[0-9]+$|^(?:two|three|four|five|six|seven|ten|few|several|business)$/.test(norm.tokens[m.tok - 1]!.key)) continue;
      // "clearing my schedule", "my schedule is packed": a busy week, not a timetable.
      if (SCHEDULE_IN_GENERAL.test(window(norm, m.tok - 1, after + 2, m.tok))) continue;
      // "20 minutes before shift": a length of time is no clock time.
      const clockish = (w: string) => w.replace(DURATION, ' ');
      const timed = TIMED_SCHEDULE.has(phrase) || has(clockish(window(norm, m.tok - 6, m.tok, m.tok)), TIME) || has(clockish(window(norm, after, after + 10, m.tok)), TIME);
      if (timed) add(m.span, 'gives away your schedule — when you are away from home or where you will be.');
    }
    for (const m of findPhrases(norm, FAMILY)) add(m.span, "tells people where your family will be.");
    for (const m of findWords(norm, EMPTY_HOME)) add(m.span, 'tells people when your home will be empty.');
    for (const m of findWords(norm, FAMILY_STAY)) add(m.span, 'tells people where your family will be.');
    for (const m of findWords(norm, SCHOOL)) {
      // The police academy is the member's school, not a child's.
      if (has(window(norm, m.tok - 2, m.tok, m.tok), ADULT_ACADEMY)) continue;
      // A school named ("Club Boulevard Elementary"), not a level ("my son's middle school concert").
      const named = /[A-Z][a-z]+\s+$/.test(text.slice(Math.max(0, m.span.start - 30), m.span.start)) && !/(?:^|\s)(?:My|Our|The|His|Her|Their|A|An)\s+$/.test(text.slice(Math.max(0, m.span.start - 30), m.span.start));
      if (named && has(window(norm, m.tok - 10, m.tok + 3, m.tok), KIDS)) add(m.span, "names your children's school.");
    }
    for (const m of findWords(norm, LIVE_STRONG)) {
      // "Section 8" is the housing voucher, not a seat at the game.
      if (m.groups[0] === 'section 8') continue;
      // "the car I had parked outside": a story told in the past, no one is there now.
      if (m.tok > 0 && PAST_TOLD.has(norm.tokens[m.tok - 1]!.key)) continue;
      // "the Come Find Me premiere": every word capitalised inside a sentence is a title, not an invitation.
      if (titleCased(text, m.span) && m.tok > 0 && norm.tokens[m.tok - 1]!.sent === norm.tokens[m.tok]!.sent) continue;
      if (LIVE_PLACE_WEAK.has(m.groups[0]!)) {
        const next = text.slice(m.span.end, m.span.end + 60);
        if (!POLICE_PLACE.test(next) && (NOT_A_PLACE.test(next) || !NAMED_PLACE.test(next))) continue;
      }
      add(m.span, has(window(norm, m.tok - 12, m.tok + 12, m.tok), LATER) ? 'tells people where you will be, and when.' : 'shares where you are right now.');
    }
    for (const m of findWords(norm, LIVE_UNTIL)) add(m.span, 'tells people where you will be and until when.');
    for (const m of findWords(norm, OTHERS_DETAILS)) add(m.span, "shares a colleague's home address or phone number — it can put them at risk.");
    for (const m of findWords(norm, HOME_DESCRIBED)) {
      if (has(window(norm, m.tok - 3, m.tok, m.tok), OTHERS_LIVE)) continue;
      if (has(window(norm, m.tok - 12, m.tok + 12), HOME_DESCRIBED_CONTEXT)) add(m.span, 'describes where someone lives — it can lead people to a home.');
    }
    for (const m of findWords(norm, TIME_RANGE)) {
      if (has(window(norm, m.tok - 10, m.tok + 10), SHIFT_CONTEXT)) add(m.span, 'gives away a schedule — when someone is at work and away from home.');
    }
    for (const m of findWords(norm, AWAY_UNTIL)) add(m.span, 'tells people you are away from home, where, and until when.');
    for (const m of findWords(norm, ROUTINE)) add(m.span, 'gives away a routine — when someone leaves home and where they will be.');
    for (const m of findWords(norm, ROLE_LIVES_NEAR)) add(m.span, "describes where an officer lives — it can lead people to a home.");
    for (const m of findWords(norm, FAMILY_WHEN_WHERE)) {
      // "my daughter told my wife tonight she was the first person at the hospital …": told, and over.
      if (/ (?:was|were|told|said|went|came) /.test(` ${m.text} `)) continue;
      add(m.span, 'tells people where your family will be, and when.');
    }
    for (const m of findWords(norm, LIVE_WEAK)) {
      const around = window(norm, m.tok - 8, m.tok + 8, m.tok);
      // A named place ("at Rosie's Diner right now"), not just "at the game".
      // Only where the author is: "plenty of folks are applying at the moment" places no one.
      if (!has(around, FIRST_PERSON)) continue;
      if (has(around, PLACE_WORDS) && has(around, PLACES) && /\b(?:at|in) (?:the )?[A-Z][a-z]/.test(text.slice(Math.max(0, m.span.start - 80), m.span.end + 80))) {
        add(m.span, has(around, LATER) ? 'tells people where you will be, and when.' : 'shares where you are right now.');
      }
    }
    if (!has(norm.words, NOT_UNDERCOVER)) {
      for (const m of findWords(norm, UNDERCOVER_RE)) {
        if (has(window(norm, m.tok - 12, m.tok + 12, m.tok), FICTION)) continue;
        // "years of undercover work", "an undercover assignment": a kind of work, no one named.
        if (m.groups[0] === 'undercover' && KIND_OF_WORK.has(norm.tokens[m.tok + 1]?.key ?? '')) continue;
        add(m.span, "may reveal an undercover identity — it can endanger the officer and the case.");
      }
    }
    for (const m of capped(norm.text.matchAll(PHONE))) {
      const start = norm.map[m.index]!;
      const end = norm.map[m.index + m[0].length - 1]! + 1;
      const around = text.slice(Math.max(0, start - 160), end + 40);
      if (PUBLIC_NUMBER.test(around) || BUSINESS_NUMBER.test(around) || !PERSONAL_NUMBER.test(around)) continue;
      add({ start, end }, "is a phone number — an officer's personal number can put them at risk.");
    }
    if (hits.length > 0) return hits;
    const self = [...findWords(norm, selfAsMember(packTerms(pack))), ...findPhrases(norm, SELF)][0];
    if (self) {
      return [
        {
          severity: 'info',
          spans: [self.span],
          message: 'Identifies you as a member of the Department — consider your privacy and security settings.',
          advice: 'Check who can see this post, and keep safety details (home, schedule, family) out of it.',
        },
      ];
    }
    return [];
  },
};

/** Every word of the span capitalised, and more than one of them ("Come Find Me"). */
function titleCased(text: string, span: Span): boolean {
  const words = text.slice(span.start, span.end).split(/\s+/);
  return words.length > 1 && words.every((w) => /^[A-Z][a-z'’]*$/.test(w));
}
