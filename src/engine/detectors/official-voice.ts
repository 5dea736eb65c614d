// official-voice: presenting an opinion as the City's or the Department's,
// or speaking as their official. "I am an officer" alone is identity-privacy.
import type { Detector, DetectorHit } from '../detector';
import { findWords, gap, has, matchCase, window, words } from '../match';
import { join, packTerms } from '../pack-terms';

const NEGATION = words('not|dont|doesnt|never|isnt|arent|cant|cannot|wont|no|nor|without');
const DISCLAIMER = words('my own|my opinion|my personal opinion|personal capacity|not the views|do not reflect|dont reflect|views are mine');

interface Shape {
  /** `org`: the agency or City; `from`: "from us", "from the department", "from <initials>", "from the city". */
  re: (org: string, from: string) => string;
  replacement?: string;
  /** The shape itself is a negative statement ("the PD will not enforce"): "not" is not a disclaimer. */
  negative?: boolean;
  /** Only when the draft names the City or the Department somewhere ("this is our stance"). */
  needsOrg?: boolean;
}

const STANCE = '(?:position|stance|response|statement|view|views|line|message|answer|word|verdict|take|announcement|notice|update|psa|endorsement|reply)';

const SHAPES: Shape[] = [
  { re: (o) => `(?:im |i am )?speaking (?:for|on behalf of) (?:the whole |the entire |all of |all |everyone at |everybody at |everyone in )?(?:the |our )?${o}`, replacement: 'Speaking for myself' },
  { re: (o) => `(?:i speak|we speak|i am speaking|im speaking) (?:for|on behalf of) (?:the whole |the entire |all of |all )?(?:the |our )?${o}`, replacement: 'I speak for myself' },
  { re: (o) => `on behalf of (?:the whole |the entire |all of |all |every |everyone at )?(?:the |our )?${o}(?: officers| members| employees| staff| personnel| family)?`, replacement: 'personally' },
  { re: (o) => `as (?:a |an |the )?(?:${o}) (?:official|spokesperson|spokesman|spokeswoman|representative|rep|pio|public information officer|voice)`, replacement: 'personally' },
  { re: () => `as (?:a|an|the) (?:official )?(?:spokesperson|spokesman|spokeswoman|pio|public information officer)`, replacement: 'personally' },
  { re: (o) => `(?:this is|heres|here is|thats|that is) (?:the |our )?${o}(?: official| officially| formal)? ${STANCE}` },
  { re: (o) => `(?:the |our )?${o}(?: official| officially| formal)? ${STANCE}(?: on (?:this|that|it|the [^ .]+|[^ .]+)(?: [^ .]+){0,3})? (?:is|are|remains|will be)(?! not)` },
  { re: (o) => `(?:the )?(?:official|formal) ${STANCE} of (?:the )?${o}` },
  { re: (o) => `(?:official|formal) (?:the )?${o} ${STANCE}` },
  // A sentence that opens "Official statement from the PD: …" (not "I read the official statement from the PD").
  { re: (o) => `(?<=(?:^ |\\. ))(?:an |the |our )?(?:official|formal) ${STANCE} (?:from|of|out of|by) (?:the )?${o}` },
  // A sentence that opens with "the department's official view:" presents what follows as the Department's.
  { re: (o) => `(?<=(?:^ |\\. ))(?:the |our )?${o} (?:official|formal|officially) ${STANCE}` },
  { re: (o) => `speaking as (?:a|an|the) (?:${o} )?(?:official|commander|chief|deputy chief|assistant chief|captain|major|spokesperson|spokesman|spokeswoman|representative|pio|leadership|command staff)` , replacement: 'Speaking for myself' },
  { re: (o) => `(?:officially representing|representing) (?:the )?${o} (?:officially|in an official capacity|as its (?:spokesperson|representative))|officially representing (?:the )?${o}` },
  { re: (o) => `the ${STANCE} of (?:the )?${o}(?: [^ .]+){0,6}? (?:is|remains|will be)` },
  { re: (o) => `${o}(?: \\.)? (?:officially |formally |hereby |publicly )?(?:endorses|endorse|endorsed|is endorsing)` },
  { re: (o) => `${o} (?:officially|formally|hereby) (?:supports|support|opposes|oppose|backs|condemns|announces|announce|confirms|states|declares|stands|rejects|approves|denies)` },
  { re: (o) => `we (?:at|here at|of|in) (?:the )?${o} (?:think|believe|support|oppose|want|say|stand|are|will|feel|endorse|reject)` },
  { re: (o) => `(?:officially|formally) (?:speaking )?(?:for|on behalf of) (?:the )?${o}` },
  { re: (o) => `as (?:a|an|the) (?:official )?(?:voice|spokesperson|spokesman|spokeswoman|representative|rep|mouthpiece) (?:of|for) (?:the )?${o}`, replacement: 'personally' },
  { re: (o) => `${o} (?:has |have )?(?:officially|formally) (?:decided|announced|endorsed|voted|chosen|agreed|committed|declared|approved|rejected)` },
  { re: (o) => `${o} (?:will not|wont|is not going to|isnt going to|refuses to|has decided not to)(?: be)? (?:enforcing|enforce|tolerate|tolerating|allow|allowing|permit|comply with|cooperate with|cooperating with)`, negative: true },
  { re: (_o, from) => `(?:thats final|you heard it here first|take it from me) ${from}` },
  // Signing as the organisation: "<agency> here. We've reviewed…", "I say this as the department".
  { re: (o) => `(?<=(?:^ |\\. ))${o} here(?: \\.)? (?:we|were|weve|this is|our)` },
  { re: (o) => `(?:telling you|saying this|saying|announcing|posting this|speaking|answering|letting you know) as (?:the |a )?${o}(?! (?:officer|member|employee|cop|veteran|sergeant|detective))` },
  { re: (o) => `(?:consider this|let me give (?:you|yall|everyone)|ill give (?:you|yall)|heres|here|here is|this is|thats|that) (?:the |our )?${o} (?:official |formal |officially )?${STANCE}` },
  { re: (o) => `(?:thats|that|that is|this is) the (?:official )?word from (?:the )?${o}` },
  { re: () => `(?:thats|that|that is|this is|heres|here|here is) our (?:official |formal )?${STANCE}(?: \\.)?(?: full stop| period| final)?`, needsOrg: true },
  { re: (o, from) => `${from}(?: \\.)? (?:officially|formally)|the ${o} wants? (?:you|yall|everyone|residents|the public|people|all of you|folks) to know` },
  { re: (o) => `(?<=(?:^ |\\. ))(?:the |our )?${o} (?:update|announcement|notice|psa|statement|message) (?:since|because|while|as|until|from me|from us)` },
  { re: () => `(?:officially|formally) (?:letting (?:you|yall|everyone) know|announcing|informing (?:you|yall|everyone)|telling (?:you|yall|everyone)|confirming)|(?:take this as|consider this|this is) (?:the )?word from (?:headquarters|hq|the top|command|the chief|upstairs)`, needsOrg: true },
  { re: (o) => `on (?:the |our )?${o} behalf|in my (?:official )?capacity as|announcing (?:the |our )?${o} (?:endorsement|position|decision|support|opposition|stance)|${o} (?:has|have) decided(?: [^ .]+){0,12}? officially|${o} considers (?:this|the|that) (?:matter|issue|case|incident)|we (?:at )?${o} (?:officially|formally)` },
  { re: (o) => `(?<=(?:^ |\\. ))officially ${o} (?:is|are|will|has|wants|asks|asking|says|thinks)` },
  { re: (o) => `you heard it (?:here |from )?(?:first )?(?:from )?(?:the |us at the )?${o}(?: first)?` },
  { re: (o) => `(?<=(?:^ |\\. ))(?:statement|update|announcement|message|notice|psa) (?:from|by) (?:the )?${o}` },
  { re: (o) => `${o} (?:is )?(?:proud|pleased|happy|excited) to announce|${o} officially (?:has|is|does|supports|opposes|backs|wants|will|stands)` },
  { re: () => `(?:that|thats|this is) from us`, needsOrg: true },
  { re: (o) => `(?<=(?:^ |\\. ))${o} ${STANCE}(?: [^ .]+){0,10}? we (?:back|support|oppose|stand|are|will|endorse)` },
  { re: (o) => `confirm (?:for|on behalf of) (?:the )?${o}` },
  { re: () => `consider this (?:the |our )?(?:[^ .]+ ){0,4}?official ${STANCE}`, needsOrg: true },
  { re: (o) => `our ${o} (?:message|statement|position|stance|response|answer|warning) to` },
  { re: (o) => `${o} (?:officially|formally) (?:thinks|believes|feels|says|wants|holds|considers|hates|loves|likes)` },
  { re: () => `consider this (?:our|the) (?:official |formal )?${STANCE}|straight from us|from us directly|straight from the (?:department|source)`, needsOrg: true },
  { re: (o) => `per (?:the )?(?:chief|${o})${gap(6)} we (?:stand|support|oppose|believe|think|endorse|reject|are|will|back|condemn)` },
  { re: (o) => `(?:im|i am|i have been|ive been|i was) (?:authorized|permitted|allowed|cleared) to (?:say|announce|confirm|state|share|tell you)${gap(3)} (?:the )?${o}` },
  { re: (o) => `(?:on the record|officially|formally) (?:for|on behalf of|from) (?:the )?${o}` },
  { re: (o) => `${o}(?: \\.)? (?:opposes|supports|endorses|condemns|rejects|backs|is against|is in favor of|stands with|stands behind) (?:the |this |that )?(?:hb|sb|house bill|senate bill|bill|candidate|measure|referendum|ordinance|proposal|amendment|initiative|prop|proposition|bond|levy|tax|ban|[a-z]+ bond|[a-z]+ tax|[a-z]+ for (?:mayor|sheriff|council|governor|senate|congress|da|district attorney))` },
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
    // "the department's" folds to "departments".
    const org = `(?:(?:${t.agency}|${t.city})s?)`;
    const from = `(?:${join(['from us', 'from the department', ...t.initials.map((i) => `from ${i}`), 'from the city'])})`;
    res = { shapes: SHAPES.map((shape) => words(shape.re(org, from))), org: words(`(?:${t.agency}|${t.city})`) };
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
