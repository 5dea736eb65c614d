// Which detectors run for which clause: by default the detector named like
// the clause; a pack may choose others, with options each detector validates.
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/engine';
import { clauseDetectorProblems, clauseRuns } from '../../../src/engine/clause-detectors';
import { detectors } from '../../../src/engine/detectors';
import { runRule } from '../../../src/engine/run-rule';
import { defaultPack, packs, requirePack } from '../../../src/policy';
import type { PolicyPack } from '../../../src/policy/schema';

const withClause = (pack: PolicyPack, id: string, detectorsOfClause: { id: string; options?: Record<string, unknown> }[]): PolicyPack => ({
  ...pack,
  clauses: pack.clauses.map((c) => (c.id === id ? { ...c, detectors: detectorsOfClause } : c)),
});

describe('clause detectors', () => {
  it('runs the detector named like each clause, in registry order, when the pack chooses none', () => {
    const runs = clauseRuns(defaultPack);
    expect(runs.map((r) => r.clause.id)).toEqual(detectors.map((d) => d.clause).filter((id) => defaultPack.clauses.some((c) => c.id === id)));
    expect(runs.every((r) => r.runs.length === 1 && r.runs[0]!.detector.clause === r.clause.id && r.runs[0]!.options === undefined)).toBe(true);
  });

  it('finds no problem in the shipped packs', () => {
    for (const pack of packs) expect(clauseDetectorProblems(pack)).toEqual([]);
  });

  it('names unknown detectors and options a detector rejects or does not take', () => {
    const bad = withClause(withClause(requirePack('salt-lake-city-52-7'), 'work-grievances', [{ id: 'no-such-rule' }, { id: 'disparagement', options: { insults: 'no' } }]), 'insignia', [{ id: 'insignia', options: { x: 1 } }]);
    const problems = clauseDetectorProblems(bad).map((p) => `${p.path.join('.')}: ${p.message}`);
    expect(problems[0]).toMatch(/^clauses\.2\.detectors\.0\.id: no detector "no-such-rule" \(known: .*disparagement/);
    expect(problems[1]).toMatch(/^clauses\.2\.detectors\.1\.options\.insults: /);
    expect(problems[2]).toBe('clauses.3.detectors.0.options: detector "insignia" takes no options');
    expect(() => evaluate({ text: 'hello' }, {}, bad)).toThrow(/no detector "no-such-rule"/);
  });

  it('an empty list runs no detector for the clause', () => {
    const pack = withClause(defaultPack, 'disparagement', []);
    expect(evaluate({ text: 'The chief is a clueless moron.' }, {}, pack).filter((f) => f.clause === 'disparagement')).toEqual([]);
    expect(evaluate({ text: 'The chief is a clueless moron.' }).some((f) => f.clause === 'disparagement')).toBe(true);
  });

  it('a clause can reuse another clause\'s detector, with its findings under its own id', () => {
    const pack = withClause(requirePack('salt-lake-city-52-7'), 'work-grievances', [{ id: 'disparagement' }]);
    const f = evaluate({ text: 'The chief is a clueless moron.' }, {}, pack);
    expect(f.map((x) => x.clause).sort()).toEqual(['disparagement', 'work-grievances']);
  });
});

describe('detector options', () => {
  const slc = requirePack('salt-lake-city-52-7');
  it('disparagement: work complaints aimed at command staff, without insults', () => {
    const text = 'Our lieutenant denied my vacation request again, third year running.';
    expect(runRule('disparagement', text, slc)).toEqual([]);
    const hits = runRule('disparagement', text, slc, {}, 'x.com', { insults: false, workComplaints: true });
    expect(hits).toHaveLength(1);
    expect(hits[0]!.severity).toBe('medium');
    // An opinion on another city's budget is no complaint about one's own work.
    expect(runRule('disparagement', 'Their council keeps cutting the library budget, which seems shortsighted.', slc, {}, 'x.com', { insults: false, workComplaints: true })).toEqual([]);
  });

  it('investigation-records: people only, arrestees, calls for service', () => {
    const people = { material: false, arrestees: true };
    expect(runRule('investigation-records', 'Lab results came back on the stabbing case, the DNA matched.', slc, {}, 'x.com', people)).toEqual([]);
    expect(runRule('investigation-records', 'The woman we arrested at the mall is the one in the red coat in my story.', slc)).toEqual([]);
    expect(runRule('investigation-records', 'The woman we arrested at the mall is the one in the red coat in my story.', slc, {}, 'x.com', people)).toHaveLength(1);
    const calls = { material: false, persons: false, calls: true };
    expect(runRule('investigation-records', 'Got dispatched to a noise complaint at the apartments near the river, it was a bachelor party.', slc, {}, 'x.com', calls)).toHaveLength(1);
    expect(runRule('investigation-records', 'Took a lot of calls this week. Grateful for our dispatchers.', slc, {}, 'x.com', calls)).toEqual([]);
  });

  it('runRule rejects options a detector does not take', () => {
    expect(() => runRule('insignia', 'x', slc, {}, 'x.com', { a: 1 })).toThrow(/takes no options/);
  });
});
