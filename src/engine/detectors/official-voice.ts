// official-voice: presenting an opinion as the City's or the Department's,
// or speaking as their official. "I am an officer" alone is identity-privacy.
import type { Detector, DetectorHit } from '../detector';
import { findWords, has, matchCase, window, words } from '../match';
import { packTerms } from '../pack-terms';
import { compile, type Item, type Pattern } from '../pattern';

const NEGATION = words('not|dont|doesnt|never|isnt|arent|cant|cannot|wont|no|nor|without');
const RESHARE = words('is below|are below|see below|below|attached|is linked|linked below|link below|link in|sharing|shared|reposting|repost|read it|read the full|full statement');
const DISCLAIMER = words('my own|my opinion|my personal opinion|personal capacity|not the views|do not reflect|dont reflect|views are mine');

interface Shape {
  /** The shape, given `from` ("from us", "from the department", "from <initials>", "from the city"); ORG is the agency or the City. */
  pattern: (from: Item) => Pattern;
  replacement?: string;
  /** The shape itself is a negative statement ("the PD will not enforce"): "not" is not a disclaimer. */
  negative?: boolean;
  /** Only when the draft names the City or the Department somewhere ("this is our stance"). */
  needsOrg?: boolean;
}

/** The agency or the City ("the department's" folds to "departments"). */
const ORG: Item = { any: [{ lex: 'agency', plural: true }, { lex: 'city', plural: true }] };
const STANCE: Item = { any: ['position', 'stance', 'response', 'statement', 'view', 'views', 'line', 'message', 'answer', 'word', 'verdict', 'take', 'announcement', 'notice', 'update', 'psa', 'endorsement', 'reply'] };
const START: Item = { sentenceStart: true };
const THE_OUR: Item = { any: ['the', 'our'] };
const YOU_ALL: Item = { any: ['you', 'yall', 'everyone'] };

const SHAPES: Shape[] = [
  { pattern: () => [{ opt: { any: ['im', 'i am'] } }, 'speaking', { any: ['for', 'on behalf of'] }, { opt: { any: ['the whole', 'the entire', 'all of', 'all', 'everyone at', 'everybody at', 'everyone in'] } }, { opt: THE_OUR }, ORG], replacement: 'Speaking for myself' },
  { pattern: () => [{ any: ['i speak', 'we speak', 'i am speaking', 'im speaking'] }, { any: ['for', 'on behalf of'] }, { opt: { any: ['the whole', 'the entire', 'all of', 'all'] } }, { opt: THE_OUR }, ORG], replacement: 'I speak for myself' },
  { pattern: () => ['on behalf of', { opt: { any: ['the whole', 'the entire', 'all of', 'all', 'every', 'everyone at'] } }, { opt: THE_OUR }, ORG, { opt: { any: ['officers', 'members', 'employees', 'staff', 'personnel', 'family'] } }], replacement: 'personally' },
  { pattern: () => ['as', { opt: { any: ['a', 'an', 'the'] } }, ORG, { any: ['official', 'spokesperson', 'spokesman', 'spokeswoman', 'representative', 'rep', 'pio', 'public information officer', 'voice'] }], replacement: 'personally' },
  { pattern: () => ['as', { any: ['a', 'an', 'the'] }, { opt: 'official' }, { any: ['spokesperson', 'spokesman', 'spokeswoman', 'pio', 'public information officer'] }], replacement: 'personally' },
  { pattern: () => [{ any: ['this is', 'heres', 'here is', 'thats', 'that is'] }, { opt: THE_OUR }, ORG, { opt: { any: ['official', 'officially', 'formal'] } }, STANCE] },
  { pattern: () => [{ opt: THE_OUR }, ORG, { opt: { any: ['official', 'officially', 'formal'] } }, STANCE, { opt: ['on', { any: ['this', 'that', 'it', ['the', { word: 'any' }], { word: 'any' }] }, { gap: 3, greedy: true }] }, { any: ['is', 'are', 'remains', 'will be'] }, { not: 'not', prefix: true }] },
  { pattern: () => [{ opt: 'the' }, { any: ['official', 'formal'] }, STANCE, 'of', { opt: 'the' }, ORG] },
  { pattern: () => [{ any: ['official', 'formal'] }, { opt: 'the' }, ORG, STANCE] },
  // A sentence that opens "Official statement from the PD: …" (not "I read the official statement from the PD").
  { pattern: () => [START, { opt: { any: ['an', 'the', 'our'] } }, { any: ['official', 'formal'] }, STANCE, { any: ['from', 'of', 'out of', 'by'] }, { opt: 'the' }, ORG] },
  // A sentence that opens with "the department's official view:" presents what follows as the Department's.
  { pattern: () => [START, { opt: THE_OUR }, ORG, { any: ['official', 'formal', 'officially'] }, STANCE] },
  { pattern: () => ['speaking as', { any: ['a', 'an', 'the'] }, { opt: ORG }, { any: ['official', 'commander', 'chief', 'deputy chief', 'assistant chief', 'captain', 'major', 'spokesperson', 'spokesman', 'spokeswoman', 'representative', 'pio', 'leadership', 'command staff'] }], replacement: 'Speaking for myself' },
  { pattern: () => [{ any: [[{ any: ['officially representing', 'representing'] }, { opt: 'the' }, ORG, { any: ['officially', 'in an official capacity', ['as its', { any: ['spokesperson', 'representative'] }]] }], ['officially representing', { opt: 'the' }, ORG]] }] },
  { pattern: () => ['the', STANCE, 'of', { opt: 'the' }, ORG, { gap: 6 }, { any: ['is', 'remains', 'will be'] }] },
  { pattern: () => [ORG, { opt: '.' }, { opt: { any: ['officially', 'formally', 'hereby', 'publicly'] } }, { any: ['endorses', 'endorse', 'endorsed', 'is endorsing'] }] },
  { pattern: () => [ORG, { any: ['officially', 'formally', 'hereby'] }, { any: ['supports', 'support', 'opposes', 'oppose', 'backs', 'condemns', 'announces', 'announce', 'confirms', 'states', 'declares', 'stands', 'rejects', 'approves', 'denies'] }] },
  { pattern: () => ['we', { any: ['at', 'here at', 'of', 'in'] }, { opt: 'the' }, ORG, { any: ['think', 'believe', 'support', 'oppose', 'want', 'say', 'stand', 'are', 'will', 'feel', 'endorse', 'reject'] }] },
  { pattern: () => [{ any: ['officially', 'formally'] }, { opt: 'speaking' }, { any: ['for', 'on behalf of'] }, { opt: 'the' }, ORG] },
  { pattern: () => ['as', { any: ['a', 'an', 'the'] }, { opt: 'official' }, { any: ['voice', 'spokesperson', 'spokesman', 'spokeswoman', 'representative', 'rep', 'mouthpiece'] }, { any: ['of', 'for'] }, { opt: 'the' }, ORG], replacement: 'personally' },
  { pattern: () => [ORG, { opt: { any: ['has', 'have'] } }, { any: ['officially', 'formally'] }, { any: ['decided', 'announced', 'endorsed', 'voted', 'chosen', 'agreed', 'committed', 'declared', 'approved', 'rejected'] }] },
  { pattern: () => [ORG, { any: ['will not', 'wont', 'is not going to', 'isnt going to', 'refuses to', 'has decided not to'] }, { opt: 'be' }, { any: ['enforcing', 'enforce', 'tolerate', 'tolerating', 'allow', 'allowing', 'permit', 'comply with', 'cooperate with', 'cooperating with'] }], negative: true },
  { pattern: (from) => [{ any: ['thats final', 'you heard it here first', 'take it from me'] }, from] },
  // Signing as the organisation: "<agency> here. We've reviewed…", "I say this as the department".
  { pattern: () => [START, ORG, 'here', { opt: '.' }, { any: ['we', 'were', 'weve', 'this is', 'our'] }] },
  { pattern: () => [{ any: ['telling you', 'saying this', 'saying', 'announcing', 'posting this', 'speaking', 'answering', 'letting you know'] }, 'as', { opt: { any: ['the', 'a'] } }, ORG, { not: { any: ['officer', 'member', 'employee', 'cop', 'veteran', 'sergeant', 'detective'] }, prefix: true }] },
  { pattern: () => [{ any: ['consider this', ['let me give', { any: ['you', 'yall', 'everyone'] }], ['ill give', { any: ['you', 'yall'] }], 'heres', 'here', 'here is', 'this is', 'thats', 'that'] }, { opt: THE_OUR }, ORG, { opt: { any: ['official', 'formal', 'officially'] } }, STANCE] },
  { pattern: () => [{ any: ['thats', 'that', 'that is', 'this is'] }, 'the', { opt: 'official' }, 'word from', { opt: 'the' }, ORG] },
  { pattern: () => [{ any: ['thats', 'that', 'that is', 'this is', 'heres', 'here', 'here is'] }, 'our', { opt: { any: ['official', 'formal'] } }, STANCE, { opt: '.' }, { opt: { any: ['full stop', 'period', 'final'] } }], needsOrg: true },
  { pattern: (from) => [{ any: [[from, { opt: '.' }, { any: ['officially', 'formally'] }], ['the', ORG, { any: ['wants', 'want'] }, { any: ['you', 'yall', 'everyone', 'residents', 'the public', 'people', 'all of you', 'folks'] }, 'to know']] }] },
  { pattern: () => [START, { opt: THE_OUR }, ORG, { any: ['update', 'announcement', 'notice', 'psa', 'statement', 'message'] }, { any: ['since', 'because', 'while', 'as', 'until', 'from me', 'from us'] }] },
  {
    pattern: () => [{ any: [
      [{ any: ['officially', 'formally'] }, { any: [['letting', YOU_ALL, 'know'], 'announcing', ['informing', YOU_ALL], ['telling', YOU_ALL], 'confirming'] }],
      [{ any: ['take this as', 'consider this', 'this is'] }, { opt: 'the' }, 'word from', { any: ['headquarters', 'hq', 'the top', 'command', 'the chief', 'upstairs'] }],
    ] }],
    needsOrg: true,
  },
  {
    pattern: () => [{ any: [
      ['on', { opt: THE_OUR }, ORG, 'behalf'],
      ['in my', { opt: 'official' }, 'capacity as'],
      ['announcing', { opt: THE_OUR }, ORG, { any: ['endorsement', 'position', 'decision', 'support', 'opposition', 'stance'] }],
      [ORG, { any: ['has', 'have'] }, 'decided', { gap: 12 }, 'officially'],
      [ORG, 'considers', { any: ['this', 'the', 'that'] }, { any: ['matter', 'issue', 'case', 'incident'] }],
      ['we', { opt: 'at' }, ORG, { any: ['officially', 'formally'] }],
    ] }],
  },
  { pattern: () => [START, 'officially', ORG, { any: ['is', 'are', 'will', 'has', 'wants', 'asks', 'asking', 'says', 'thinks'] }] },
  { pattern: () => ['you heard it', { opt: { any: ['here', 'from'] } }, { opt: 'first' }, { opt: 'from' }, { opt: { any: ['the', 'us at the'] } }, ORG, { opt: 'first' }] },
  { pattern: () => [START, { any: ['statement', 'update', 'announcement', 'message', 'notice', 'psa'] }, { any: ['from', 'by'] }, { opt: 'the' }, ORG] },
  { pattern: () => [{ any: [[ORG, { opt: 'is' }, { any: ['proud', 'pleased', 'happy', 'excited'] }, 'to announce'], [ORG, 'officially', { any: ['has', 'is', 'does', 'supports', 'opposes', 'backs', 'wants', 'will', 'stands'] }]] }] },
  { pattern: () => [{ any: ['that', 'thats', 'this is'] }, 'from us'], needsOrg: true },
  { pattern: () => [START, ORG, STANCE, { gap: 10 }, 'we', { any: ['back', 'support', 'oppose', 'stand', 'are', 'will', 'endorse'] }] },
  { pattern: () => ['confirm', { any: ['for', 'on behalf of'] }, { opt: 'the' }, ORG] },
  { pattern: () => ['consider this', { opt: THE_OUR }, { gap: 4 }, 'official', STANCE], needsOrg: true },
  { pattern: () => ['our', ORG, { any: ['message', 'statement', 'position', 'stance', 'response', 'answer', 'warning'] }, 'to'] },
  { pattern: () => [ORG, { any: ['officially', 'formally'] }, { any: ['thinks', 'believes', 'feels', 'says', 'wants', 'holds', 'considers', 'hates', 'loves', 'likes'] }] },
  { pattern: () => [{ any: [['consider this', { any: ['our', 'the'] }, { opt: { any: ['official', 'formal'] } }, STANCE], 'straight from us', 'from us directly', ['straight from the', { any: ['department', 'source']}]] }], needsOrg: true },
  { pattern: () => ['per', { opt: 'the' }, { any: ['chief', ORG] }, { gap: 6 }, 'we', { any: ['stand', 'support', 'oppose', 'believe', 'think', 'endorse', 'reject', 'are', 'will', 'back', 'condemn'] }] },
  { pattern: () => [{ any: ['im', 'i am', 'i have been', 'ive been', 'i was'] }, { any: ['authorized', 'permitted', 'allowed', 'cleared'] }, 'to', { any: ['say', 'announce', 'confirm', 'state', 'share', 'tell you'] }, { gap: 3 }, { opt: 'the' }, ORG] },
  { pattern: () => [{ any: ['on the record', 'officially', 'formally'] }, { any: ['for', 'on behalf of', 'from'] }, { opt: 'the' }, ORG] },
  {
    pattern: () => [
      ORG, { opt: '.' },
      { any: ['opposes', 'supports', 'endorses', 'condemns', 'rejects', 'backs', 'is against', 'is in favor of', 'stands with', 'stands behind'] },
      { opt: { any: ['the', 'this', 'that'] } },
      { any: [
        'hb', 'sb', 'house bill', 'senate bill', 'bill', 'candidate', 'measure', 'referendum', 'ordinance', 'proposal', 'amendment', 'initiative', 'prop', 'proposition', 'bond', 'levy', 'tax', 'ban',
        [{ word: 'letters' }, 'bond'], [{ word: 'letters' }, 'tax'], [{ word: 'letters' }, 'for', { any: ['mayor', 'sheriff', 'council', 'governor', 'senate', 'congress', 'da', 'district attorney'] }],
      ] },
    ],
  },
];

const ROLE_WORDS = / (?:official|officially|spokes[a-z]*|behalf|represent[a-z]*|pio|public information|statement|authorized|capacity|formally|from us|heard it here) /;

interface Compiled {
  shapes: RegExp[];
  /** The City or the Department named anywhere in the draft. */
  org: RegExp;
}
const compiled = new WeakMap<object, Compiled>();

function patternsFor(t: ReturnType<typeof packTerms>): Compiled {
  let res = compiled.get(t);
  if (!res) {
    const lex = { agency: t.agencyList, city: t.cityList };
    const fromItem: Item = { any: ['from us', 'from the department', ...t.initials.map((i) => `from ${i}`), 'from the city'] };
    res = { shapes: SHAPES.map((shape) => words(compile(shape.pattern(fromItem), lex))), org: words(compile([{ any: [{ lex: 'agency' }, { lex: 'city' }] }], lex)) };
    compiled.set(t, res);
  }
  return res;
}

export const officialVoice: Detector = {
  clause: 'official-voice',
  detect({ text, norm, pack }) {
    const t = packTerms(pack);
    const { shapes: patterns, org } = patternsFor(t);
    const hits: DetectorHit[] = [];
    const namesOrg = has(norm.words, org);
    // Every shape names the City or the Department, or speaks of an official role: skip the rest when neither is there.
    if (!namesOrg && !ROLE_WORDS.test(norm.words)) return [];
    const signed = t.signOff?.exec(text);
    if (signed && !has(norm.words, DISCLAIMER)) {
      hits.push({
        severity: 'high',
        spans: [{ start: signed.index + signed[0].indexOf(signed[0].trim()), end: text.length }],
        message: `Signs the post as the ${/city/i.test(signed[0]) ? 'City' : 'Department'} — without the ${pack.agency.authority}'s authorization, a personal post speaks only for you.`,
        advice: 'Sign with your own name, or link to the official account instead.',
      });
    }
    for (const [i, shape] of SHAPES.entries()) {
      if (shape.needsOrg && !namesOrg) continue;
      for (const m of findWords(norm, patterns[i]!)) {
        if (has(window(norm, m.tok - 12, m.tok + 20, m.tok), DISCLAIMER)) continue;
        // "The department's official statement is below": pointing at the official words, not speaking them.
        if (has(window(norm, m.tok, m.tok + 14, m.tok), RESHARE)) continue;
        if (!shape.negative && / not /.test(` ${m.text} `)) continue;
        if (!shape.negative && has(window(norm, m.tok - 3, m.tok, m.tok), NEGATION)) continue;
        const hit: DetectorHit = {
          severity: 'high',
          spans: [m.span],
          message: `Presents this as the word of the ${labelFor(m.text, t)} — without the ${pack.agency.authority}'s authorization, a personal post speaks only for you.`,
          advice: 'Say it as your own view ("In my personal opinion…"), or link to the official statement instead of restating it.',
        };
        if (shape.replacement) hit.replacement = matchCase(text.slice(m.span.start, m.span.end), shape.replacement);
        hits.push(hit);
      }
    }
    return hits;
  },
};

function labelFor(matched: string, t: ReturnType<typeof packTerms>): string {
  const has = (list: string[]) => list.some((w) => ` ${matched} `.includes(` ${w} `));
  return has(t.cityList) && !has(t.agencyList) ? 'City' : 'Department';
}

