// Two things some policies protect beyond investigation material, run by the
// investigation-records detector when a pack asks for them:
// - arrestees identified: a booking photo posted, or "the guy we arrested is
//   the one in the gray hoodie" (option `arrestees`);
// - calls for service told with details: what a call was, where, who was
//   there, how it ended (option `calls`).
// Some agencies treat an arrestee's name and a call's basic facts as public
// record, so neither runs by default.
import type { DetectorInput } from '../detector';
import { STREET_SUFFIXES } from '../lexicon/safety';
import { findWords, has, window, words } from '../match';
import { packTerms, perPack } from '../pack-terms';
import { compile, compileAll, type Item } from '../pattern';
import type { Span } from '../types';

export interface PeopleHit {
  span: Span;
  /** What the quoted span is, for the message. */
  what: string;
}

const BOOKING = words('booking photo|booking photos|booking pic|booking pics|booking picture|mugshot|mugshots|mug shot|mug shots|booking video');
/** A booking photo of someone in particular, being shown. */
const SHOWN = words('of the|of that|of this|of him|of her|heres|here is|here are|posting|posted|attached|look at|check out|we arrested|i arrested|we booked|i booked|we picked up|i picked up|we grabbed|last night|this morning|today');
const PERSON: Item = { any: ['guy', 'guys', 'man', 'woman', 'lady', 'kid', 'dude', 'girl', 'boy', 'teen', 'teenager', 'suspect', 'person', 'one', 'driver', 'shoplifter', 'thief', 'couple'] };
const ARRESTED: Item = { any: ['grabbed', 'arrested', 'picked up', 'booked', 'cuffed', 'locked up', 'took in', 'took down', 'hooked', 'hooked up', 'pinched', 'detained', 'brought in', 'caught', 'busted', 'tased', 'chased down', 'hauled in'] };
/** "the man we stopped is the one in the red cap", "the woman I arrested works at …". */
const ARRESTEE_POINTED = words(compile([
  { opt: { any: ['the', 'that', 'this'] } },
  PERSON,
  { any: ['we', 'i', 'my partner', 'our unit', 'our squad'] },
  { opt: { any: ['just', 'finally'] } },
  ARRESTED,
  { gap: 4 },
  { any: ['is the', 'is in', 'is on', 'was the', 'lives', 'works', 'goes to', 'named', 'name is', 'wearing', 'in the photo', 'in the pic', 'in this', 'on the left', 'on the right', 'the one'] },
]));

/** Words that open the story of a call. */
const CALL = words(compileAll([
  ['call of the', { any: ['night', 'day', 'week', 'shift', 'year'] }],
  [{ any: ['got', 'get', 'was', 'were'] }, { any: ['dispatched', 'sent', 'called'] }, { any: ['to', 'out to'] }],
  'dispatched to',
  [{ any: ['took', 'caught', 'ran', 'worked', 'had', 'answered'] }, { any: ['a', 'an', 'the', 'this', 'one'] }, { opt: { word: 'any' } }, 'call'],
  'on a call', 'welfare check', 'wellness check', 'noise complaint', 'domestic call', '911 call',
  [{ any: ['the', 'a', 'our', 'my'] }, 'caller'],
  'called 911', 'phoned us', 'called us',
  ['called in', { any: ['a', 'an', 'about'] }],
  [
    'responded to', { any: ['a', 'an', 'the', 'this', 'one'] }, { gap: 2 },
    { any: ['call', 'overdose', 'od', 'domestic', 'crash', 'wreck', 'fight', 'disturbance', 'shooting', 'stabbing', 'suicide', 'burglary', 'break in', 'alarm', 'death', 'body', 'accident', 'robbery', 'theft', 'assault', 'dispute', 'party', 'trespass', 'person down', 'man down', 'suspicious person', 'report', 'complaint'] },
  ],
]));
const COMPASS = ['west', 'east', 'north', 'south'];
/** Where, who or what: an address or street, a particular building, a person, a photo, how it turned out. */
const callDetail = perPack((pack) => {
  const t = packTerms(pack);
  return words(compileAll([
    [{ word: 'number', digits: [2, 5] }, { any: [...COMPASS, [{ word: 'letters' }, { lex: 'street' }]] }],
    [{ any: ['on', 'off', 'at'] }, { word: 'alnum' }, { any: [{ lex: 'street' }, ...COMPASS] }],
    [{ any: ['at', 'on', 'near', 'behind'] }, 'the', { any: ['apartments', 'apartment', 'complex', 'motel', 'hotel', 'house', 'trailer', 'trailer park', 'gas station', 'shelter', 'school', 'church', 'bar', 'club', 'store', 'park'] }],
    [{ any: ['her', 'his', 'their'] }, { any: ['husband', 'wife', 'boyfriend', 'girlfriend', 'son', 'daughter', 'mom', 'mother', 'dad', 'father', 'neighbor', 'kid', 'kids'] }],
    'turned out to be', 'turns out',
    ['it was', { any: ['a', 'an', 'the', 'his', 'her'] }],
    'name', 'recognize', 'photo', 'photos', 'pic', 'pics', 'picture', 'video', 'attached',
    ['a', { any: ['lady', 'woman', 'guy', 'man', 'kid', 'girl', 'boy', 'teen', 'couple', 'staffer'] }],
    ...(t.places.length ? [[{ lex: 'places' }]] : []),
  ], { street: STREET_SUFFIXES, places: t.places }));
});

export function arresteeHits({ norm }: DetectorInput): PeopleHit[] {
  const hits: PeopleHit[] = [];
  for (const m of findWords(norm, BOOKING)) {
    if (!has(window(norm, m.tok - 12, m.tok + 12, m.tok), SHOWN)) continue;
    hits.push({ span: m.span, what: `— a booking photo identifies the person arrested; it is not for personal social media.` });
  }
  for (const m of findWords(norm, ARRESTEE_POINTED)) {
    hits.push({ span: m.span, what: `— points out someone who was arrested; identifying details of arrestees and suspects are not for personal social media.` });
  }
  return hits;
}

export function callHits({ norm, pack }: DetectorInput): PeopleHit[] {
  const hits: PeopleHit[] = [];
  const DETAIL = callDetail(pack);
  const told = new Set<number>();
  for (const m of findWords(norm, CALL)) {
    // The sentence the call is told in and the next one; one finding per sentence.
    const sent = norm.tokens[m.tok]!.sent;
    if (told.has(sent)) continue;
    let to = m.tok;
    while (to + 1 < norm.tokens.length && norm.tokens[to + 1]!.sent <= sent + 1) to++;
    if (!has(window(norm, m.tok - 12, to + 1), DETAIL)) continue;
    told.add(sent);
    hits.push({ span: m.span, what: `— details of a call for service (where, who, what was found) are not for personal social media.` });
  }
  return hits;
}

