import { describe, expect, it } from 'vitest';
import { expectClause, findingOf } from './helpers';

const positives = [
  "I live on Ridgeway Ave and leave for my shift at 10:30 every night.",
  'Working the door at Motorco for extra duty tonight until 2am, come by and say hi.',
  'My kids go to Forest View Elementary and get picked up at 3:15 every day.',
  "Here's my supervisor's cell if you want to complain: 919-555-0142.",
  'My address is 412 Oak Hollow Dr if anyone wants to drop off the dish.',
  'Officer Lee works undercover in narcotics now, so don’t blow her cover.',
  'At the Durham Bulls game right now, section 104, come say hi!',
  'My wife and kids will be home alone all weekend while I’m working nights.',
  'Call my partner at (919) 555-0199, he won’t mind.',
  'We live off Guess Rd, the blue house on the corner, come over anytime.',
];
const negatives = [
  'Our neighborhood association meets Tuesday. Please come if you live on Club Blvd.',
  'Taking my grandmother to see the Christmas lights tonight.',
  'Shooting some hoops at the Y tonight if anyone wants to get run.',
  'Call Crime Stoppers at 919-683-1200 with any information.',
  'My brother is deploying with the Army next month.',
  'Two kids and a big dog, looking for a minivan.',
  'I’m so tired right now.',
  'Watching Undercover Boss with the family.',
  'Blood drive at our church Saturday 9-1.',
  'The robbery happened at 500 Main St around 2am.',
];

describe('identity-privacy', () => {
  it.each(positives)('warns (medium): %s', (t) => {
    expectClause('identity-privacy', t, true);
    expect(findingOf(t, 'identity-privacy')!.severity).toBe('medium');
  });
  it.each(negatives)('does not warn: %s', (t) => expectClause('identity-privacy', t, false));
  it.each(["I'm a Durham police officer and honestly I love this city.", 'Proud to be a cop in this city.', 'As a police officer I see this every day.'])(
    'saying you are an officer is an info reminder: %s',
    (t) => {
      const f = findingOf(t, 'identity-privacy')!;
      expect(f.severity).toBe('info');
      expect(f.message).toMatch(/privacy/);
    },
  );
});

describe('identity-privacy: the housing voucher and what was told', () => {
  it('does not warn on a Section 8 voucher', () => expectClause('identity-privacy', 'My neighbor has a Section 8 voucher and works nights at the hospital. Good people.', false));
  it('does not warn when the family’s evening is told, and over', () =>
    expectClause('identity-privacy', 'My son told his mom tonight he was the only kid at the park who shared his snacks. Proud dad.', false),
  );
  it('still warns when the family will be there', () => expectClause('identity-privacy', 'My wife and kids tonight will be at the Durham Bulls game, section near first base.', true));
});

describe('identity-privacy: a title is not an invitation', () => {
  it('does not warn on a film title', () => expectClause('identity-privacy', 'Got two passes to the Come Find Me premiere downtown next week, who wants one?', false));
  it('still warns on the invitation', () => expectClause('identity-privacy', 'Working the gate at the fair till close, meet me there!', true));
});

describe('identity-privacy: a shift named, not the author’s schedule', () => {
  it('does not warn', () => expectClause('identity-privacy', 'Calls are slow and the coffee is strong on the night shift, always has been.', false));
  it('still warns on the author’s own', () => expectClause('identity-privacy', 'I’m back on midnights starting Monday, so the house is quiet at night.', true));
});

describe('identity-privacy: officers’ everyday job talk', () => {
  it.each([
    'Writing up my week in the Force, since so many are thinking of joining at the moment.',
    'Finished a shoplifting call this afternoon and walked back to the patrol car I had parked outside.',
    'I log in 20 minutes before my shift starts to read the overnight notes.',
    'Other departments lean on undercover operations and it shows in their numbers.',
  ])('does not warn: %s', (t) => expectClause('identity-privacy', t, false));
  it.each(['Sitting at the Harris Teeter on Hillsborough Road right now if anyone wants coffee.', 'My shift starts at 6pm at the substation.'])('still warns: %s', (t) =>
    expectClause('identity-privacy', t, true),
  );
});
