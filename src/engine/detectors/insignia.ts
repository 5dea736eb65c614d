// insignia: uniforms, equipment, badges, patches and logos in a personal
// post. Named exceptions (graduation, promotion, honor guard, community event
// in an official capacity) downgrade the finding to info with the exception.
import type { Detector, DetectorHit } from '../detector';
import type { PolicyPack } from '../../policy/schema';
import { AGENCY_ITEMS, DISPLAY_MARKERS, WEAK_DISPLAY, INSIGNIA_EXCEPTION_CUES, INSIGNIA_ITEMS, NOT_POLICE_QUALIFIERS, POLICY_FOLLOWERS } from '../lexicon/insignia';
import { alt, findPhrases, has, lastToken, PhraseSet, window, words } from '../match';
import { ON_A_CALL_WORDS, ON_DUTY } from '../lexicon/frames';
import type { NormalizedText } from '../normalize';
import { escapeRe, packTerms, perPack } from '../pack-terms';
import { compile, compileAll } from '../pattern';

const NOT_POLICE = words(compile([{ lex: 'notPolice' }], { notPolice: NOT_POLICE_QUALIFIERS }));
const POLICY = words(alt(POLICY_FOLLOWERS));
/** "a police badge for his birthday": a toy or a gift, not the member's. */
const NOT_POLICE_AFTER = words(compileAll([
  ['on for a', { any: ['sec', 'second', 'minute', 'moment'] }],
  ['for', { any: ['his', 'her', 'my', 'their', 'our'] }, { any: ['birthday', 'halloween', 'costume'] }],
  'for christmas', 'toy', 'costume', 'halloween',
]));
const DISPLAY = words(alt(DISPLAY_MARKERS));
const STRONG_DISPLAY = words(alt(DISPLAY_MARKERS.filter((m) => !WEAK_DISPLAY.has(m))));
/** Wearing the uniform somewhere ("wore it to the game"): use of it off duty, not just having it on. */
const WORN_TO = words('(?:wear|wore|wearing|worn|rocking|rocked|in|took|take|taking|drove|drive|driving|parked|parking|park) (?:[^ .]+ ){0,4}?(?:to|at|for|thru|through|in front of|in my|in the driveway|outside) ');
/** A personal, playful or family setting: the uniform or car used for something other than work. */
const PERSONAL_USE = words('donuts|burnouts|drifting|racing|lol|lmao|haha|hahaha|jk|halloween|costume|date night|date|wedding|party|bday|birthday|kids|kid|nephew|niece|toddler|ex|exs|beach|drive thru|drive through|car wash|spin|joyride|joy ride|siren|sirens|lights and siren|driveway|neighbors|fam|vlog|vlogging|rate|fit|bedroom|prank|rally|protest');
const EMOJI = /\p{Extended_Pictographic}/u;
/** Personal use, less the words of the job's own gear ("lights and sirens"). */
const OFF_WORK = words('donuts|burnouts|drifting|racing|lol|lmao|haha|hahaha|jk|halloween|costume|date night|date|wedding|party|bday|birthday|kids|nephew|niece|toddler|ex|exs|beach|drive thru|drive through|car wash|spin|joyride|joy ride|driveway|neighbors|fam|vlog|vlogging|rate|fit|bedroom|prank|rally|for sale|selling|side business|side hustle|ebay');
/** A story from the job (a shift, a call): the gear in it is worn at work, not shown off. */
const WORK_STORY = words(alt([...ON_DUTY, ...ON_A_CALL_WORDS, 'midnights', 'day shift', 'in pursuit', 'roll call', 'felony stop', 'on the ground', 'first night', 'the riot', 'the riots', 'the protest', 'the protests', 'a call', 'to a call', 'shift change', 'rookie year', 'my first week', 'my sergeant', 'field training', 'my fto']));
/** Handing in or hanging up the badge: retirement talk. */
const BADGE_FAREWELL = words('turned in my|turn in my|turning in my|hung up my|hang up my|hanging up my|retired my|retire my|retiring my|handed in my|hand in my|took my|take my|taking my|taken my|stripped of my|lost my|surrender my|surrendered my|surrendering my');
/** Sites where a post is a picture or a video. */
const IMAGE_FIRST = /(?:^|\.)(?:instagram|tiktok)\.com$/;
/** What a member wears and drives at work every day: mentioning it is not showing it. */
const ROUTINE_ITEMS = ['uniform', 'uniforms', 'in uniform', 'police uniform', 'blues', 'patrol car', 'patrol cars', 'patrol vehicle', 'patrol unit', 'patrol suv', 'patrol tahoe', 'squad car', 'cop car', 'cruiser', 'cruisers', 'police car', 'police cruiser', 'police suv', 'police vehicle', 'marked car', 'marked unit', 'marked vehicle', 'take home car', 'take home unit', 'department car', 'department vehicle', 'unmarked car', 'unmarked unit', 'body armor', 'ballistic vest', 'vest', 'tactical vest', 'duty vest', 'police vest', 'issued vest', 'duty boots', 'duty jacket', 'uniform jacket', 'tahoe', 'interceptor', 'my gear', 'duty gear', 'duty bag', 'holster', 'duty holster', 'police radio', 'issued radio', 'mdt', 'service pistol', 'service weapon', 'service revolver', 'service firearm', 'duty weapon', 'duty pistol', 'duty gun', 'duty rifle', 'sidearm', 'duty belt'];
/** Words that make an item the Department's own even beside "toy" or "for Halloween" (with the agency's initials). */
const OWN_ISSUED = ['department', 'issued', 'my work', 'duty'];
const OWN_ITEM = ['department', 'issued', 'work', 'duty', 'real'];
const NAMES_ANOTHER = new Set(['officers', 'officer', 'cops', 'division', 'branch', 'side', 'drug', 'drugs', 'dealing', 'dealer', 'dealers', 'felony', 'felonies', 'misdemeanor', 'misdemeanors', 'cdl', 'licence', 'license', 'bunny', 'bunnies', 'chaser', 'chasers']);
const PROCUREMENT = words('supplier|suppliers|supplier of|supply of|vendor|vendors|procurement|order|ordered|ordering');
const TOY = words('toy|toys|costume|costumes|plastic|pretend|dress up|halloween|play set|playset|scout|scouts|girl scout|boy scout|cub scout|brownies|earned her|earned his|badge day');

/** Words that need police context to be insignia on their own. */
const AMBIGUOUS = new Set(['patch', 'vest', 'mdt', 'baton', 'batons', 'tactical vest', 'riot gear', 'light bar', 'lightbar', 'blues', 'patches', 'tahoe', 'interceptor', 'taser', 'the logo', 'lights on', 'sirens on', 'insignia', 'class a', 'class as', 'my gear']);
const POLICE_CONTEXT = ['court', 'roll call', 'police', 'cop', 'cops', 'officer', 'officers', 'patrol', 'department', 'dept', 'pd', 'duty', 'squad', 'badge', 'uniform', 'sirens', 'copswithcams', 'leo', 'bluelives', 'bluelivesmatter', 'backtheblue', 'policelife', 'copsofinstagram', 'lawenforcement', 'thinblueline', 'blue line', 'precinct'];
/** Hashtag words that say a photo shows police gear. */
const POLICE_HASHTAGS = ['cop', 'police', 'polic', 'leo', 'blue', 'badge', 'swat', 'k9', 'lawenforcement', 'patrol', 'officer'];
const CAMERA = '\\u{1F4F8}|\\u{1F4F7}|\\u{1F933}|\\u{1F3A5}|\\u{1F4F9}';

/** One of these words, tried in the order given. */
const oneOf = (list: string[]) => words(compile([{ any: list }]));

/** The pack's words in this detector's patterns, compiled once per pack. */
const packPatterns = perPack((pack: PolicyPack) => {
  const t = packTerms(pack);
  const agencyItems = t.initials.flatMap((i) => AGENCY_ITEMS.map((item) => `${i} ${item}`));
  return {
    ITEM: new PhraseSet([...INSIGNIA_ITEMS, ...agencyItems]),
    ROUTINE_ITEMS: new Set([...ROUTINE_ITEMS, ...t.initials.map((i) => `${i} uniform`)]),
    OWN_ISSUED: oneOf([...t.initials, ...OWN_ISSUED]),
    OWN_ITEM: oneOf([...t.initials, ...OWN_ITEM]),
    POLICE_CONTEXT: oneOf([...POLICE_CONTEXT, ...t.initials]),
    MARKED: new RegExp(`badge\\s*(?:#|no\\.?|number)\\s*\\d|#\\w*(?:${[...POLICE_HASHTAGS, ...t.hashtags].map(escapeRe).join('|')})|${CAMERA}`, 'iu'),
    CUES: INSIGNIA_EXCEPTION_CUES.map((c) => ({
      ...c,
      // "representing <initials>" names an official-capacity event like "representing the department".
      re: words(alt(c.cues.includes('representing the department') ? [...c.cues, ...t.initials.map((i) => `representing ${i}`)] : c.cues)),
    })),
  };
});

/** Which insignia exception the draft names, if any. */
export function insigniaException(norm: NormalizedText, pack: PolicyPack) {
  return packPatterns(pack).CUES.find((c) => has(norm.words, c.re));
}

export const insignia: Detector = {
  clause: 'insignia',
  detect({ text, norm, context, pack, site }) {
    // Every post there carries a picture or a video: "my new badge" there shows it.
    const imageFirst = site !== undefined && IMAGE_FIRST.test(site);
    const { ITEM, ROUTINE_ITEMS, OWN_ISSUED, OWN_ITEM, POLICE_CONTEXT, MARKED } = packPatterns(pack);
    const exception = insigniaException(norm, pack);
    const hits: DetectorHit[] = [];
    let strongest: DetectorHit | undefined;
    for (const m of findPhrases(norm, ITEM)) {
      const item = m.groups[0]!;
      // Only the words right before the item qualify it ("school uniform", "a toy badge").
      const before = window(norm, m.tok - 2, m.tok, m.tok);
      if (has(before, NOT_POLICE)) continue;
      const lastTok = lastToken(norm, m);
      // "wear the badge", "she once wore a badge", "turned in my badge": the office or a farewell, not a picture of one.
      if (!imageFirst && (item === 'badge' || item === 'badges') && (/ (?:the|a) $/.test(before) || has(window(norm, m.tok - 3, m.tok, m.tok), BADGE_FAREWELL)) && !has(window(norm, m.tok - 8, lastTok + 8), STRONG_DISPLAY)) continue;
      // A toy or costume nearby, and nothing saying it is the Department's.
      const near = window(norm, m.tok - 6, lastTok + 6);
      if (has(near, TOY) && !has(near, OWN_ISSUED)) continue;
      if (has(window(norm, lastTok + 1, lastTok + 3, lastTok), POLICY)) continue;
      // "Uniform officers", "Class A drugs", "badge bunny": the item's word names something else.
      if (NAMES_ANOTHER.has(norm.tokens[lastTok + 1]?.key ?? '')) continue;
      // "the supplier of all our police gear": buying it, not showing it.
      if (has(window(norm, m.tok - 4, m.tok, m.tok), PROCUREMENT)) continue;
      // "for Halloween" makes a badge a costume, unless it is the member's own ("my department patch jacket").
      if (has(window(norm, lastTok + 1, lastTok + 5, lastTok), NOT_POLICE_AFTER) && !has(window(norm, m.tok - 3, lastTok + 1), OWN_ITEM)) continue;
      const around = window(norm, m.tok - 15, m.tok + 15);
      if (AMBIGUOUS.has(item) && !has(around, POLICE_CONTEXT)) continue;
      // A display cue nearby (this or the next sentence), a hashtag or a camera emoji says the post shows something.
      const marked = MARKED.test(text);
      const displayed = ROUTINE_ITEMS.has(item)
        ? marked || has(around, STRONG_DISPLAY) || (imageFirst && has(around, DISPLAY)) || has(window(norm, m.tok - 8, lastTok + 8), WORN_TO) || (EMOJI.test(text) && has(around, PERSONAL_USE)) || ((EMOJI.test(text) || has(around, PERSONAL_USE)) && has(around, DISPLAY))
        : marked || has(around, DISPLAY);
      if (!displayed && context.sensitivity !== 'strict' && !exception) continue;
      // Gear in a story from the job, with nothing showing it off or putting it to personal use.
      if (!exception && !marked && !has(around, STRONG_DISPLAY) && !has(around, OFF_WORK) && has(norm.words, WORK_STORY)) continue;
      const quoted = text.slice(m.span.start, m.span.end);
      const hit: DetectorHit = exception
        ? {
            severity: 'info',
            spans: [m.span],
            message: `Mentions “${quoted}” at ${exception.label} — the order allows that.`,
            exceptions: [exception.exception],
            downgradedBy: exception.exception,
          }
        : {
            severity: displayed ? 'high' : 'medium',
            spans: [m.span],
            message: `Features “${quoted}” in a personal post — Department uniforms, badges, patches, logos and issued equipment stay out of personal posts unless an exception applies.`,
          };
      if (!strongest) strongest = hit;
      else strongest.spans.push(m.span);
    }
    if (strongest) hits.push(strongest);
    return hits;
  },
};

