// evaluate(): runs every detector whose clause is in the pack, then the
// context stage (third-party comments, image signals, permissions,
// acknowledgements) and attaches the pack's words (rule quoted, exceptions as
// questions). Synchronous and deterministic.
import { defaultPack } from '../policy';
import type { Clause, PolicyPack } from '../policy/schema';
import { applyProfessionalSite, applyReshare, findKeptComment, findQuotedComments, findReshare, isProfessionalSite, isQuotedProhibition } from './context';
import type { DetectorHit } from './detector';
import { clauseRuns } from './clause-detectors';
import { fallbackHits } from './fallback';
import { imageHits } from './images';
import { normalize, type NormalizedText } from './normalize';
import { SEVERITY_RANK, type Draft, type EvaluationContext, type Finding, type Span } from './types';

/** Drafts longer than this are checked on their first MAX_TEXT characters only. */
export const MAX_TEXT = 200_000;
/** At most this many findings per clause (a pasted book should not flood the UI). */
const MAX_PER_CLAUSE = 25;

export function evaluate(draft: Draft, context: EvaluationContext = {}, pack: PolicyPack = defaultPack): Finding[] {
  const text = sanitize(draft.text.length > MAX_TEXT ? draft.text.slice(0, MAX_TEXT) : draft.text);
  const norm = normalize(text);
  const clauses = new Map(pack.clauses.map((c) => [c.id, c]));
  const findings = dropGroupInsults(detectText(text, norm, draft.site, context, pack));

  const { roles } = pack;
  const thirdParty = roles.thirdParty ? clauses.get(roles.thirdParty) : undefined;
  if (thirdParty) {
    const kept = findKeptComment(text, norm);
    for (const comment of [...findQuotedComments(text, norm), ...(kept ? [kept] : [])]) {
      if (findings.some((f) => f.clause === thirdParty.id)) break;
      const quoted = findings.filter((f) => isQuotedProhibition(f, comment, pack));
      // A kept comment the draft only describes ("left the victim's name in the comments — not deleting it").
      const described = comment === kept && quoted.length === 0 && (kept.problem || findings.some((f) => f.severity !== 'info'));
      if (quoted.length === 0 && !described) continue;
      const names = [...new Set(quoted.map((f) => f.clause))].join(', ');
      findings.push(
        toFinding(thirdParty, {
          severity: 'medium',
          spans: [comment.region],
          message: described
            ? 'Leaves up something someone else posted on your page that would break the order had you posted it — you are responsible for removing it.'
            : `Repeats a comment someone else left on your page that would break the order had you posted it (${names})${comment.agrees ? ', and agrees with it' : ''}.`,
        }),
      );
    }
  }

  (draft.images ?? []).forEach((image, index) => {
    for (const hit of imageHits(image, norm, pack)) {
      const clause = clauses.get(hit.clause);
      if (clause) findings.push({ ...toFinding(clause, hit), image: index });
    }
    if (image.ocrText) {
      const ocr = sanitize(image.ocrText.slice(0, MAX_TEXT));
      for (const f of detectText(ocr, normalize(ocr), draft.site, { ...context, cityDevice: false }, pack)) {
        findings.push({ ...f, spans: [], image: index, message: `In the attached image: ${f.message}`, suggestion: { advice: f.suggestion.advice } });
      }
    }
  });

  const reshareClause = roles.reshare ? clauses.get(roles.reshare) : undefined;
  const reshare = reshareClause ? findReshare(text, norm, pack) : undefined;
  // Statistical fallback, only where no rule spoke and no permission applies.
  // Drafts a rule already warns about are left to the rules: the classifier
  // mostly confuses neighbouring clauses there.
  if (!reshare && !isProfessionalSite(draft.site, pack) && findings.every((f) => f.severity === 'info')) {
    const ruled = new Set(findings.map((f) => f.clause));
    for (const { clause, hit } of fallbackHits(norm, pack, clauses, ruled)) findings.push(toFinding(clauses.get(clause)!, hit));
  }
  if (reshare && reshareClause) {
    applyReshare(findings, reshare, pack);
    findings.push(
      toFinding(reshareClause, {
        severity: 'info',
        spans: [reshare.attribution],
        message: `Reshares an official post (${text.slice(reshare.attribution.start, reshare.attribution.end).trim()}) — sharing City and Department content is permitted.`,
      }),
    );
  }
  const professional = roles.professionalNetworking ? clauses.get(roles.professionalNetworking) : undefined;
  if (professional && isProfessionalSite(draft.site, pack) && text.trim()) {
    applyProfessionalSite(findings, pack, text);
    findings.push(
      toFinding(professional, {
        severity: 'info',
        spans: [],
        message: `Posting on ${draft.site}: the order does not deter professional networking for employment or law-enforcement goals.`,
      }),
    );
  }

  const acknowledged = new Set(context.acknowledged ?? []);
  for (const f of findings) {
    if (acknowledged.has(f.clause) && f.severity !== 'info') {
      f.severity = 'info';
      f.downgradedBy ??= 'acknowledged';
    }
  }
  return findings.sort(
    (a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || (a.spans[0]?.start ?? -1) - (b.spans[0]?.start ?? -1),
  );
}

/** Runs the detectors on one text; overlapping hits of one clause are merged. */
function detectText(
  text: string,
  norm: NormalizedText,
  site: string | undefined,
  context: EvaluationContext,
  pack: PolicyPack,
): Finding[] {
  const findings: Finding[] = [];
  for (const { clause, runs } of clauseRuns(pack)) {
    const kept: DetectorHit[] = [];
    const hits = runs
      .flatMap(({ detector, options }) => detector.detect({ text, norm, site, context, pack, ...(options === undefined ? {} : { options }) }))
      .sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity]);
    for (const hit of hits) {
      if (kept.length >= MAX_PER_CLAUSE) break;
      if (hit.spans.length > 0 && kept.some((k) => k.spans.some((s) => hit.spans.some((h) => overlaps(s, h))))) continue;
      kept.push(hit);
    }
    for (const hit of kept) findings.push(toFinding(clause, hit));
  }
  return findings;
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/** An insult inside a demeaning generalisation about a protected group is that generalisation, not disparagement of the community. */
function dropGroupInsults(findings: Finding[]): Finding[] {
  const groups = findings.filter((f) => f.clause === 'discriminatory-content').flatMap((f) => f.spans);
  if (groups.length === 0) return findings;
  return findings.filter((f) => f.clause !== 'disparagement' || !f.spans.every((s) => groups.some((g) => s.start >= g.start && s.end <= g.end)));
}

function toFinding(clause: Clause, hit: DetectorHit): Finding {
  const wanted = hit.exceptions ? new Set(hit.exceptions) : undefined;
  const finding: Finding = {
    clause: clause.id,
    severity: hit.severity,
    spans: hit.spans.slice().sort((a, b) => a.start - b.start),
    message: hit.message,
    why: clause.rule,
    exceptions: clause.exceptions
      .filter((e) => !wanted || wanted.has(e.id))
      .map((e) => ({ id: e.id, question: e.question, quote: e.quote })),
    suggestion: { advice: hit.advice ?? clause.rephrase },
  };
  if (hit.replacement !== undefined) finding.suggestion.replacement = hit.replacement;
  if (hit.downgradedBy !== undefined) finding.downgradedBy = hit.downgradedBy;
  return finding;
}

/** Lone surrogates become U+FFFD (same length, so offsets hold). */
function sanitize(text: string): string {
  return text.isWellFormed() ? text : text.toWellFormed();
}
