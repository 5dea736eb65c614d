// investigation-records: what an investigation compiled (N.C.G.S. 132-1.4):
// informants, lab and forensic results, surveillance, unserved warrants,
// witness statements, victims' identities, case files. The public facts
// (time, place and nature of a crime; an arrestee's name, age and charge) do
// not trigger anything here: only investigation vocabulary does.
import * as z from 'zod/mini';
import { inQuotes } from '../mention';
import type { Detector, DetectorHit } from '../detector';
import { IDENTITY_DETAILS, INVESTIGATION_TERMS, LAW_TALK, NOT_YET } from '../lexicon/records';
import { alt, capped, findPhrases, findWords, has, lastToken, PhraseSet, SpanIndex, window, words } from '../match';
import type { Span } from '../types';
import { arresteeHits, callHits } from './involved-people';
import { watchTermHits } from './watch-terms';
import { compile, type Pattern } from '../pattern';

/** A typed pattern (../pattern.ts) in the word view. */
const P = (pattern: Pattern) => words(compile(pattern));

/** Terms that need an investigative context in the sentence. */
const WEAK = [
  'who called in the', 'who called it in', 'surveilling', 'gps tracker', 'tracker on', 'juvenile record', 'witness in', 'stakeout', 'never matched', 'caller was', 'search history', 'tipster', 'never recovered', 'priors', 'the witness name', 'witness name', 'the witness is', 'the witness to', 'in the box for', 'charges are coming', 'charges coming', 'big raid', 'the evidence', 'the witness', 'the weapon', 'the raid', 'the shipment', 'confessed', 'confession', 'interrogation',
  'interview room', 'line up', 'lineup', 'his statement', 'her statement', 'his prints',
  'her prints', 'grand jury', 'undercover operation', 'sting operation', 'going to arrest', 'gonna arrest', 'arrest warrant',
  'lab came back', 'lab just came back', 'labs came back', 'labs just came back', 'lab results came back', 'came back from the lab',
  'warrant signed', 'warrant is signed', 'warrant got signed', 'signed the warrant', 'has no idea', 'have no idea', 'no idea were', 'no idea we are',
  'doesnt know were', 'onto him', 'onto her', 'onto them', 'closing in on him', 'closing in on her',
  // A hunting course or a hobby has ballistics too: only a case around it makes them lab results.
  'ballistics',
  'search warrant', 'criminal history', 'the ci', 'dna from', 'the tipster', 'the caller was', 'text messages from', 'mugshot before', 'doesnt know yet', 'doesnt know we', 'lab results', 'lab result', 'lab report', 'sources inside', 'a source inside', 'our sources', 'my sources', 'is cooperating', 'are cooperating', 'gave us the', 'gave up the', 'crime lab', 'being tested', 'being tested for', 'witness said', 'witness says', 'witness told',
];
const STRONG_RE = new PhraseSet(INVESTIGATION_TERMS.filter((t) => !WEAK.includes(t)));
const WEAK_RE = new PhraseSet(WEAK);
const LAW = words(alt(LAW_TALK));
const CONTEXT = words('warrant|scene|dealing|caught|shooter|killer|gun|body|bust|fentanyl|heroin|cocaine|meth|overdose|case|suspect|suspects|detective|detectives|investigation|investigating|homicide|murder|shooting|robbery|burglary|stabbing|narcotics|drugs|drug|crew|gang|victim|perp|doesnt know|dont know|dealer|trafficking|kidnapping|rape|assault|surveillance|motel|shots fired|cases|kilos|knife|suspects|hit and run|crash|break in|break ins|carjacking|larceny|theft|arson|fraud|teens|warehouse|name');
const PUBLIC_SOURCE = words('charged with|arrested for|was arrested|were arrested|per the|according to|news release|press release|public record|public records|arrest report|public arrest report|reported|court records|in court|at trial|testified|trial|jury|verdict|sentencing|hearing|told reporters|told the press|told the media|told news|in an interview|said in a statement');
const WARRANT_RE = words('search warrant|arrest warrant|warrant');
const NOT_YET_RE = words(alt(NOT_YET));
const PLANNED_OPERATION = P([{ any: [
  [
    { any: ['planning', 'plan', 'planned', 'set', 'scheduled', 'getting ready for', 'prepping', 'running'] }, { any: ['a', 'the', 'another', 'our', 'big'] },
    { any: ['sweep', 'raid', 'bust', 'roundup', 'round up', 'takedown', 'operation', 'op', 'warrant sweep', 'sting'] }, { gap: 6 },
    { any: ['next', 'this', 'tomorrow', 'tonight', 'on', 'at', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] },
  ],
  [
    { any: ['were', 'we are', 'we will', 'well', 'were gonna', 'were going to', 'we plan to', 'going to', 'gonna', 'about to', 'planning to', 'plan to', 'getting ready to', 'set to'] },
    { any: ['raid', 'raiding', 'serve', 'serving', 'execute', 'executing', 'kick in', 'kicking in', 'take down', 'taking down', 'bust', 'busting', 'arrest', 'arresting', 'sweep', 'sweeping', 'hit'] },
    { opt: { any: ['the', 'that', 'this', 'his', 'her', 'their', 'a', 'an'] } },
    { any: ['house', 'trap', 'trap house', 'spot', 'crew', 'gang', 'dealer', 'dealers', 'him', 'her', 'them', 'suspect', 'suspects', 'target', 'ring', 'operation', 'place', 'apartment', 'stash house', 'stash', 'warehouse', 'guy', 'guys', 'warrant', 'search warrant', 'door', 'compound', 'lab', 'meth lab'] },
    // "bust them back down to lieutenant": a rank lost, not an arrest planned.
    { not: { any: ['up', 'down', 'back'] } },
  ],
] }]);
const UNNAMED_VICTIM = P([{ any: [
  [
    { opt: { any: ['the', 'that', 'this'] } }, { any: ['girl', 'woman', 'boy', 'kid', 'lady', 'man', 'student', 'teen'] }, 'who reported', { opt: { any: ['the', 'her', 'his', 'an', 'a'] } },
    { any: ['assault', 'rape', 'abuse', 'attack', 'molestation', 'harassment', 'sexual assault'] }, { gap: 8 }, { any: ['is', 'was'] },
  ],
  [
    { opt: { any: ['the', 'that', 'this'] } }, { any: ['girl', 'boy', 'woman', 'man', 'kid', 'child', 'lady', 'teen', 'teenager', 'student', 'guy', 'year old', 'yo'] }, { any: ['who', 'that'] }, { any: ['was', 'got'] },
    { any: ['assaulted', 'raped', 'molested', 'abused', 'attacked', 'stabbed', 'shot', 'robbed', 'kidnapped', 'trafficked', 'beaten'] }, { gap: 6 }, { any: ['is', 'was', 'named', 'lives'] },
  ],
] }]);
/** Who called or complained, followed by who they are ("the 911 caller who reported the fight was …"). */
const CALLER = P([
  { opt: { any: ['the', 'that', 'this', 'our'] } },
  { any: ['911 caller', 'caller', 'complainant', 'complaining witness', 'tipster', 'informant', 'reporting party', 'rp', ['neighbor', { any: ['who', 'that'] }, { any: ['called', 'reported', 'called in'] }], ['person', { any: ['who', 'that'] }, { any: ['called', 'reported', 'called in'] }]] },
  { gap: 8 },
  { any: ['is', 'was', 'named'] },
]);
/** A forensic link between cases ("the gun matches two other shootings"): an investigation lead. */
const LINKED = P([
  { any: ['gun', 'weapon', 'pistol', 'rifle', 'casings', 'casing', 'shell casings', 'prints', 'fingerprints', 'dna', 'bullets', 'bullet', 'ballistics', 'firearm', 'car', 'vehicle', 'phone'] },
  { gap: 3 },
  { any: ['matches', 'matched', 'match', 'is linked to', 'was linked to', 'linked to', 'ties to', 'tied to', 'connects to', 'connected to'] },
  { repeat: { any: ['two', 'three', 'four', 'five', 'several', 'multiple', 'other', 'another', 'an', 'a', 'older', 'unsolved', 'open', { word: 'number' }] }, min: 1, max: 3 },
  { any: ['cases', 'case', 'shootings', 'shooting', 'homicides', 'homicide', 'murders', 'robberies', 'robbery', 'burglaries', 'crimes', 'scenes', 'incidents'] },
]);
const VICTIM = words('the victim|the victims|victim');
const RELATIVES = new Set(['sister', 'brother', 'mother', 'father', 'mom', 'dad', 'family', 'families', 'son', 'daughter', 'wife', 'husband', 'cousin', 'aunt', 'uncle', 'grandmother', 'grandfather', 'parents', 'children', 'kids', 'relatives', 'loved']);
const IDENTITY = words(alt(IDENTITY_DETAILS));
/** A caller's age alone ("the caller was a 6 year old") identifies no one. */
const CALLER_IDENTITY = words(alt(IDENTITY_DETAILS.filter((d) => !/years? old$/.test(d))));
const CASE_NUMBER = /(?<![\w-])(?:case|incident|report|ccn|file|complaint|cr)\s*(?:#|no\.?|number|num\.?)?\s*:?\s*#?\d{2,4}-\d{3,8}(?![\w-])/g;


const Options = z.object({
  /** What an investigation compiled: evidence, leads, warrants, operations, case numbers (default true). */
  material: z.optional(z.boolean()),
  /** People in an investigation: informants, witnesses, victims, juveniles, suspects (default true). */
  persons: z.optional(z.boolean()),
  /** Someone arrested identified: a booking photo, "the guy we arrested is …" (default false). */
  arrestees: z.optional(z.boolean()),
  /** A call for service told with its details: where, who, what was found, how it ended (default false). */
  calls: z.optional(z.boolean()),
});

/** Terms about a person in the investigation rather than what it compiled. */
const PERSON_TERM = /juvenile|minor|teen|student|kid|child|informant|\bci\b|snitch|tipster|caller|witness|suspect|person of interest|victim|who called|cooperating|flipped|ratted|gave (?:him|her|them) up/;

export const investigationRecords: Detector = {
  clause: 'investigation-records',
  options: Options,
  detect(input) {
    const { text, norm } = input;
    const options = (input.options ?? {}) as z.infer<typeof Options>;
    /** Hits about people, and hits the pack asked for beyond the defaults; the rest is investigation material. */
    const kinds = new Map<DetectorHit, 'person' | 'asked'>();
    const law = input.pack.citations?.investigationRecords;
    const keptOut = law ? `which ${law} keeps out of public records` : 'which is kept out of public records';
    const callerNotPublic = `— the draft identifies who called or complained; a caller's or complaining witness's identity is not public${law ? ` under ${law}` : ''}.`;
    const victimNotPublic = `— the draft identifies a victim; victims' identities are not public${law ? ` under ${law}` : ''}.`;
    const hits: DetectorHit[] = [];
    const taken = new SpanIndex();
    const add = (span: Span, what: string, kind?: 'person' | 'asked') => {
      if (!taken.claim(span)) return;
      const hit: DetectorHit = {
        severity: 'high',
        spans: [span],
        message: `“${text.slice(span.start, span.end)}” ${what}`,
      };
      hits.push(hit);
      if (kind) kinds.set(hit, kind);
    };
    for (const m of findPhrases(norm, STRONG_RE)) {
      // "CI/CD pipeline" is software, not an informant.
      if (has(window(norm, m.tok - 20, m.tok + 20, m.tok), LAW)) continue;
      if (/(?:^| )ci(?: |$)/.test(m.text) && /^ (?:cd|pipeline|build|builds|tests|server|job|jobs|runner|config)\b/.test(norm.words.slice(m.end, m.end + 12))) continue;
      add(m.span, `— ${describe(m.groups[0]!)}, ${keptOut}.`, PERSON_TERM.test(m.groups[0]!) ? 'person' : undefined);
    }
    for (const m of findPhrases(norm, WEAK_RE)) {
      const sentence = window(norm, m.tok - 20, m.tok + 20, m.tok);
      if (has(sentence, PUBLIC_SOURCE)) continue;
      const isWarrant = has(` ${m.groups[0]} `, WARRANT_RE);
      if (isWarrant ? !has(window(norm, m.tok - 20, m.tok + 20), NOT_YET_RE) : !has(sentence, CONTEXT)) continue;
      add(m.span, `— ${describe(m.groups[0]!)}, ${keptOut}.`, PERSON_TERM.test(m.groups[0]!) ? 'person' : undefined);
    }
    for (const m of findWords(norm, PLANNED_OPERATION)) {
      // A child asking if Dad is "gonna arrest him": someone else's words in quotes, no operation.
      if (inQuotes(text, m.span.start) && inQuotes(text, m.span.end - 1)) continue;
      add(m.span, '— an operation that has not happened yet; plans of operations are not public.');
    }
    for (const m of findWords(norm, LINKED)) add(m.span, `— a forensic link between cases, an investigation lead ${law ? `${law} keeps` : 'kept'} out of public records.`);
    for (const m of findWords(norm, UNNAMED_VICTIM)) {
      if (has(window(norm, m.tok, m.tok + 25, m.tok), IDENTITY) || /(?:is|named) (?!(?:expected|in|at|on|a|an|the|now|still|doing|being|recovering|stable|critical|ok|okay|fine|alive|dead|home|listed|out|not|said|reported|believed|thought|under|with|from|getting|going|back|safe)\b)[a-z]+ [a-z]+/.test(m.text + norm.words.slice(m.end, m.end + 30))) add(m.span, victimNotPublic, 'person');
    }
    for (const m of findWords(norm, CALLER)) {
      // A name as written (two capitalised words right after "was"/"is"/"named"), or an address or a phone number.
      if (has(window(norm, m.tok, m.tok + 25, m.tok), CALLER_IDENTITY) || /^\s+[A-Z][a-z]+ [A-Z][a-z]+/.test(text.slice(m.span.end, m.span.end + 40))) add(m.span, callerNotPublic, 'person');
    }
    for (const m of findWords(norm, VICTIM)) {
      // "the victim's sister read a letter": a relative mentioned, nobody named.
      const relative = RELATIVES.has(norm.tokens[lastToken(norm, m) + 1]?.key ?? '') && !/^\W*\s*[a-z]+\s+[A-Z][a-z]+/.test(text.slice(m.span.end, m.span.end + 40));
      if (relative) continue;
      const after = window(norm, m.tok + 1, m.tok + 16, m.tok);
      if (has(after, IDENTITY)) add(m.span, victimNotPublic, 'person');
    }
    for (const m of capped(norm.text.matchAll(CASE_NUMBER))) {
      const start = norm.map[m.index]!;
      const end = norm.map[m.index + m[0].length - 1]! + 1;
      add({ start, end }, '— a case number ties the post to an investigation file.');
    }
    if (options.arrestees) for (const h of arresteeHits(input)) add(h.span, h.what, 'asked');
    if (options.calls) for (const h of callHits(input)) add(h.span, h.what, 'asked');
    if (options.material === false || options.persons === false) {
      const keep = (h: DetectorHit) => {
        const kind = kinds.get(h);
        return kind === 'asked' || (kind === 'person' ? options.persons !== false : options.material !== false);
      };
      return [...hits, ...(options.material === false ? [] : watchTermHits(input, 'investigation-records'))].filter(keep);
    }
    return [...hits, ...watchTermHits(input, 'investigation-records')];
  },
};

function describe(term: string): string {
  if (/juvenile|minor|teen|student|kid|child/.test(term)) return 'a juvenile named or identifiable in an investigation (juvenile records are confidential)';
  if (/informant|\bci\b|snitch|tipster|caller/.test(term)) return 'a confidential informant or source';
  if (/lab|tox|dna|rape kit|codis|print|ballistic|autopsy/.test(term)) return 'lab or forensic results';
  if (/phone|cellebrite|text messages/.test(term)) return 'evidence from a phone extraction';
  if (/warrant|indictment|raid|arrest|pick him up|shipment|ops plan|operation/.test(term)) return 'an operation or warrant that is not public';
  if (/wiretap|wire tap|pen register|surveil|stakeout|controlled buy|buy bust|sting/.test(term)) return 'surveillance or an undercover operation';
  if (/witness|statement|confess|interrogation|interview|lineup|line up/.test(term)) return 'witness statements or interviews';
  if (/rap sheet|criminal history/.test(term)) return 'a criminal-history record';
  if (/intel|intelligence/.test(term)) return 'criminal intelligence';
  if (/suspect|person of interest|doesnt know/.test(term)) return 'suspect leads';
  return 'investigation material';
}
