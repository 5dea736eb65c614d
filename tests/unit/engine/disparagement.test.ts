import { describe, expect, it } from 'vitest';
import { expectClause, findingOf, quoted, warned } from './helpers';

const positives = [
  'Our deputy chief is a spineless politician who throws his officers under the bus.',
  'My lieutenant is a lazy idiot.',
  'City manager is a clown and the budget office is staffed by morons.',
  'Durham residents are trash, every last one of them.',
  'The ch1ef is an 1d10t.',
  'Our captain is such a stuuupid coward.',
  'The people in this city are ungrateful scum.',
  'Durham PD admin couldn’t organize a two car funeral.',
  'The mayor is a corrupt crook and everyone knows it.',
  'f*** the city council',
  'My sergeant is a worthless m0r0n.',
  'The command staff are a bunch of clowns.',
  'Durham is a cesspool.',
];
const negatives = [
  "I'm concerned the city's decision to close two fire stations will slow response times.",
  'The department’s policy on off-duty employment is confusing. I hope admin clarifies it.',
  'Police budget cuts will hurt response times. Write your council member.',
  'My sergeant is a great leader and an even better friend.',
  'The chief is not an idiot, he just inherited a mess.',
  'My dog is a clown, he ate my sock again.',
  'That fourth quarter comeback by State was insane.',
  'The Durham Bulls were pathetic tonight, 10-1.',
  'I disagree with the council’s vote on the budget; here is why.',
  'Officer Ramos is a legend in District 3.',
  'Some days I feel like an idiot for forgetting my keys.',
];

describe('disparagement', () => {
  it.each(positives)('warns: %s', (t) => expectClause('disparagement', t, true));
  it.each(negatives)('does not warn: %s', (t) => expectClause('disparagement', t, false));
  it('quotes the insult, names who it is aimed at, and offers to drop the adjective', () => {
    const text = 'Our deputy chief is a spineless politician who throws his officers under the bus every chance he gets.';
    const f = findingOf(text, 'disparagement')!;
    expect(f.severity).toBe('high');
    expect(quoted(text, f)).toBe('spineless politician');
    expect(f.message).toMatch(/“spineless politician”.*Department member/);
    expect(f.suggestion.replacement).toBe('politician');
    expect(f.exceptions.map((e) => e.id)).toEqual(['public-concern']);
  });
  it('explains the public-concern exception when an insult comes with a policy point', () => {
    const f = findingOf('The city council are idiots for cutting the police budget again.', 'disparagement')!;
    expect(f.message).toMatch(/public concern/);
    expect(f.exceptions[0]!.question).toMatch(/public concern/);
  });
  it("sensitivity 'strict' raises criticism without insults to medium, explaining the exception", () => {
    const text = 'The department’s new overtime rules are terrible.';
    expect(warned(text)).not.toContain('disparagement');
    const f = findingOf(text, 'disparagement', 'x.com', { sensitivity: 'strict' })!;
    expect(f.severity).toBe('medium');
    expect(f.message).toMatch(/public concern/);
  });
});

describe('the message names the target as a sentence would', () => {
  const cases: [string, RegExp][] = [
    ['Honestly sergeant is a useless idiot.', /^Calls a sergeant “/],
    ['Swear officer on nights is a total idiot.', /^Calls an officer “/],
    ['My lieutenant is a total moron.', /^Calls your lieutenant “/],
    ['The lieutenant is a total moron.', /^Calls the lieutenant “/],
    ['Council is a bunch of clowns.', /^Calls the council “/],
    ['Officers on nights are morons.', /^Calls officers “/],
  ];
  for (const [text, want] of cases) {
    it(text, () => expect(findingOf(text, 'disparagement')?.message).toMatch(want));
  }
});

describe('disparagement: an insult pointed at someone met on a call', () => {
  it.each(['Ran code 3 across town for this moron who locked his keys in the car.', 'Night shift, call after call from these idiots who cannot read a stop sign.'])('warns: %s', (t) =>
    expectClause('disparagement', t, true),
  );
  it.each([
    'Transported a patient today, sweetest lady, made my week.',
    'Gym after work tonight, this fool Marcus made me do extra burpees.',
    'Responded to a crash on the bypass; the driver was not an idiot, just unlucky on the ice.',
  ])('does not warn: %s', (t) => expectClause('disparagement', t, false));
});

describe('disparagement: the people served named two sentences before the contempt', () => {
  it('warns on a short post', () =>
    expectClause('disparagement', 'Another day of home visits with welfare recipients. Every single one had a new iPhone. Lazy, all of them.', true),
  );
  it('does not warn on a kind one', () =>
    expectClause('disparagement', 'Another day of home visits with welfare recipients. Every single one had a story. Humbling, all of them.', false),
  );
});

describe('disparagement: the writer calling themselves names on a call', () => {
  it('does not warn: this idiot (me) …', () =>
    expectClause('disparagement', 'Night shift confession: this idiot (me) left the radio in the bay and drove halfway to the call.', false),
  );
});

describe('disparagement: chiefs and forces that are not the Department', () => {
  it.each(['Another week of excuses from the commander-in-chief, what a clown show.', 'That deserter is an embarrassment to the armed forces.'])('does not warn: %s', (t) =>
    expectClause('disparagement', t, false),
  );
  it('still warns on our own chief', () => expectClause('disparagement', 'Our chief is a useless idiot.', true));
});

describe('disparagement: people met on the job named by their part in it', () => {
  it.each(['The caller tonight was a total moron.', 'Honestly the inmates on B block are animals.'])('warns: %s', (t) => expectClause('disparagement', t, true));
  it.each(['My patients today were the sweetest, best shift in weeks.', 'Callers were so kind during the outage, thank you all.', 'Inmates at the county jail planted a garden. Proud of them.'])(
    'does not warn: %s',
    (t) => expectClause('disparagement', t, false),
  );
});

describe('disparagement: protesters on a named road, and "who do nothing but"', () => {
  it.each(['Morons shutting down I-40 again. Get a job.', 'Activists who do nothing but whine about cops all day.'])('warns: %s', (t) => expectClause('disparagement', t, true));
  it('does not warn on news of a closure', () => expectClause('disparagement', 'Heads up: crews shutting down I-40 eastbound overnight for paving.', false));
});

describe('disparagement: the Department said not to care about "you"', () => {
  it('warns when the Department is named before a pronoun', () => expectClause('disparagement', 'Remember this about the department: they do not care about you or your family.', true));
  it('does not warn about a dog', () => expectClause('disparagement', 'My dog does not care about you, only your sandwich.', false));
});

describe('disparagement: a shambles', () => {
  it('warns: the department is a shambles', () => expectClause('disparagement', 'Honestly the department is a shambles these days.', true));
});

describe('disparagement: scorn for someone met on a call, by how the post points at them', () => {
  it.each([
    ['a pointing word and police slang', 'Hauled another scrote down to lockup before midnight.'],
    ['an exclamation after the story', 'Booked the same shoplifter for the fourth time since June. Total waste of oxygen.'],
    ['a deed told of them', 'Took a 911 call from a moron who wanted us to find his TV remote.'],
    ['scorn before them on the riot line', 'Twelve hours on the skirmish line. Vicious barbarians hurling rocks the whole time.'],
  ])('warns (%s): %s', (_, t) => expectClause('disparagement', t, true));
  it.each([
    ['the writer calls himself a moron', 'Got arrested in Monopoly by my own kid. I am a moron who never learns.'],
    ['no call in the post', 'Rained all weekend and the garden flooded. Total waste of a Saturday.'],
    ['an exclamation about the weather on shift', 'Night shift in the rain again. Total mess.'],
    ['kind words for a frequent caller', 'Our frequent flyer brought the whole squad cookies today. What a sweetheart.'],
  ])('does not warn (%s): %s', (_, t) => expectClause('disparagement', t, false));
});

describe('disparagement: contempt mentioned, denied or aimed elsewhere', () => {
  it.each([
    ['a quoted word someone else used', 'A guy at the gas station called the marchers "vermin" today. They are our neighbors. Not okay.'],
    ['a quoted word explained', 'In Scotland "scrote" is just slang, my cousin says. Still made me laugh.'],
    ['a saying the writer denies', 'Never let anybody tell you people on food stamps are lazy. My grandmother worked two jobs and used them.'],
    ['praise for how people play', 'Those linemen are absolute animals on the field, what a game.'],
    ['the football team', 'That Chiefs defense is a joke this year. Clowns, all of them.'],
  ])('does not warn (%s): %s', (_, t) => expectClause('disparagement', t, false));
  it.each([
    ['the writer’s own quoted word', 'I called the protesters "animals" because that is what they are.'],
    ['a vocative after a call', 'Stop calling us about your neighbor’s wind chimes, you moron.'],
    ['“he’s still a …” after a stop', 'Guy I ticketed this morning argued for twenty minutes. He’s still a moron.'],
  ])('warns (%s): %s', (_, t) => expectClause('disparagement', t, true));
});

describe('disparagement: idioms of betrayal and of lacking', () => {
  it.each(['Our captain has zero integrity.', 'The brass sold us out again for a press conference.', 'Admin hung us out to dry after the shooting review.', 'The deputy chief is a fraud.'])('warns: %s', (t) =>
    expectClause('disparagement', t, true),
  );
  it.each(['My wife has no clue where I hid her present.', 'Identity fraud is up this year, check your credit reports.', 'Grandpa sold us out to Grandma about the cookies.'])('does not warn: %s', (t) =>
    expectClause('disparagement', t, false),
  );
});

describe('disparagement: an insult someone aimed at the writer', () => {
  it('does not warn', () => expectClause('disparagement', 'My FTO called me a clown my first week. Now I train the new ones and tell them the same story.', false));
});

describe('disparagement: the people we serve, named as such', () => {
  it.each(['Honestly the people we deal with on nights are animals.', 'Overdosed again, third time this week. Let them rot.'])('warns: %s', (t) =>
    expectClause('disparagement', t, true),
  );
  it.each(['The people we serve deserve our best every single day.', 'I hate this town’s traffic, but I love the people.', 'Let them rest, they worked a double.'])('does not warn: %s', (t) =>
    expectClause('disparagement', t, false),
  );
});

describe('disparagement: sarcastic praise for someone met on a call', () => {
  it.each(['Booked another criminal mastermind tonight, he tried to hide in a dumpster.', 'Another model citizen in cuffs at the gas station.'])('warns: %s', (t) => expectClause('disparagement', t, true));
  it.each(['Congrats to my son, a real genius at math, top of his class!', 'Thirty years a pillar of this community, and we will miss her at the station.'])('does not warn: %s', (t) =>
    expectClause('disparagement', t, false),
  );
});

describe('disparagement: litter and sincere praise', () => {
  it.each(['Our neighbors are model citizens, they picked up every piece of trash after the parade.', 'Got the Model Citizen award at my kid’s school assembly today!'])('does not warn: %s', (t) =>
    expectClause('disparagement', t, false),
  );
});

describe('disparagement: harm wished on a class of people named by scorn', () => {
  it.each(['Somebody should just run over the bums camped under the bridge.', 'Honestly we need to lock the doors and gas these savages.'])('warns: %s', (t) =>
    expectClause('disparagement', t, true),
  );
  // A crime class or a protected group is another clause's matter; the threat alone stays violent-content.
  it.each(['A few of these gang members should be shot where they stand.', 'Somebody should run over the protesters on the bridge.'])('is violent-content only: %s', (t) => {
    expectClause('violent-content', t, true);
    expectClause('disparagement', t, false);
  });
});

describe('disparagement: complaining is not a name, and command by its other names', () => {
  it('does not warn on the verb', () => expectClause('disparagement', 'Come to the union meeting and bitch about the brass all you want.', false));
  it.each(['The upper echelon is full of morons lately.', 'The fifth floor is run by a band of ass clowns.'])('warns: %s', (t) => expectClause('disparagement', t, true));
});

describe('disparagement: two scorn words joined name a class of people met on the job', () => {
  it('warns', () => expectClause('disparagement', 'Friday nights bring the freaks and idiots out, and half of them call the police on each other.', true));
  it('does not warn on a team name', () => expectClause('disparagement', 'Coached the freaks and geeks team at the county fair trivia night, we won!', false));
});

describe('disparagement: wannabes and ineptitude in command', () => {
  it.each(['Our wannabe lieutenants spent the whole meeting whining.', 'Ineptitude at headquarters is why we lost three good cops.'])('warns: %s', (t) => expectClause('disparagement', t, true));
  it('does not warn on a wannabe chef at home', () => expectClause('disparagement', 'Wannabe chef here, tried a soufflé for the kids tonight and it collapsed lol.', false));
});

describe('disparagement: a thankless job, a right, a name the writer was called', () => {
  it.each([
    'Dispatch has a thankless job on holidays, bring them food.',
    'Every worker in this country is entitled to breaks, even the people we serve.',
    'Half my 911 calls end with someone yelling and calling me names, dumb bitch being the usual.',
  ])('does not warn: %s', (t) => expectClause('disparagement', t, false));
});
