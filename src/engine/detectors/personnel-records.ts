// personnel-records: what N.C.G.S. 160A-168 keeps confidential about a
// member: discipline, internal-affairs files, evaluations, medical and leave
// reasons. Position, salary, hire and promotion dates are public and never
// trigger. About the author's own record the finding is medium.
import type { Detector, DetectorHit } from '../detector';
import { LAW_TALK, PERSONNEL_TERMS } from '../lexicon/records';
import { alt, findPhrases, findWords, has, PhraseSet, SpanIndex, window, words } from '../match';
import type { Span } from '../types';
import { compile, type Pattern } from '../pattern';

/** A typed pattern (../pattern.ts) in the word view. */
const P = (pattern: Pattern) => words(compile(pattern));

/** Terms that need a Department person in the sentence to be about a personnel file. */
/** "failed her psych eval", not "the system failed her". */
const FAILED_TESTS = ['his', 'her'].flatMap((p) => ['test', 'exam', 'psych', 'psych eval', 'pt test', 'fitness test', 'eval', 'evaluation', 'probation', 'background', 'drug test', 'polygraph', 'qualification', 'quals', 'field training', 'fto', 'range qualification', 'physical'].map((t) => `failed ${p} ${t}`));
const WEAK = [
  'reference letters', 'reference letter',
  'real reason', 'day suspension', 'not announced yet',
  'his eval', 'her eval', 'his evaluation', 'her evaluation', 'his evals', 'her evals', 'his evaluations', 'her evaluations',
  'his reviews', 'her reviews', 'demoted because', 'demoted for', 'suspended because', 'suspended for', 'fired because', 'fired for',
  'terminated because', 'terminated for', 'getting fired', 'is being fired', 'going to be fired', 'gonna be fired', 'about to be fired', 'getting demoted', 'getting suspended', 'getting written up', 'being terminated', 'mental health leave', 'stress leave', 'psych leave', 'disability leave', 'on leave for', 'discipline', 'disciplinary', 'probation', 'his jacket', 'her jacket', 'under investigation', 'being investigated',
  'drug test', 'background check', 'counseled', 'desk duty', 'light duty', 'on modified duty', 'rehab', 'in rehab', 'pip',
  'background packet', 'background file', 'background investigation', 'failed polygraph', 'failed a polygraph', 'failed the polygraph', 'polygraph results',
  'sick leave', 'unsatisfactory', 'needs improvement', 'polygraph', ...FAILED_TESTS, 'performance review',
  'his application', 'her application', 'administrative leave', 'medical leave', 'fmla', 'improvement plan', 'his file',
  'her file', 'their file', 'write up', 'writeup', 'write ups', 'writeups', 'complaint against', 'complaints against', 'drinking problem', 'drug problem', 'alcohol problem', 'leave because', 'leave due to', 'leave for his', 'leave for her', 'mental breakdown', 'nervous breakdown',
];
const STRONG_RE = new PhraseSet(PERSONNEL_TERMS.filter((t) => !WEAK.includes(t)));
const WEAK_RE = new PhraseSet(WEAK);
const MEMBER = words(
  'hire|new hire|newest hire|recruit|recruits|applicant|applicants|candidate|lateral|trainee|cadet|officer|officers|ofc|sgt|sergeant|lt|lieutenant|captain|capt|cpl|corporal|detective|det|deputy|major|chief|partner|coworker|co worker|colleague|he|she|his|her|him|hes|shes|rookie|fto|dispatcher|trooper|supervisor|boss|guy on my squad|someone on my squad|squad|the sergeant|the lieutenant|saw his|saw her',
);
const LAW = words(alt(LAW_TALK));
const HEALTH = / (?:postpartum|depression|ptsd|anxiety|psych hold|mental breakdown|rehab|mental health leave|stress leave|psych leave|disability leave|medical leave) /;
const COLLEAGUE = words('officer|officers|ofc|sgt|sergeant|lt|lieutenant|captain|capt|corporal|cpl|major|commander|investigator|detective|det|deputy|partner|coworker|co worker|colleague|dispatcher|trooper|rookie|recruit|chief|fto|supervisor|boss|guy on my squad|someone on my squad|squad');
const ANNOUNCED = words('per the department|per the departments|per the chief|according to the department|according to the departments|according to police|police said|the department said|the department announced|department announced|press release|news release|public statement|publicly announced|standard procedure|which is standard');
const CRIMINAL_CASE = words('charge|charged|suspect|case|boyfriend|girlfriend|killer|murder|homicide|victim');
const DURATION = /^ (?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|[0-9]+|a few|several|the rest of the) (?:day|days|week|weeks|month|months|shift|shifts|year|years|hour|hours)\b/;
const COURT_SENTENCE = words('judge|sentenced|sentence|court|jail|prison|dui|dwi|plea|pleaded|pled|convicted|conviction|crash|killed|probation officer|probation officers|parole|only got|got probation|gave him probation|gave her probation|put on probation after');
/** "scored a 58 on the sergeant exam": a member's test score is in the personnel file. */
const EXAM_SCORE = P([{ any: ['got', 'scored', 'made', 'gets'] }, { any: ['an', 'a'] }, { word: 'number', digits: 2 }, 'on', { any: ['the', 'his', 'her', 'their', 'my'] }, { opt: { word: 'letters' } }, { any: ['exam', 'test', 'written', 'assessment', 'board'] }]);
const FIRST_PERSON = words('i|im|ive|my|me|mine');
const INJURED = words('shot|wounded|wound|injured|injury|injuries|slug|bullet|surgery|surgeries|crash|hit by|struck by|line of duty|broken|fractured|paralyzed|transferred to a rehab|rehab facility|rehab hospital|get well|cards|prayers');
const SCHOOL = words('son|sons|daughter|daughters|kid|kids|child|childs|my boy|my girl|school|grade|grades|reading|math|magnet|teacher|class|sat|act|ap|honor roll|proud mama|proud dad|proud mom');
const GENERIC_AFTER = words('process|form|forms|packet|questions|question|date|fee|status');
const GENERIC_YOU = words('earns you|earn you|gets you|get you|got you|will get you|lands you|land you|can get you');
const QUALITY_BEFORE = new Set(['a', 'an', 'the', 'very', 'more', 'most', 'so', 'highly', 'well', 'self', 'less']);
/** Corporate titles with "chief" or "officer" in them name no member. */
const CORPORATE_TITLE = / chief (?:operating|executive|financial|information|technology|marketing|medical|people|diversity|legal|of staff) officer /g;
const NOT_A_JOB = words('license|licence|licenses|licences|registration|tags|plates|account|student|pupil|kid|son|daughter|from school');
const DISCIPLINE_STYLE = words('handed|harsh|strict|lax|progressive|consistent|fair|uneven|selective|military|self|more|less|much|without|lack of|no');
const FEARED = words('fear of|afraid of|scared of|risk of|risking|threat of|worried about|chance of');
const THIRD_PERSON = words('he|she|his|her|him|hes|shes|officer|ofc|sgt|sergeant|lt|lieutenant|captain|detective|partner|coworker|colleague|they|their');


export const personnelRecords: Detector = {
  clause: 'personnel-records',
  detect({ text, norm, pack }) {
    const law = pack.citations?.personnelRecords;
    const hits: DetectorHit[] = [];
    const taken = new SpanIndex();
    const consider = (span: Span, tok: number, term: string, needsMember: boolean) => {
      const sentence = window(norm, tok - 20, tok + 20, tok);
      if (has(sentence, LAW)) return;
      // What the Department itself announced ("placed on administrative leave, per the department's statement").
      if (has(sentence, ANNOUNCED)) return;
      // A suspect's polygraph belongs to an investigation, not to a personnel file.
      if (/polygraph/.test(term) && has(sentence, CRIMINAL_CASE)) return;
      // "suspended for two weeks": the type of a suspension is public (§ 160A-168 makes its date and type public); the reason is not.
      const after = tok + term.split(' ').length;
      if (/ for$/.test(term) && DURATION.test(window(norm, after, after + 4, tok))) return;
      // Advice to anyone ("the questions on your application form", "that gets you a write up"): no member's record.
      if (/^your /.test(term) && has(window(norm, tok + 2, tok + 4, tok), GENERIC_AFTER)) return;
      if (has(window(norm, tok - 3, tok, tok), GENERIC_YOU)) return;
      // "a disciplined service", "a very disciplined team": a quality, not a sanction.
      if (term === 'disciplined' && tok > 0 && QUALITY_BEFORE.has(norm.tokens[tok - 1]!.key)) return;
      // A licence or a pupil suspended is the DMV's or a school's matter ("his licence was suspended after a DWI").
      if (/^suspended/.test(term) && has(window(norm, tok - 4, tok, tok), NOT_A_JOB)) return;
      // Rehab after a wound or a crash is a recovery the public already knows of, not a file's medical leave.
      if (/rehab/.test(term) && has(window(norm, tok - 25, tok + 25), INJURED)) return;
      // A child's school scores, a parent's pride: "our daughter's test scores are in".
      if (term === 'test scores' && has(window(norm, tok - 12, tok + 12), SCHOOL)) return;
      // Discipline as a way of managing ("heavy-handed discipline"), not anyone's record.
      if (term === 'discipline' && has(window(norm, tok - 2, tok, tok), DISCIPLINE_STYLE)) return;
      // Probation from a court is a sentence, not a job's probation ("he only got probation for the crash").
      if (term === 'probation' && has(sentence, COURT_SENTENCE)) return;
      // "quiet for fear of disciplinary action": a risk talked about, no one's record.
      if (has(window(norm, tok - 5, tok, tok), FEARED)) return;
      if (needsMember && !has(sentence.replace(CORPORATE_TITLE, ' '), MEMBER)) return;
      // Health talk is a colleague's record only when a colleague is its subject, not the writer, a relative or an awareness post.
      if (HEALTH.test(` ${term} `) && !has(sentence, COLLEAGUE)) return;
      if (!taken.claim(span)) return;
      const self = has(sentence, FIRST_PERSON) && !has(sentence, THIRD_PERSON);
      hits.push({
        severity: self ? 'medium' : 'high',
        spans: [span],
        message: self
          ? `“${text.slice(span.start, span.end)}” shares your own ${kind(term)} — it is a personnel record; think twice before posting it.`
          : `“${text.slice(span.start, span.end)}” discloses a member's ${kind(term)}, ${law ? `which ${law} keeps` : 'which is kept'} confidential.`,
      });
    };
    for (const m of findWords(norm, EXAM_SCORE)) consider(m.span, m.tok, 'exam score', false);
    for (const m of findPhrases(norm, STRONG_RE)) consider(m.span, m.tok, m.groups[0]!, false);
    for (const m of findPhrases(norm, WEAK_RE)) consider(m.span, m.tok, m.groups[0]!, true);
    return hits;
  },
};

function kind(term: string): string {
  if (/ia |internal|investigat|complaint|brady|giglio|early warning/.test(`${term} `)) return 'internal-affairs matter';
  if (/eval|review|rated|unsatisfactory|improvement|pip/.test(term)) return 'performance evaluation';
  if (/medical|sick|fmla|rehab|psych|fitness|drug|leave|duty/.test(term)) return 'medical, fitness or leave details';
  if (/file|jacket|application|background|polygraph/.test(term)) return 'personnel file';
  return 'disciplinary record';
}
