// pack-check: a department's pack file checked with the line and path of each
// problem, and its labelled drafts scored with the engine.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPackFile, jsonLines, scoreExamples } from '../../../scripts/pack-check-core';
import { requirePack } from '../../../src/policy';
import { saltLakeCity52_7 } from '../../../src/policy/salt-lake-city-52-7';

const dir = mkdtempSync(join(tmpdir(), 'pack-check-'));
const write = (name: string, data: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, typeof data === 'string' ? data : JSON.stringify(data, null, 2));
  return path;
};

describe('pack-check', () => {
  it('accepts a shipped pack, as a module and as JSON', async () => {
    expect((await checkPackFile('src/policy/salt-lake-city-52-7.ts')).problems).toEqual([]);
    const { pack, problems } = await checkPackFile(write('slc.json', saltLakeCity52_7));
    expect(problems).toEqual([]);
    expect(pack?.id).toBe('salt-lake-city-52-7');
  });

  it('reports shape problems with their path, line and what is wrong', async () => {
    const bad = structuredClone(saltLakeCity52_7) as unknown as { clauses: { kind: string }[]; vocabulary: { initials?: string[] } };
    bad.clauses[3]!.kind = 'rule';
    delete bad.vocabulary.initials;
    const file = write('bad.json', bad);
    const { pack, problems } = await checkPackFile(file);
    expect(pack).toBeUndefined();
    const kind = problems.find((p) => p.path === 'clauses[3].kind')!;
    expect(kind.message).toMatch(/prohibition.*reminder.*permission/);
    expect(kind.line).toBe(jsonLines(JSON.stringify(bad, null, 2)).get('clauses[3].kind'));
    expect(problems.find((p) => p.path === 'vocabulary.initials')?.message).toMatch(/expected array/);
  });

  it('reports what the schema cannot see: unknown sections and role clauses', async () => {
    const bad = structuredClone(saltLakeCity52_7);
    bad.clauses[2]!.section = 'nope';
    bad.roles.speech.push('not-a-clause');
    const { problems } = await checkPackFile(write('bad2.json', bad));
    expect(problems.map((p) => `${p.path}: ${p.message}`)).toEqual([
      'clauses[2].section: clause "work-grievances" names unknown section "nope"',
      'roles.speech[2]: names unknown clause "not-a-clause"',
    ]);
  });

  it('reports broken JSON by line', async () => {
    const { problems } = await checkPackFile(write('broken.json', '{\n  "id": "x",\n  oops\n}'));
    expect(problems[0]).toMatchObject({ line: 3, path: '(file)' });
  });

  it('scores labelled drafts and flags clause ids the pack does not have', () => {
    const pack = requirePack('salt-lake-city-52-7');
    const jsonl = [
      { id: 'a', text: 'Road closed on the west side tonight. — SLCPD', clauses: ['official-voice'] },
      { id: 'b', text: 'Lovely powder day up the canyon.', clauses: [] },
      { id: 'c', text: 'Nice weather.', clauses: ['explicit-content'] },
    ].map((r) => JSON.stringify(r)).join('\n');
    const score = scoreExamples(pack, jsonl);
    expect(score).toMatchObject({ drafts: 3, precision: 1, benign: 1, benignWarned: 0 });
    expect(score.recall).toBe(0.5);
    expect(score.problems).toEqual([{ line: 3, path: 'c', message: 'unknown clause "explicit-content"' }]);
  });
});
