// The statistical fallback (src/engine/fallback.ts): fires at medium on a
// paraphrase no rule matches, stays silent on hard negatives, and respects the
// context stage's permissions (official reshares, professional sites).
import { statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/engine/evaluate';
import { defaultPack } from '../../../src/policy';

const FALLBACK = 'no specific phrase matched';
// A threat no rule's shape matches (a draft from tests/corpus/written-b.jsonl, which the model was trained on).
const PARAPHRASE = "Somebody keyed my truck in the church parking lot DURING my daughter's baptism. If I find out who, they're gonna be picking their teeth up off the asphalt. Swear to God.";
const THREAT = "If I find out who, they're gonna be picking their teeth up off the asphalt";
const fallbacks = (text: string, site = 'x.com') => evaluate({ text, site }).filter((f) => f.message.includes(FALLBACK));

describe('statistical fallback', () => {
  it('flags a threat no rule catches, at medium, with the pack’s exceptions and advice', () => {
    const all = evaluate({ text: PARAPHRASE, site: 'x.com' });
    expect(all.filter((f) => !f.message.includes(FALLBACK) && f.severity !== 'info')).toEqual([]);
    const [f, ...rest] = fallbacks(PARAPHRASE);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ clause: 'violent-content', severity: 'medium' });
    const title = defaultPack.clauses.find((c) => c.id === 'violent-content')!.title;
    expect(f!.message).toBe(`This may conflict with ${title}: it reads like posts that do (no specific phrase matched) — check the exceptions.`);
    expect(PARAPHRASE.slice(f!.spans[0]!.start, f!.spans[0]!.end)).toBe(THREAT);
    expect(f!.exceptions.length).toBeGreaterThan(0);
    expect(f!.suggestion.advice).not.toBe('');
  });

  it('picks the sentence that reads most like the clause as the span', () => {
    const text = `Long week. ${PARAPHRASE}`;
    const [f] = fallbacks(text);
    expect(text.slice(f!.spans[0]!.start, f!.spans[0]!.end)).toBe(THREAT);
  });

  it.each([
    'Range day with the team, great qualification scores.',
    'Per the arrest report released today, the suspect was charged with robbery.',
    "I respectfully disagree with the council's budget priorities for the police department.",
    'Grilling burgers with the neighbors tonight, come hungry.',
    'Hot video from the fireworks show last night!',
    "The folks in this city are the kindest people I've ever served.",
  ])('stays silent on a hard negative: %s', (text) => {
    expect(fallbacks(text)).toEqual([]);
  });

  it('stays silent inside an official reshare and on a professional site', () => {
    expect(fallbacks(`RT @DurhamPoliceNC: ${PARAPHRASE}`)).toEqual([]);
    expect(fallbacks(PARAPHRASE, 'www.linkedin.com')).toEqual([]);
  });

  it('adds nothing to a draft a rule already warns about', () => {
    expect(fallbacks(`${PARAPHRASE} My lieutenant is a lazy idiot.`)).toEqual([]);
  });

  it('ships a small model', () => {
    expect(statSync(new URL('../../../src/policy/durham-2032-r2.weights.json', import.meta.url)).size).toBeLessThan(150_000);
  });
});
