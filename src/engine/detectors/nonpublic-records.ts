// nonpublic-records: City and Department records that are not public, or
// whose release the law limits: internal memos, dispatch/CAD logs, body-worn
// and dash camera recordings (N.C.G.S. 132-1.4A), DCI/NCIC checks, codes,
// rosters and personal contact details. Talking about recordings as policy
// ("body cameras help") is not; posting or quoting one is.
import type { Detector, DetectorHit } from '../detector';
import { NONPUBLIC_TERMS, POSTING_VERBS, RECORDING_MEDIA, RECORDING_TERMS } from '../lexicon/records';
import { alt, findPhrases, findWords, has, PhraseSet, SpanIndex, window, words } from '../match';
import { packTerms, perPack } from '../pack-terms';
import { compile, type Item, type Pattern } from '../pattern';
import type { Span } from '../types';
import { watchTermHits } from './watch-terms';

/** A typed pattern (../pattern.ts) in the word view. */
const P = (pattern: Pattern) => words(compile(pattern));

const WEAK = ['contact list for', 'home numbers', 'home phone numbers', 'phone list', 'gate code', 'door code', 'access code', 'alarm code', 'keypad code', 'entry code', 'lockbox code', 'lock box code', 'roster', 'internal memo', 'internal email', 'internal document', 'internal report', 'call logs', 'call log', 'ran him', 'ran her', 'password', 'passcode', 'cell numbers', 'cell phone numbers', 'personal numbers', 'home addresses', 'the code is', 'code to the', 'building code', 'dci'];
const NONPUBLIC = NONPUBLIC_TERMS.filter((t) => t !== 'les' && t !== 'building code');
const STRONG_RE = new PhraseSet(NONPUBLIC.filter((t) => !WEAK.includes(t)));
const WEAK_RE = new PhraseSet(WEAK.filter((t) => t !== 'building code'));
const LABELLED = P([
  { any: ['internal', 'confidential', 'restricted', 'classified', 'leaked', 'sensitive', 'privileged', 'unreleased', 'unpublished', 'embargoed', 'not yet released'] },
  { gap: 3 },
  { any: ['draft', 'rfp', 'contract', 'bid', 'sop', 'sops', 'manual', 'procedures', 'audit', 'audits', 'study', 'review', 'findings', 'proposal', 'memo', 'memos', 'email', 'emails', 'report', 'reports', 'document', 'documents', 'doc', 'docs', 'file', 'files', 'briefing', 'roster', 'plan', 'plans', 'directive', 'bulletin', 'list', 'spreadsheet'] },
]);
const LOGS = P([{ any: [
  [{ any: ['cad', 'dispatch'] }, { any: ['queue', 'screen', 'board', 'log', 'logs', 'printout', 'printouts', 'report', 'reports', 'notes', 'records', 'history', 'call history', 'screenshot', 'screenshots', 'entry', 'entries'] }],
  ['ran', { any: ['him', 'her', 'them', 'the guy', 'this guy', 'that guy', 'his name', 'her name', 'the plate', 'his plate', 'her plate', 'the tag', 'his tag', 'his tags', 'the tags'] }, 'through', { any: ['dci', 'ncic', 'cjleads', 'the system', 'the computer'] }],
  'cjleads',
  [{ any: ['through', 'in', 'thru'] }, { any: ['dci', 'ncic'] }],
  [{ any: ['dci', 'ncic', 'cjleads'] }, { any: ['printout', 'printouts', 'return', 'returns', 'hit', 'hits', 'report', 'results', 'check', 'record', 'records', 'run', 'sheet'] }],
  ['ran', { any: ['him', 'her', 'them', 'his name', 'her name', 'the plate', 'his plate', 'his tag', 'the tag'] }, { any: ['thru', 'through'] }, 'the system'],
  ['ran', { any: ['the', 'his', 'her', 'a'] }, { any: ['tag', 'plate', 'tags', 'plates'] }, 'on'],
  [{ any: ['running', 'ran', 'run'] }, { any: ['my', 'his', 'her', 'a', 'the', 'this'] }, { gap: 2 }, { any: ['plate', 'plates', 'tag', 'tags'] }],
  [{ any: ['running', 'ran', 'run'] }, { gap: 5 }, 'criminal history'],
  [{ any: ['looked up', 'ran', 'searched', 'checked', 'pulled up'] }, { gap: 5 }, { any: ['in', 'through', 'thru', 'on'] }, { any: ['the system', 'dci', 'ncic', 'cjleads', 'our system', 'the database', 'the computer'] }],
] }]);
const NOT_YET_RELEASED = P([
  { any: ['analysis', 'slides', 'presentation', 'dataset', 'rfp', 'draft', 'contract', 'report', 'memo', 'audit', 'study', 'document', 'data', 'statistics', 'stats', 'numbers', 'plan', 'findings', 'review'] },
  { gap: 3 },
  { any: ['not yet released', 'not released yet', 'hasnt been released', 'not public yet', ['before', { any: ['it', 'its'] }, 'released'], 'before the city releases it'] },
]);
const COPY_OF = P([{ any: [
  [
    { any: ['got', 'have', 'here is', 'heres', 'posting', 'leaked'] }, { any: ['a copy of', 'the copy of', 'a screenshot of', 'a pic of', 'a photo of'] }, { opt: { any: ['the', 'a'] } }, { gap: 2 },
    { any: ['email', 'emails', 'memo', 'memos', 'report', 'document', 'letter', 'file', 'directive', 'plan', 'roster', 'schedule', 'briefing'] },
  ],
  [{ any: ['chief', 'captain', 'major', 'lieutenant', 'commander', 'admin', 'command staff', 'city manager', 'sergeant'] }, { any: ['email', 'emails', 'memo', 'memos', 'directive', 'letter'] }, { any: ['to', 'about', 'says', 'said'] }],
] }]);
const TERM: Item = { cap: { lex: 'recordingTerms' } };
const RECORDING = words(
  compile(
    [
      {
        any: [
          [TERM, { any: ['drop', 'dump', 'compilation', 'leak', 'leaked'] }],
          [TERM, { gap: 2, greedy: true }, { cap: { lex: 'recordingMedia' } }],
          [{ opt: { any: ['the', 'a'] } }, { repeat: { any: ['full', 'entire', 'raw', 'unedited', 'uncut', 'whole', 'uncensored'] }, max: 3 }, TERM, { any: ['of', 'from', 'off'] }, { any: ['the', 'that', 'this', 'his', 'her', 'our', 'my', 'last', 'yesterday', 'today', 'tonight'] }],
          [{ any: ['my', 'our', 'his', 'her'] }, { opt: { any: ['own', 'partners', 'sergeants'] } }, TERM],
        ],
      },
    ],
    { recordingTerms: RECORDING_TERMS, recordingMedia: RECORDING_MEDIA },
  ),
);
const POSTING = words(alt(POSTING_VERBS));
/** Records that are also things a story names (a briefing attended, numbers talked about): only their content given is a disclosure. */
const NAMED_ONLY = new Set(['shift briefing', 'roll call briefing', 'staffing numbers', 'staffing levels for', 'manpower for']);
/** Content given: posted or pasted, or counts and when and where they apply. */
const CONTENT_GIVEN = words(`${alt(['heres', 'here is', 'here are', 'posting', 'posted', 'sharing', 'leaked', 'got a copy', 'attached', 'screenshot', 'below', 'pasting', 'pasted', 'copy of', 'for each', 'per district', 'each district', 'this weekend', 'tonight', 'tomorrow'])}|[0-9]+`);
const RELEASED = words('released|public release|made public|court ordered|court order|judge ordered|news|released by|the department released|city released|officially released');
const deptContext = perPack((pack) => {
  const t = packTerms(pack);
  return words(compile([{ any: ['locker room', 'swat', 'callout', 'sergeant', 'sergeants', 'sgt', 'lieutenant', ...t.districts, 'admin', '911', 'patrol', 'leaked', 'department', 'dept', ...t.initials, 'pd', 'police', 'squad', 'shift', 'unit', 'officers', 'officer', 'internal', 'city', 'memo', 'distribution', 'ncic', 'dispatch', 'precinct', 'district', 'substation', 'staff', 'cops', 'deputies', 'impound', 'station', 'evidence room', 'sally port', 'jail', 'headquarters', 'hq', 'armory', 'range'] }]));
});


export const nonpublicRecords: Detector = {
  clause: 'nonpublic-records',
  detect(input) {
    const { text, norm, context } = input;
    const cite = input.pack.citations?.recordings ? ` (${input.pack.citations.recordings})` : '';
    const release = input.pack.citations?.recordingsRelease;
    const DEPT_CONTEXT = deptContext(input.pack);
    const hits: DetectorHit[] = [];
    const taken = new SpanIndex();
    const add = (span: Span, what: string, severity: DetectorHit['severity'] = 'high') => {
      if (!taken.claim(span)) return;
      hits.push({ severity, spans: [span], message: `“${text.slice(span.start, span.end)}” ${what}` });
    };
    for (const m of findPhrases(norm, STRONG_RE)) {
      // "off to shift briefing", "hopes to raise staffing numbers": the meeting or the aim named, nothing of its content given.
      if (NAMED_ONLY.has(m.groups[0]!) && !has(window(norm, m.tok - 6, m.tok + 14, m.tok), CONTENT_GIVEN)) continue;
      add(m.span, `— ${describe(m.groups[0]!)} is not a public record.`);
    }
    for (const m of findPhrases(norm, WEAK_RE)) {
      if (!has(window(norm, m.tok - 15, m.tok + 15, m.tok), DEPT_CONTEXT)) continue;
      add(m.span, `— ${describe(m.groups[0]!)} is not a public record.`);
    }
    for (const m of findWords(norm, NOT_YET_RELEASED)) add(m.span, '— a record the City has not released is not public.');
    for (const m of findWords(norm, COPY_OF)) if (!/ (?:lab|tox|autopsy|toxicology) /.test(` ${m.text} `)) add(m.span, '— an internal document; records the City has not released are not public.');
    for (const m of findWords(norm, LABELLED)) if (!/ (?:ia|internal affairs) /.test(` ${m.text} `)) add(m.span, '— a document marked or described as confidential is not a public record.');
    for (const m of findWords(norm, LOGS)) add(m.span, `— ${describe(m.text)} is not a public record.`);
    for (const m of findWords(norm, RECORDING)) {
      const sentence = window(norm, m.tok - 15, m.tok + 25, m.tok);
      if (has(sentence, RELEASED)) continue;
      if (has(sentence, POSTING)) add(m.span, `— body-worn and dashboard camera recordings are not public records${cite}${release ? `; ${release}` : ''}.`);
      else if (context.sensitivity === 'strict') add(m.span, `— if this shares a recording, body-cam and dash-cam video is not a public record${cite}.`, 'medium');
    }
    return [...hits, ...watchTermHits(input, 'nonpublic-records')];
  },
};

function describe(term: string): string {
  if (/memo|email|document|report|distribution|release|confidential|sensitive|official use|fouo|dont share/.test(term)) return 'an internal document';
  if (/dispatch|cad|call log|radio/.test(term)) return 'a dispatch or CAD log';
  if (/ncic|dci|ran |plate|tags|dmv|license/.test(term)) return 'a DCI/NCIC or DMV check';
  if (/code|password|passcode/.test(term)) return 'an access code';
  if (/roster|numbers|addresses/.test(term)) return 'a roster or personal contact details';
  if (/plan|order/.test(term)) return 'a deployment or operations plan';
  if (/ssn|social security/.test(term)) return 'identifying information';
  return 'this record';
}
