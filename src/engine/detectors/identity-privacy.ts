// identity-privacy: safety-sensitive details (home address, schedules, family
// whereabouts, live location, undercover identities, officers' phone numbers)
// are medium; merely identifying as a member is an info reminder.
import type { Detector, DetectorHit } from '../detector';
import { FAMILY_MARKERS, HOME_MARKERS, SCHEDULE_MARKERS, SELF_IDENTIFICATION, STREET_SUFFIXES, UNDERCOVER } from '../lexicon/safety';
import { alt, capped, findPhrases, findWords, gap, has, PhraseSet, SpanIndex, window, words } from '../match';
import { join, packTerms, perPack } from '../pack-terms';
import { compileAll } from '../pattern';
import type { Span } from '../types';

const HOME = words(`(?:${alt(HOME_MARKERS)})(?: [^ .]+){1,4}`);
const STREET = alt(STREET_SUFFIXES);
const ADDRESS = words(`\\d{1,6}(?! (?:years?|yrs|days?|weeks?|months?|hours?|minutes?|times|miles|blocks)\\b)(?: [a-z]+){1,3} ${STREET}`);
const HOME_CONTEXT = words('(?:im|i am) the (?:officer|cop|deputy|detective) (?:at|on|in)|porch|housewarming|bought a house|moved in|my|our|i live|we live|lives|lives at|lives on|living at|home|house|apartment|drop off|drop it|come over|my place|his place|her place');
const TIMED_SCHEDULE = new Set(['time i leave for work', 'which car i drive', 'what car i drive', 'every day right after', 'right after my shift', 'my shift schedule', 'where i park', 'im on nights', 'i am on nights', 'im on days', 'on nights this', 'on midnights', 'working midnights', 'on the night shift', 'house is empty', 'house will be empty', 'nobody home', 'no one home', 'nobody will be home', 'no one will be home', 'out of town until', 'on vacation until', 'gone all week', 'away all week', 'leaving for vacation', 'every night at', 'every morning at', 'every day at', 'same time every', 'leave for my shift', 'leave for my shift at']);
const SCHEDULE = new PhraseSet(SCHEDULE_MARKERS);
/** "Every night at 9 the dog wants a walk" is nobody's schedule; "every night at 9 I leave" is. */
const ROUTINE_PHRASES = new Set(['every night at', 'every morning at', 'every day at', 'same time every']);
const FIRST_PERSON = words('i|im|ive|ill|me|my|we|our|us|were');
/** Where "sitting at" or "live from" puts the author: a named place (capitalised) or an address, not work, home or the couch. */
const LIVE_PLACE_WEAK = new Set(['currently at', 'sitting at', 'live from', 'im here at', 'checked in at', 'check in at']);
const NOT_A_PLACE = /^\s*(?:my |the |our |a |an )?(?:work|home|desk|office|couch|bed|house|kitchen|table|airport|gym|job|computer|hospital|doctor|dentist|moment|end|edge|top|bottom|least|last)\b/i;
const POLICE_PLACE = /^\s*(?:my |the |our )?(?:[a-z]+ )?(?:beat|patrol|post|spot|cruiser|unit|squad car|patrol car|district|substation|sector|zone|undercover)\b/i;
const NAMED_PLACE = /^\s*(?:the )?(?:[A-Z][\w'’&.-]*|\d+ [A-Z])/;
const TIME = words('\\d{1,2}(?:am|pm)?|\\d{1,4}|tonight|tomorrow|tonite|nights|weekend|every|until|till|morning|evening|monday|tuesday|wednesday|thursday|friday|saturday|sunday|noon|midnight');
const FAMILY = new PhraseSet(FAMILY_MARKERS.filter((f) => !['elementary', 'middle school', 'daycare', 'day care'].includes(f)));
const SCHOOL = words(`(?:${alt(['elementary', 'middle school', 'high school', 'daycare', 'day care', 'preschool', 'academy'])})`);
const KIDS = words('my kids|my son|my daughter|my children|my child|my boys|my girls|our kids|our son|our daughter');
const FAMILY_STAY = words(`(?:the|my|our) (?:kids|wife|husband|family|son|daughter|children|boys|girls)(?: and (?:the |my )?(?:kids|wife|husband|son|daughter))? (?:will be|are staying|will stay|stay|are going to be|is staying|is going to be)${gap(6)} (?:all week|all weekend|tonight|this weekend|this week|until [^ .]+|every day|alone|by themselves|by herself|by himself)`);
const EMPTY_HOME = words(`(?:house|home|place|apartment|condo)${gap(3)} (?:is|will be|is going to be|sits) (?:empty|vacant|unoccupied|unlocked)|(?:well|we will|were|we are|ill|im|i will) be (?:at|in|away|gone|out of town|on vacation)${gap(6)} (?:all week|all weekend|until [^ .]+|for a week|for two weeks|this week|next week|for the week)`);
const LIVE_STRONG = words(`(${alt(['wave if you see me', 'honk if you see me', 'shift alone at', 'alone at the district', 'alone at the substation', 'alone at the station', 'ill be parked', 'i will be parked', 'parked behind', 'my usual spot', 'come wave', 'come meet me', 'meet me at', 'meet me there', 'come find me', 'come say hi', 'come by and say hi', 'come say hello', 'im here at', 'currently at', 'checked in at', 'check in at', 'parked at', 'parked outside', 'live from', 'sitting at'])}|(?:section|table|row|seat) \\d+)`);
/** "I'll be at the pub till midnight": where the author will be, with an end time. */
const LIVE_UNTIL = words(`(?:ill|i will|well|we will|im gonna|im going to|ima|imma) (?:be|hang|hanging|sit|chill|be hanging|be chilling|be posted up) (?:at|in|over at|down at|out at)${gap(5)} (?:till|until|til|from now till|from now until) (?:midnight|close|closing|closing time|last call|late|tonight|\\d{1,2}(?:am|pm)?|\\d{1,2} (?:am|pm|oclock))|(?:if you|if u|if yall) (?:wanna|want to|wana) (?:say hi|stop by|come by|swing by|pull up|come through|come find me|meet up)`);
/** Someone else's contact details: "my partner's home address", "the whole squad's phone numbers". */
const OTHERS_DETAILS = words(`roster (?:with|of) (?:everyone |all the )?(?:personal )?(?:cell|phone|home) (?:numbers|addresses)|(?:sgt|sergeant|lt|lieutenant|officer|ofc|cpl|det|detective|captain|capt) [a-z]+ (?:cell is|cell number|cell|personal cell|home number)|(?:home numbers|home phone numbers|cell numbers|personal cell numbers|phone numbers|addresses|home addresses) (?:for|of) (?:every|all|each|the|our|everyone|everybody) (?:sergeant|officer|detective|lieutenant|cop|member|deputy)|(?:home address|address|cell number|phone number|cell) of (?:the|our|my|a|that) (?:detective|officer|sergeant|sgt|lieutenant|captain|partner|deputy|cop|narc)|(?:patrol |duty |shift |officer )?roster(?: [^ .]+){0,8}? (?:names|beats|shifts|districts|assignments)|names and (?:beats|shifts|districts|assignments|schedules|home addresses)|(?:(?:every|each|all|all the) officers?|officers) (?:shift|shifts|schedule|schedules|shift and district|shift times)|(?:coworker|co worker|coworkers|partner|partners|sergeant|sarge|sgt|lieutenant|lt|captain|cpt|colleague|colleagues|officer|officers|detective|detectives|squadmate|squadmates|teammate|chief|boss|supervisor|everyone|everybody|all the officers|the whole squad|the whole shift|the squad|the shift|squad|shift|unit)(?: [a-z]+)? (?:personal cells|personal cell numbers|phone list|cell list|contact list|home address|home addresses|address|addresses|cell number|cell numbers|cell phone number|cell phone numbers|personal number|personal numbers|phone number|phone numbers|personal cell|home phone|home phone number)`);
/** "the blue duplex at the corner of Oak St", "lives a block over from me on Pine Rd". */
const homeDescribed = (initials: string[]) => words(`(?:im|i am) the (?:${join(['cop', 'officer', 'deputy', 'detective', 'police officer', ...initials.flatMap((i) => [`${i} officer`, `${i} cop`])])}) (?:in|at) the (?:[a-z]+ )?(?:house|home|apartment|place)|(?:(?:the|my|our) (?:[a-z]+ )?(?:house|home|apartment|duplex|townhouse|condo|place|trailer) (?:at the end of|on the corner of|at the corner of|on|at|off|near|across from)|(?:lives|living|live|stays|staying) (?:[^ .]+ ){0,5}?(?:on|at|off|near)) (?:[a-z0-9]+ ){1,3}(?:${STREET})|(?:my|our) (?:[a-z]+ )?(?:house|home) on the corner`);
const homeDescribedContext = (initials: string[]) => words(join(['i', 'im', 'my', 'our', 'we', 'me', 'officer', 'cop', 'detective', 'det', 'sgt', 'sergeant', 'lt', 'narc', 'narcotics', 'deputy', 'trooper', ...initials]));
/** "6p to 4a", "9p-7a", "11pm to 7am": a shift window, counted next to work or home words. */
const TIME_RANGE = words('(?:[01]\\d|2[0-3])[0-5]\\d (?:to |till |until |thru )?(?:[01]\\d|2[0-3])[0-5]\\d|\\d{1,2}(?:a|p|am|pm)? (?:to|till|til|until|thru|through) (?:\\d{1,2}(?:a|p|am|pm)|midnight|noon|close)|\\d{1,2}(?:a|p|am|pm) \\d{1,2}(?:a|p|am|pm)|(?:every|each) (?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday)[a-z]*(?: (?:and |n )?(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday)[a-z]*)?');
const SHIFT_CONTEXT = words('midnights|unit|all week|rotation|be posted|platoon|starting|works|parks|heading out|parked|my|lessons|practice|class|pool|school|pickup|pick up|drop off|gym|shift|shifts|work|working|nights|days|gone|away|leave|leaving|off|substation|district|precinct|station|home|patrol|beat|usually|schedule|out of');
/** "my wife and kids are at the mall food court right now", "my son's game is tonight at 7 at the rec center". */
const FAMILY_WHEN_WHERE = words('(?:wife|wifes|husband|husbands|kids|son|sons|daughter|daughters|family|familys|children|boys|girls|mom|moms|dad|dads)(?: [^ .]+){0,6}? (?:right now|rn|tonight|tomorrow|this (?:morning|afternoon|evening|weekend|saturday|sunday|friday)|at \\d{1,2}(?:am|pm)?)(?: [^ .]+){0,6}? at (?:the )?(?!her |his |my |our |their |home )[a-z]+|(?:wife|wifes|husband|husbands|kids|son|sons|daughter|daughters|family|familys)(?: [^ .]+){0,3}?(?: is| are)? at (?:the )?(?:[^ .]+ ){1,6}?(?:right now|rn|till|until|all week|every (?:weekday|day|morning|afternoon|evening|weekend)|while im at work)|(?:daughter|son|kids|kid|children)(?: [^ .]+){0,14}? bus stop');
/** "Family beach week! Emerald Isle, unit 3B through Saturday": away from home, and where, until when. */
const AWAY_UNTIL = words('(?:beach week|beach trip|vacation|trip|getaway|cabin|airbnb|hotel|resort|cruise|condo|unit [0-9a-z]+)(?: [^ .]+){0,12}? (?:through|thru|till|until|til) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|next week|the weekend|the \\d+)');
/** "leave my condo off Elm at 6:10am", "off-duty detail at the grocery store till 10 tonight". */
const ROUTINE = words('(?:daughter|son|kids?|children|boys|girls)(?: [^ .]+){0,6}? (?:practice|game|class|lessons?|school|recital|rehearsal) (?:[^ .]+ ){0,3}?(?:ends|starts|gets out|lets out|is over) (?:at )?\\d|off at \\d{1,4}(?:am|pm)? from (?:the )?(?:district|substation|station|precinct|hq)|commute from my house|my street sign|(?:doing|do|does) (?:[a-z]+ ){0,3}?pickup at \\d|pickup at \\d|(?:drop|drops|dropping|pick|picks|picking) (?:up )?(?:our|my|the) (?:kids|twins|son|daughter|boys|girls|children|kid)(?: up| off)? at|pick (?:her|him|them) up (?:[^ .]+ ){0,4}?at \\d|straight home to|(?:leave|leaving|head out of|out of) (?:my|the|our) (?:apartment|house|place|home)(?: [^ .]+){0,4}? at \\d|roll call at (?:[^ .]+ ){1,3}?at \\d|(?:off duty detail|detail|working security|extra duty|off duty job|working the door) at (?:the )?(?:[^ .]+ ){1,5}?(?:till|until|til) (?:\\d|midnight|close|late)');
/** "our motor officer lives right by the river trail". */
const ROLE_LIVES_NEAR = words('(?:handler|officer|detective|det|sgt|sergeant|lieutenant|lt|captain|chief|deputy|cop|narc|partner) (?:[a-z]+ ){0,2}?(?:lives|stays) (?:right )?(?:next to|near|by|behind|across from|around the corner from|down the street from|off|on)');
/** "police academy": the member's school, not a child's. */
const adultAcademy = (initials: string[], training: string[]) => words(join(['police', ...initials, 'pd', 'department', ...training, 'law enforcement', 'fire', 'military', 'naval', 'sheriff']));
/** "if you live on Maple Ave": someone else's home, addressed generally. */
const OTHERS_LIVE = words('you|u|yall|who|anyone|everyone|people|folks|residents|neighbors|if');
const LIVE_WEAK = words('right now|rn|at the moment|currently');
const PLACE_WORDS = words('at|in');
const PLACES = words('game|bar|park|restaurant|store|mall|stadium|arena|festival|concert|beach|gym|church|club|pub|brewery|downtown|street|st|ave|road|rd|parking|lot|theater|hotel|airport');
const UNDERCOVER_RE = words(`(${compileAll(UNDERCOVER)})`);
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
    re = words(`(?:im|i am|as) (?:a |an )?(?:${[terms.agency, terms.place].filter(Boolean).join('|')})(?: police)? (?:officer|cop|detective|sergeant|lieutenant|member|employee)`);
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
      if (has(window(norm, m.tok - 12, m.tok + 10), HOME_CONTEXT)) add(m.span, 'is a street address near words about your home.');
    }
    for (const m of findPhrases(norm, SCHEDULE)) {
      const phrase = m.groups[0]!;
      const after = m.tok + phrase.split(' ').length;
      // The time must be outside the phrase itself ("I work nights" alone gives no time), and a routine must be the author's.
      if (ROUTINE_PHRASES.has(phrase) && !has(window(norm, m.tok - 8, after + 8, m.tok), FIRST_PERSON)) continue;
      const timed = TIMED_SCHEDULE.has(phrase) || has(window(norm, m.tok - 6, m.tok, m.tok), TIME) || has(window(norm, after, after + 10, m.tok), TIME);
      if (timed) add(m.span, 'gives away your schedule — when you are away from home or where you will be.');
    }
    for (const m of findPhrases(norm, FAMILY)) add(m.span, "tells people where your family will be.");
    for (const m of findWords(norm, EMPTY_HOME)) add(m.span, 'tells people when your home will be empty.');
    for (const m of findWords(norm, FAMILY_STAY)) add(m.span, 'tells people where your family will be.');
    for (const m of findWords(norm, SCHOOL)) {
      // The police academy is the member's school, not a child's.
      if (has(window(norm, m.tok - 2, m.tok, m.tok), ADULT_ACADEMY)) continue;
      if (has(window(norm, m.tok - 10, m.tok + 3, m.tok), KIDS)) add(m.span, "names your children's school.");
    }
    for (const m of findWords(norm, LIVE_STRONG)) {
      if (LIVE_PLACE_WEAK.has(m.groups[0]!)) {
        const next = text.slice(m.span.end, m.span.end + 60);
        if (!POLICE_PLACE.test(next) && (NOT_A_PLACE.test(next) || !NAMED_PLACE.test(next))) continue;
      }
      add(m.span, 'shares where you are right now.');
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
    for (const m of findWords(norm, FAMILY_WHEN_WHERE)) add(m.span, 'tells people where your family will be, and when.');
    for (const m of findWords(norm, LIVE_WEAK)) {
      const around = window(norm, m.tok - 8, m.tok + 8, m.tok);
      // A named place ("at Rosie's Diner right now"), not just "at the game".
      if (has(around, PLACE_WORDS) && has(around, PLACES) && /\b(?:at|in) (?:the )?[A-Z][a-z]/.test(text.slice(Math.max(0, m.span.start - 80), m.span.end + 80))) {
        add(m.span, 'shares where you are right now.');
      }
    }
    if (!has(norm.words, NOT_UNDERCOVER)) {
      for (const m of findWords(norm, UNDERCOVER_RE)) if (!has(window(norm, m.tok - 12, m.tok + 12, m.tok), FICTION)) add(m.span, "may reveal an undercover identity — it can endanger the officer and the case.");
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
