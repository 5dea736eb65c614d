// Every rule's own examples, each run through that rule alone (runRule), the
// way ESLint's RuleTester runs a rule's valid and invalid cases: an invalid
// example must get a warning (high or medium), a valid one none.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectorFor, runRule } from '../../../src/engine/run-rule';

const DIR = new URL('../../../src/engine/detectors/examples/', import.meta.url).pathname;
const warns = (clause: string, text: string) => runRule(clause, text).some((h) => h.severity !== 'info');

for (const file of readdirSync(DIR).filter((f) => f.endsWith('.json'))) {
  const clause = file.replace(/\.json$/, '');
  const { valid, invalid } = JSON.parse(readFileSync(join(DIR, file), 'utf8')) as { valid: string[]; invalid: string[] };
  describe(`rule ${clause}`, () => {
    it('has a detector and examples of both kinds', () => {
      expect(detectorFor(clause)).toBeDefined();
      expect(valid.length).toBeGreaterThan(0);
      expect(invalid.length).toBeGreaterThan(0);
    });
    for (const text of invalid) it(`warns: ${text}`, () => expect(warns(clause, text)).toBe(true));
    for (const text of valid) it(`quiet: ${text}`, () => expect(warns(clause, text)).toBe(false));
  });
}

it('runRule names a clause without a detector', () => {
  expect(() => runRule('no-such-clause', 'text')).toThrow(/no detector for clause "no-such-clause"/);
});
