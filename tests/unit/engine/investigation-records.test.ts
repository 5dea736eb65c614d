import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/engine';
import { expectClause, findingOf, quoted } from './helpers';

const positives = [
  'Detectives found the murder weapon in a storm drain. Case 2016-118832.',
  'Our CI says the shipment comes in Friday.',
  'The DNA from the rape kit matched a guy already in CODIS.',
  'Pulled his rap sheet: burglary, DWI, and a domestic.',
  "Screenshot of the suspect's text messages from the phone dump.",
  'The victim in the Trinity Park stabbing was his ex-girlfriend, she lives on Watts St.',
  'Wiretap on the crew has been running 30 days.',
  'The informant in the Eastway case is a cousin of the shooter.',
  'Lab results came back and the suspect’s prints are all over the bags.',
  'We’ve got a search warrant ready for the house on Alston Ave tomorrow morning.',
  'The witness statement says the clerk lied.',
];
const negatives = [
  'Per the public arrest report, a 41-year-old Durham man was charged with DWI after the crash on Roxboro Rd.',
  'There was a robbery at the gas station on Hillsborough Rd around 2am. Nobody was hurt.',
  'A 33-year-old man was charged with armed robbery, according to the news release.',
  'The suspect in this murder mystery podcast was obvious from episode 2.',
  'Executed a search warrant yesterday and seized two handguns, per the press release.',
  'Great true crime book: the evidence in chapter 3 blew my mind.',
  'John Smith, 45, was arrested for burglary on Main St Tuesday night.',
  'I think every department should fund more lab techs for faster results.',
  'My kids love watching Paw Patrol solve cases.',
  'The trial starts Monday; the victim’s family asked for privacy.',
];

describe('investigation-records', () => {
  it.each(positives)('warns: %s', (t) => expectClause('investigation-records', t, true));
  it.each(negatives)('does not warn: %s', (t) => expectClause('investigation-records', t, false));
  it('underlines the investigation words and names the statute', () => {
    const text = 'Our CI says the shipment comes in Friday.';
    const f = findingOf(text, 'investigation-records')!;
    expect(quoted(text, f)).toBe('Our CI');
    expect(f.message).toMatch(/informant.*132-1\.4/);
    expect(f.exceptions.map((e) => e.id)).toEqual(['duty-or-law']);
  });
  it('watch terms: case-number prefixes are medium findings on each whole-word occurrence', () => {
    const text = 'Ask me about DUR-24 later, not dur-24x or xdur-24. Also DUR-24.';
    const found = evaluate({ text }, { watchTerms: ['dur-24'] }).filter((f) => f.clause === 'investigation-records');
    expect(found.map((f) => f.severity)).toEqual(['medium', 'medium']);
    expect(found.map((f) => text.slice(f.spans[0]!.start, f.spans[0]!.end))).toEqual(['DUR-24', 'DUR-24']);
    const names = evaluate({ text: 'Nobody mention Operation Nightjar or nightjar again.' }, { watchTerms: ['Nightjar'] });
    expect(names.filter((f) => f.clause === 'nonpublic-records').map((f) => f.severity)).toEqual(['medium', 'medium']);
  });
});

describe('investigation-records: a caller’s age alone names no one', () => {
  it('does not warn', () => expectClause('investigation-records', 'Best 911 caller today was a 7 year old who knew her address by heart.', false));
  it('still warns on a caller named', () => expectClause('investigation-records', 'The 911 caller was Dana Whitfield from Lakewood Ave.', true));
});

describe('investigation-records: a plan in someone else’s quoted words', () => {
  it('does not warn', () => expectClause('investigation-records', 'My daughter asked if I was "gonna arrest him" when her brother took the last cookie.', false));
});

describe('investigation-records: a rank lost is not an arrest planned', () => {
  it('does not warn', () => expectClause('investigation-records', 'Word is they are going to bust them back down to sergeant when the new rules start.', false));
  it('still warns on a raid planned', () => expectClause('investigation-records', 'We are going to bust them at the stash house on Friday night.', true));
});
