// The clauses that read context: third-party comments, officer photos,
// administrative investigations, City devices, and the two permissions.
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/engine';
import { expectClause, findingOf, warned } from './helpers';

describe('third-party-content', () => {
  const positives = [
    "Comment from a friend on my page: 'every one of those rioters should be beaten senseless'. I agree!",
    "Someone commented on my post: 'those people are animals and should be put down'. Couldn't agree more.",
    'My buddy wrote on my wall: "the chief is a spineless idiot" lol so true',
    "A follower commented on my photo: 'send nudes'",
    'My cousin posted on my page: "Female officers are a liability"',
    "Someone left a comment on my post: 'Officer Carter got written up again, three reprimands'",
    'Friend commented on my status: "the mayor is a corrupt clown" haha',
    "A guy replied under my post: 'looters should be shot on sight'",
    "My neighbor commented on my photo: 'all Muslims are terrorists'",
    'Comment on my page from a friend: "here is the bodycam footage, watch it"',
  ];
  const negatives = [
    "A friend commented on my page: 'congrats on the promotion!'",
    'Someone commented on my post: "what a great day at the lake"',
    'My aunt wrote on my wall: "so proud of you"',
    'The chief said at roll call: "stay safe out there"',
    'He said: "the shipment comes Friday" in the movie, what a twist',
    'A follower replied: "where did you get that jacket?"',
    "Comment from a friend on my page: 'your dog is adorable'",
    'My buddy posted on my page: "happy birthday man"',
    'Someone commented on my photo: "nice fish!"',
    'Quote of the day: "be kind, always"',
  ];
  it.each(positives)('warns: %s', (t) => expectClause('third-party-content', t, true, 'www.facebook.com'));
  it.each(negatives)('does not warn: %s', (t) => expectClause('third-party-content', t, false, 'www.facebook.com'));
  it('keeps the quoted violation as its own finding too, and says the member agrees', () => {
    const text = "Comment from a friend on my page: 'every one of those rioters should be beaten senseless'. I agree!";
    expect(warned(text, 'www.facebook.com')).toEqual(['third-party-content', 'violent-content']);
    const f = findingOf(text, 'third-party-content', 'www.facebook.com')!;
    expect(f.severity).toBe('medium');
    expect(f.message).toMatch(/agrees/);
  });
});

describe('officer-photos', () => {
  it.each([
    'Group photo with the whole squad after the shift!',
    'Selfie with my partner before roll call.',
    'Tagged the guys from my platoon in this pic.',
    'Academy class photo, 20 years ago today.',
    'Pic of Sgt. Ruiz and me at the range.',
    'Video of my coworkers doing the lip sync challenge.',
    'Snapped a picture of the detectives at the party.',
    'Throwback photo: me and my FTO in 2012.',
    'Photo of the shift at the toy drive.',
    'Squad photo day! Everyone looked sharp.',
  ])('is an info reminder: %s', (t) => {
    const f = findingOf(t, 'officer-photos')!;
    expect(f.severity).toBe('info');
    expect(warned(t)).not.toContain('officer-photos');
  });
  it.each(['Photo of my dog at the beach.', 'Pictures from our vacation in Asheville.'])('is silent without officers: %s', (t) => {
    expect(findingOf(t, 'officer-photos')).toBeUndefined();
  });
});

describe('administrative-investigation', () => {
  it.each([
    'IA opened a complaint about my Facebook posts.',
    'Someone filed a complaint about my tweets, great.',
    'I am under administrative investigation for my Instagram account.',
  ])('is info when the draft is about a complaint over the member’s own accounts: %s', (t) => {
    expect(findingOf(t, 'administrative-investigation')!.severity).toBe('info');
  });
  it.each(['Filed a complaint with the cable company.', 'My Facebook page has 200 followers now.'])('is silent otherwise: %s', (t) => {
    expect(findingOf(t, 'administrative-investigation')).toBeUndefined();
  });
});

describe('city-equipment', () => {
  it('is medium on a City device, absent otherwise, never on an empty draft', () => {
    expect(findingOf('Nice day at the lake.', 'city-equipment', 'x.com', { cityDevice: true })!.severity).toBe('medium');
    expect(findingOf('Nice day at the lake.', 'city-equipment')).toBeUndefined();
    expect(findingOf('   ', 'city-equipment', 'x.com', { cityDevice: true })).toBeUndefined();
  });
});

describe('department-content (permission)', () => {
  it.each([
    'RT @DurhamPoliceNC: Have you seen this missing 82-year-old man? Call 911 with any information.',
    'Shared from City of Durham: Yard waste collection is delayed one day this week.',
    "Sharing @DurhamPoliceNC's post about the toy drive. Bring a new unwrapped toy!",
    'RT @CityofDurhamNC: Leaf collection starts Monday.',
    'via @DurhamPoliceNC: suspect in the Main St robbery is described as 6 ft, call 919-560-4440 with tips',
    'Reposting from @DurhamPoliceNC: bodycam policy update, read the full statement.',
  ])('reshares of official accounts are permitted: %s', (t) => {
    const found = evaluate({ text: t, site: 'x.com' });
    expect(found.filter((f) => f.severity !== 'info').map((f) => f.clause)).toEqual([]);
    expect(found.find((f) => f.clause === 'department-content')!.severity).toBe('info');
  });
  it('uses the pack’s official accounts, so another agency’s reshares are not covered', () => {
    const text = 'RT @SomeOtherPD: call our tip line 919-555-0142';
    expect(findingOf(text, 'department-content')).toBeUndefined();
  });
  it('still warns about the member’s own insult after a reshare sentence', () => {
    const text = 'Sharing @DurhamPoliceNC’s post about the budget. The city council are idiots.';
    expect(warned(text)).toContain('disparagement');
  });
});

describe('professional-networking (permission)', () => {
  it('adds context, never a warning, on LinkedIn', () => {
    const found = evaluate({ text: 'Honored to complete the FBI-LEEDA leadership course with my squad.', site: 'www.linkedin.com' });
    expect(found.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(found.find((f) => f.clause === 'professional-networking')!.severity).toBe('info');
  });
  it('does not excuse insults on LinkedIn', () => {
    expect(warned('My lieutenant is a lazy idiot.', 'www.linkedin.com')).toContain('disparagement');
  });
});
