// Which detectors run for which clause of a pack. A clause names its
// detectors (`detectors: [{ id, options }]`); a clause that names none runs
// the detector whose id is the clause id. Options are checked against the
// detector's own schema, once per pack.
import * as z from 'zod/mini';
import type { Clause, PackProblem, PolicyPack } from '../policy/schema';
import type { Detector } from './detector';
import { detectors } from './detectors';
import { perPack } from './pack-terms';

export interface DetectorRun {
  detector: Detector;
  /** Parsed options, or undefined when the clause sets none. */
  options: unknown;
}

export interface ClauseRuns {
  clause: Clause;
  runs: DetectorRun[];
}

const byId = new Map(detectors.map((d, i) => [d.clause, { detector: d, order: i }]));

/** Every problem with the clauses' detector choices: unknown ids, options a detector does not take or rejects. */
export function clauseDetectorProblems(pack: PolicyPack): PackProblem[] {
  const problems: PackProblem[] = [];
  pack.clauses.forEach((clause, c) => {
    clause.detectors?.forEach((choice, i) => {
      const found = byId.get(choice.id);
      const at = ['clauses', c, 'detectors', i];
      if (!found) {
        problems.push({ path: [...at, 'id'], message: `no detector "${choice.id}" (known: ${[...byId.keys()].join(', ')})` });
        return;
      }
      if (choice.options === undefined) return;
      const schema = found.detector.options;
      if (!schema) {
        problems.push({ path: [...at, 'options'], message: `detector "${choice.id}" takes no options` });
        return;
      }
      const parsed = z.safeParse(schema, choice.options);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) {
          problems.push({ path: [...at, 'options', ...issue.path.map((k) => (typeof k === 'number' ? k : String(k)))], message: issue.message });
        }
      }
    });
  });
  return problems;
}

/**
 * The clauses that have detectors, each with its runs, in the order of the
 * detector registry (a clause sits where its first detector does), so a pack
 * that chooses nothing runs exactly as the registry lists the detectors.
 */
export const clauseRuns = perPack((pack: PolicyPack): ClauseRuns[] => {
  const problems = clauseDetectorProblems(pack);
  if (problems.length) throw new Error(`policy pack ${pack.id}: ${problems.map((p) => `${p.path.join('.')}: ${p.message}`).join('; ')}`);
  const planned: { order: number; runs: ClauseRuns }[] = [];
  for (const clause of pack.clauses) {
    const choices = clause.detectors ?? (byId.has(clause.id) ? [{ id: clause.id }] : []);
    if (choices.length === 0) continue;
    const runs = choices.map((choice) => {
      const { detector } = byId.get(choice.id)!;
      const options = choice.options === undefined ? undefined : z.parse(detector.options!, choice.options);
      return { detector, options };
    });
    planned.push({ order: byId.get(choices[0]!.id)!.order, runs: { clause, runs } });
  }
  return planned.sort((a, b) => a.order - b.order).map((p) => p.runs);
});
