// Every rule's own examples, each run through that rule alone (runRule), the
// way ESLint's RuleTester runs a rule's valid and invalid cases: an invalid
// example must get a warning (high or medium), a valid one none. A rule that
// only reminds ("reports": "info") must give its invalid examples a hit of
// any severity and its valid ones no hit at all. An example is a text, or
// { text, context?, site? } when the rule reads the evaluation context.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectors } from '../../../src/engine/detectors';
import { detectorFor, runRule } from '../../../src/engine/run-rule';
import type { EvaluationContext } from '../../../src/engine/types';

const DIR = new URL('../../../src/engine/detectors/examples/', import.meta.url).pathname;
type Example = string | { text: string; context?: EvaluationContext; site?: string };
interface Examples {
  reports?: 'info';
  valid: Example[];
  invalid: Example[];
}
const files = readdirSync(DIR).filter((f) => f.endsWith('.json'));
const label = (e: Example) => (typeof e === 'string' ? e : `${e.text}${e.context ? ` ${JSON.stringify(e.context)}` : ''}`);

function fires(clause: string, example: Example, info: boolean): boolean {
  const { text, context = {}, site = 'x.com' } = typeof example === 'string' ? { text: example } : example;
  return runRule(clause, text, undefined, context, site).some((h) => info || h.severity !== 'info');
}

for (const file of files) {
  const clause = file.replace(/\.json$/, '');
  const { valid, invalid, reports } = JSON.parse(readFileSync(join(DIR, file), 'utf8')) as Examples;
  const info = reports === 'info';
  describe(`rule ${clause}`, () => {
    it('has a detector and examples of both kinds', () => {
      expect(detectorFor(clause)).toBeDefined();
      expect(valid.length).toBeGreaterThan(0);
      expect(invalid.length).toBeGreaterThan(0);
    });
    for (const example of invalid) it(`${info ? 'reminds' : 'warns'}: ${label(example)}`, () => expect(fires(clause, example, info)).toBe(true));
    for (const example of valid) it(`quiet: ${label(example)}`, () => expect(fires(clause, example, info)).toBe(false));
  });
}

it('every detector has at least 3 valid and 3 invalid examples beside it', () => {
  const short: string[] = [];
  for (const { clause } of detectors) {
    const file = `${clause}.json`;
    if (!files.includes(file)) {
      short.push(`${clause}: no src/engine/detectors/examples/${file}`);
      continue;
    }
    const { valid, invalid } = JSON.parse(readFileSync(join(DIR, file), 'utf8')) as Examples;
    if (valid.length < 3 || invalid.length < 3) short.push(`${clause}: ${valid.length} valid, ${invalid.length} invalid`);
  }
  expect(short).toEqual([]);
});

it('runRule names a clause without a detector', () => {
  expect(() => runRule('no-such-clause', 'text')).toThrow(/no detector for clause "no-such-clause"/);
});
