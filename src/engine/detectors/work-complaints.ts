// Work complaints aimed at command staff, supervisors or the City's officials
// ("my leave was denied again by the captain"): a complaint about the
// member's own working conditions, with or without an insult. Run by the
// disparagement detector when a pack asks for it (option `workComplaints`).
import type { DetectorHit, DetectorInput } from '../detector';
import { AUTHORITIES, COMPLAINT_MARKERS, IMPLICIT_FIRST_PERSON, WORK_TOPICS } from '../lexicon/work';
import { alt, findPhrases, has, PhraseSet, window, words } from '../match';
import { packTerms, perPack } from '../pack-terms';
import { compile } from '../pattern';

const TOPICS = new PhraseSet(WORK_TOPICS);
const COMPLAINTS = new PhraseSet(COMPLAINT_MARKERS);
const FIRST_PERSON = words('i|im|ive|id|ill|me|my|mine|we|were|weve|our|us|ours');
const IMPLICIT = words(alt(IMPLICIT_FIRST_PERSON));
/** Command staff and officials, plus the pack's names for the agency and the City. */
const authorities = perPack((pack) => {
  const t = packTerms(pack);
  return words(compile([{ any: [{ lex: 'authorities' }, { lex: 'agency' }, { lex: 'city' }] }], { authorities: AUTHORITIES, agency: t.agencyList, city: t.cityList }));
});

export function workComplaintHits({ text, norm, pack }: DetectorInput): DetectorHit[] {
  const hits: DetectorHit[] = [];
  const topics = findPhrases(norm, TOPICS);
  if (topics.length === 0) return hits;
  const complaints = findPhrases(norm, COMPLAINTS);
  const AUTHORITY = authorities(pack);
  const sentOf = (tok: number) => norm.tokens[tok]!.sent;
  const done = new Set<number>();
  for (const topic of topics) {
    const sent = sentOf(topic.tok);
    if (done.has(sent)) continue;
    const said = complaints.filter((c) => sentOf(c.tok) === sent);
    if (said.length === 0) continue;
    // The sentence and its neighbours: "...because the brass can't build a schedule. I'm done."
    let from = topic.tok;
    while (from > 0 && sentOf(from - 1) >= sent - 1) from--;
    let to = topic.tok;
    while (to + 1 < norm.tokens.length && sentOf(to + 1) <= sent + 1) to++;
    const around = window(norm, from, to + 1);
    const authority = [...around.matchAll(AUTHORITY)][0]?.[0];
    if (!authority) continue;
    if (!has(around, FIRST_PERSON) && !has(around, IMPLICIT)) continue;
    done.add(sent);
    const parts = [topic, ...said];
    const span = { start: Math.min(...parts.map((p) => p.span.start)), end: Math.max(...parts.map((p) => p.span.end)) };
    hits.push({
      severity: 'medium',
      spans: [span],
      message: `“${text.slice(span.start, span.end)}” airs a work complaint (${topic.groups[0]}) about ${authority === 'upstairs' ? 'the people upstairs' : `the ${authority.replace(/^the /, '')}`} — the policy asks that such complaints go through the grievance procedure, not social media.`,
      advice: 'Take the complaint through the grievance procedure, your union or the chain of command rather than social media.',
    });
  }
  return hits;
}
