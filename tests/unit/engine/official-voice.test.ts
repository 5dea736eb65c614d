import { describe, expect, it } from 'vitest';
import { expectClause, findingOf } from './helpers';

const positives = [
  'Speaking for the whole Durham PD here: we think the new stadium plan is a waste of money.',
  'On behalf of the Durham Police Department, I can confirm the rumors are false.',
  "As a DPD spokesperson I'm telling you the department supports the curfew.",
  'The official position of the City of Durham is that the permit will be denied.',
  'Durham Police officially endorses Maria Lopez for city council.',
  'This is the department’s official statement: no officer was at fault.',
  'The DPD stance on the new ordinance is simple: we oppose it.',
  'We at the Durham Police Department believe this law is a mistake.',
  "I'm stating this as a city official: the landlord is to blame.",
  'The City’s position on this is that the festival is cancelled.',
  'Durham PD formally opposes the bill in Raleigh.',
];
const negatives = [
  "I'm a Durham police officer and I love this city.",
  'I am not speaking for the department, these views are my own.',
  'Read the department’s official statement on the DPD website.',
  'The department held a ceremony for new recruits today.',
  'My opinion only: the stadium plan is a waste of money.',
  'Proud to work for the Durham Police Department.',
  'Speaking for myself, the new greenway is great.',
  'The city council voted on the budget last night.',
  'I don’t speak for DPD, but I think the curfew is a good idea.',
  'Officially one of Durham’s finest after today!',
];

describe('official-voice', () => {
  it.each(positives)('warns: %s', (t) => expectClause('official-voice', t, true));
  it.each(negatives)('does not warn: %s', (t) => expectClause('official-voice', t, false));
  it('suggests speaking for oneself, keeping the case', () => {
    const text = 'Speaking for the whole Durham PD here: we think the plan is bad.';
    const f = findingOf(text, 'official-voice')!;
    expect(text.slice(f.spans[0]!.start, f.spans[0]!.end)).toBe('Speaking for the whole Durham PD');
    expect(f.suggestion.replacement).toBe('Speaking for myself');
    expect(f.exceptions.map((e) => e.id)).toEqual(['chief-authorization']);
  });
});
