import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/engine';
import { expectClause, findingOf } from './helpers';

const positives = [
  'First day with my new badge and uniform!',
  'Cruising in the Tahoe with the lights on because I can #copswithcams',
  'Got my department issued rifle today, look at this beauty.',
  'Wearing my uniform to my cousin’s wedding as a joke.',
  'Selfie in my uniform and badge at the beach lol',
  'Check out my patrol car after the wash.',
  'Here’s a photo of my duty belt and service weapon on the kitchen table.',
  'Badge number in my bio ;)',
  'New shoulder patch pic, looks sharp',
  'My squad car, my playlist, my coffee 📸',
];
const negatives = [
  'My son’s soccer uniform is already covered in mud.',
  'Earned my merit badge in first aid as a kid.',
  'Took the kids to the pumpkin patch.',
  'Our department’s take-home car policy should be revisited.',
  'Looking for a tailor for a dress shirt.',
  'Software patch day at work, wish me luck.',
  'Academy graduation today! Wore the dress uniform for the first time.',
  'Promotion ceremony this afternoon. Pinning on sergeant stripes.',
  'Uniform on, badge on, at today’s community walk representing the department.',
  'The school uniform debate is back at the board meeting.',
];

describe('insignia', () => {
  it.each(positives)('warns: %s', (t) => expectClause('insignia', t, true));
  it.each(negatives)('does not warn: %s', (t) => expectClause('insignia', t, false));
  it.each([
    ['Academy graduation today! Wore the dress uniform with my classmates.', 'sponsored-event'],
    ['Honor guard at the memorial this morning, in dress uniform.', 'sponsored-event'],
    ['Promotion day! My new badge is pinned.', 'sponsored-event'],
    ['In uniform with my badge at National Night Out with the neighborhood.', 'official-community-event'],
  ])('downgrades to info naming the exception: %s', (text, exception) => {
    const f = findingOf(text, 'insignia')!;
    expect(f.severity).toBe('info');
    expect(f.downgradedBy).toBe(exception);
    expect(f.exceptions.map((e) => e.id)).toEqual([exception]);
  });
  it('is context, not a warning, on LinkedIn', () => {
    const f = evaluate({ text: 'Proud of my new badge and uniform after 10 years of service.', site: 'www.linkedin.com' }).find((x) => x.clause === 'insignia')!;
    expect(f.severity).toBe('info');
    expect(f.downgradedBy).toBe('professional-networking');
  });
});

describe('insignia: a badge given up or taken is the office, not a picture', () => {
  it.each(['Retiring my badge in March after 26 years. Thank you all.', 'They took my badge during the review and gave it back last week.'])('does not warn: %s', (t) => expectClause('insignia', t, false));
  it('still warns on a new badge shown off', () => expectClause('insignia', 'Check out my new badge!! 📸', true));
});

describe('insignia: gear in a story from the job is worn at work, not shown off', () => {
  it.each([
    'Dispatch sends me across the district, so I hit my lights and sirens and get there in under two minutes.',
    'Third night of the protests, and now our officers wear riot gear on the line.',
  ])('does not warn: %s', (t) => expectClause('insignia', t, false));
  it.each(['Selfie in my riot gear before roll call, look at this 📸', 'Wearing my sergeant stripes to the neighbors’ party lol, I was on shift till 10.'])('still warns: %s', (t) =>
    expectClause('insignia', t, true),
  );
});

describe('insignia: the word names something else', () => {
  it.each([
    'Detectives and Uniform Officers have to look at all the reserved parking spaces at headquarters.',
    'Moved to my new squad, mostly Class A drugs work now.',
    'Half the bar tonight was badge bunnies, no thanks.',
    'The supplier of all our police gear closed for six weeks, so no new pants for me.',
  ])('does not warn: %s', (t) => expectClause('insignia', t, false));
});
