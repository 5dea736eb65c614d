import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/engine';
import { expectClause } from './helpers';

const positives = [
  'That guy who stole my bike deserves a bullet.',
  "If I see that protester again I'm going to break every bone in his face.",
  'Some people just need to be choked out until they stop moving.',
  'Looters should be shot on sight.',
  'That driver who cut me off deserves to get his head smashed in.',
  "I'm going to kill my neighbor if he parks in my spot again.",
  'Rioters should be beaten until they learn.',
  'Someone needs to shoot that guy.',
  'Ill beat him senseless next time',
  'I want to str@ngle my ex.',
  'They should all be hanged.',
];
const negatives = [
  'Qualified at the range today, shot a 98.',
  'Rifle qualification went well, new sights helped.',
  'Use-of-force training all day, long but useful.',
  'He was arrested on an assault charge after the fight at the bar.',
  'Kill the engine before you pump gas.',
  'Kill the lights when you leave the garage.',
  'The suspect in this murder mystery was obvious.',
  "I'm going to beat you at chess tonight.",
  'Shooting some hoops at the Y tonight.',
  'A man was shot on Main St last night; police are asking for tips.',
  'How do I kill a frozen process in Linux?',
];

describe('violent-content', () => {
  it.each(positives)('warns: %s', (t) => expectClause('violent-content', t, true));
  it.each(negatives)('does not warn: %s', (t) => expectClause('violent-content', t, false));
});

describe('violent-content: a harmful order joined to another', () => {
  it.each(['Go find the protesters and shoot them.', 'Round them up and then kill them all.', 'Just go to the camp and stab the junkies.'])('warns: %s', (t) =>
    expectClause('violent-content', t, true),
  );
  it.each([
    'Go home and kill the lights, movie starts at nine.',
    'Go to the range and shoot some steel targets.',
    "Let's go shoot some pool after work, loser buys.",
    "Don't go down there and shoot anyone, call for backup.",
  ])('does not warn: %s', (t) => expectClause('violent-content', t, false));
});

describe('violent-content: regret that a person lived or that nobody died', () => {
  it.each(['Too bad the carjacker survived.', 'Shame none of those looters got shot.', 'Pity he made it.', 'Too bad nobody got hurt at that rally.'])('warns: %s', (t) =>
    expectClause('violent-content', t, true),
  );
  it.each([
    'Too bad none of my peppers survived the frost.',
    'He is survived by his wife and three grandchildren. Such a shame.',
    "Too bad he didn't make it, he was the best training officer I had.",
    'Shame she lived so far from the station.',
    'Too bad nobody came to the cookout.',
  ])('does not warn: %s', (t) => expectClause('violent-content', t, false));
});

describe('violent-content: forecasts and kitchen hyperbole', () => {
  it.each([
    'No sidewalks on Elm and somebody is going to get run over one of these nights.',
    'Roller rink rule: fall down and you will get run over by a kid on skates.',
    'Gonna kill my husband, he finished the ice cream again.',
  ])('does not warn: %s', (t) => expectClause('violent-content', t, false));
  it('still warns on a threat to someone close with no trifle', () => expectClause('violent-content', "I'm going to kill my wife when I get home.", true));
});

describe('violent-content: harm put as the consequence of crossing the writer', () => {
  it.each(['Step onto my porch again and you will get hurt.', 'Block my cruiser one more time, your getting your ass tased.', 'Get off my property or get shot.'])('warns: %s', (t) =>
    expectClause('violent-content', t, true),
  );
  it.each([
    'If you get shot, pack the wound and call 911.',
    'My advice for deer season: wear orange in the woods or get shot by a careless hunter.',
    'I told my son if you get hit in dodgeball you sit out.',
    'In my city you can get shot walking to the store and it breaks my heart.',
  ])('does not warn: %s', (t) => expectClause('violent-content', t, false));
});

describe('violent-content: an order names its object', () => {
  it('reports the order with whom it is aimed at', () => {
    const f = evaluate({ text: 'Body bags for every one of these barbarians.' }).find((x) => x.clause === 'violent-content');
    expect(f?.message).toContain('barbarians');
  });
});

describe('violent-content: a joined order needs its object at once', () => {
  it('does not warn: Grab the tripod and shoot the reunion, my aunt said. Nine hours later…', () =>
    expectClause('violent-content', 'Grab the tripod and shoot the reunion, my aunt said. Nine hours later my back is done.', false),
  );
});

describe('violent-content: a phrasal harm split by its victim', () => {
  it.each(["I'd f*** that dude up if he touched my truck.", 'We should rough those looters up.'])('warns: %s', (t) => expectClause('violent-content', t, true));
  it.each(["I'd mess that up for sure, I can't bake.", 'I knocked them out of the bracket in round one.', 'I would beat them silly at Mario Kart.'])('does not warn: %s', (t) =>
    expectClause('violent-content', t, false),
  );
});

describe('violent-content: wishes put as a question or after another fate', () => {
  it.each([
    "So why haven't those crooks been hanged yet?",
    "Why hasn't anyone shot that thug?",
    'Dirty senators should be tried and then shot.',
    'People like that should be beheaded.',
  ])('warns: %s', (t) => expectClause('violent-content', t, true));
  it.each([
    "Why haven't they been fired yet?",
    "Why hasn't anyone fixed the pothole on Main?",
    "Why didn't they arrest him on the spot?",
    'Throw a party and hang the lights.',
    'Send the kids to camp and shoot some photos for grandma.',
    'The old mill should be demolished or nuked lol.',
  ])('does not warn: %s', (t) => expectClause('violent-content', t, false));
});

describe('violent-content: an order joined after a proposal', () => {
  it('warns: we need to try them and then hang them', () => expectClause('violent-content', 'We need to try the traitors and then hang them on TV.', true));
  it('does not warn: we should take the kids and hang the lights', () => expectClause('violent-content', 'We should take the kids and hang the lights this weekend.', false));
});

describe('violent-content: violence intended or approved against a whole group', () => {
  it.each(["I'm going to hurt all the immigrants on my street.", 'I fully support the extermination of the Muslims.'])('warns: %s', (t) => expectClause('violent-content', t, true));
  it.each([
    'We will destroy the Mexicans tonight in the Gold Cup final!',
    'History unit: the extermination of the Jews began with words and laws.',
    'They kill Muslims and we kill Christians, said the film, and nobody wins.',
    'I will never hurt immigrants, I help them.',
  ])('does not warn: %s', (t) => expectClause('violent-content', t, false));
});

describe('violent-content: a people\'s adjective on a thing or a contest', () => {
  it.each(['We should kill the Irish side at the pub quiz tonight.', "Ima kill these Polish pierogis at the festival.", 'I want to destroy the Italians at bocce this Sunday.'])('does not warn: %s', (t) =>
    expectClause('violent-content', t, false),
  );
});

describe('violent-content: force enjoyed', () => {
  it.each(['Honestly nothing beats a shift of thumping the drunks outside the bars, most fun I have all week. Best part is thumping them.', 'Had a blast roughing up a few protesters downtown.', 'Love tasing the junkies, they never learn.'])('warns: %s', (t) =>
    expectClause('violent-content', t, true),
  );
  it.each([
    'Had a blast shooting with the guys at the range today.',
    'Nothing like beating my brother at Mario Kart.',
    'Had fun shooting the breeze with the neighbors tonight.',
    'Enjoyed shooting my nephew’s senior photos this weekend!',
    'Had a blast punching the bag at boxing class.',
  ])('does not warn: %s', (t) => expectClause('violent-content', t, false));
});

describe('violent-content: a vehicle or a tool of force wished on a crowd', () => {
  it.each(['Marchers shutting down the Durham Freeway. Floor it.', 'If the mob surrounds your truck, step on the gas.', 'These rioters look thirsty. Somebody bring out the water cannon.'])('warns: %s', (t) =>
    expectClause('violent-content', t, true),
  );
  it.each([
    'Big crowd at the game, somebody get that man a fire hose for his hot wings lol',
    'Police used water cannons on protesters in Paris last night.',
    'Should police ever use water cannons on protesters? I do not think so.',
    'When the game lets out, hit the gas and beat the traffic home.',
    'Protesters were peaceful today. Do not hit the gas near a march, wait it out.',
    'Speed bumps on our street finally approved! Activists at the council meeting cheered.',
  ])('does not warn: %s', (t) => expectClause('violent-content', t, false));
});

describe('violent-content: a death approved once it happened', () => {
  it.each(['Whoever shot him did the world a favor.', 'Shot fleeing a stop. Natural selection at work.', 'The guy who died in the standoff had it coming. Oh well.'])('warns: %s', (t) =>
    expectClause('violent-content', t, true),
  );
  it.each([
    'My phone died halfway through the parade. Oh well, the pictures were blurry anyway.',
    'I died laughing at the retirement roast. Karma for every prank he pulled.',
    'Grandpa passed last night. Rest easy, we love you. Oh well is what he would say, and then tell a joke.',
    'Dying to see the new Marvel movie. Karma says it will be sold out.',
    'The tomato plants are dead. Natural selection in my garden.',
  ])('does not warn: %s', (t) => expectClause('violent-content', t, false));
});

describe('violent-content: tools held, chants quoted, knocked out of a contest', () => {
  it.each([
    'The firefighters let the kids hold the fire hose at the open house. Best day ever.',
    'Water balloon war on our street. "Soak them!" was the battle cry and the dads lost.',
    'We should knock them out of the playoffs if the defense shows up.',
  ])('does not warn: %s', (t) => expectClause('violent-content', t, false));
  it.each(['Nothing like tuning up a mouthy drunk at 2am.', 'Protesters on the bridge again. My cousin would have floored it.'])('warns: %s', (t) => expectClause('violent-content', t, true));
});

describe('violent-content: a curse of rape', () => {
  it('warns', () => expectClause('violent-content', 'Get raped, you worthless troll.', true));
  it('does not warn on a contest', () => expectClause('violent-content', 'We are gonna beat your ass at kickball Saturday, Station 4.', false));
});

describe('violent-content: a tally of the dead', () => {
  it('warns', () => expectClause('violent-content', 'Saw the news. One thug down, plenty more to go.', true));
  it.each(['One kid down for a nap, two to go.', 'Another loser down, Bulls win the series!'])('does not warn: %s', (t) => expectClause('violent-content', t, false));
});

describe('violent-content: death wished on all of a kind, whatever names them', () => {
  it('warns', () => expectClause('violent-content', 'I wish all the boatloads of them would just drown.', true));
  it.each(['I wish all my houseplants would just die already.', 'Praying all the cancer cells just die this round.'])('does not warn: %s', (t) => expectClause('violent-content', t, false));
});

describe('violent-content: deaths approved, and the guards learned from review round 14', () => {
  it('warns when the person opens the sentence', () => expectClause('violent-content', 'Dude I arrested twice last year got shot over the weekend. No tears here.', true));
  it.each([
    'My Monstera died and honestly I won’t lose sleep over it.',
    'The old video store downtown is finally gone. Good riddance to that eyesore.',
    'I wish all these weeds would just die already.',
  ])('does not warn: %s', (t) => expectClause('violent-content', t, false));
});

describe('violent-content: a wish with an adverb between', () => {
  it('warns', () => expectClause('violent-content', 'Anyone who burns a flag should immediately be shot.', true));
  it('does not warn on a warrant', () => expectClause('violent-content', 'The search warrant should immediately be executed at dawn.', false));
});

describe('violent-content: a beating whose particle follows the victim', () => {
  it.each(['I would like to rough the inmates up a bit.', 'We should towel the suspects up.'])('warns: %s', (t) => expectClause('violent-content', t, true));
  it.each(['We should beat the traffic up the hill before noon.', 'Time to tune the bike up for spring.'])('does not warn: %s', (t) => expectClause('violent-content', t, false));
});

describe('violent-content: what happened, asked about or named, is not wished', () => {
  it.each([
    'Tell me what looting a sneaker shop has to do with grieving a dead kid.',
    'My first partner, we’ll call him Dave, was killed responding to a robbery in 2011.',
    'How many officers must be murdered before the council listens?',
    'A Molotov cocktail flew over the line while the crowd emptied the stores.',
    'Before roll call we traded the gory stories from our first year.',
  ])('does not warn: %s', (t) => expectClause('violent-content', t, false));
  it('still warns on a Molotov thrown at people', () => expectClause('violent-content', 'Someone should throw a Molotov at their camp tonight.', true));
});

describe('violent-content: a wish to watch people hurt', () => {
  it.each(['Can’t wait to see these protesters hanged.', 'I want to see those rioters shot, simple as that.'])('warns: %s', (t) => expectClause('violent-content', t, true));
  it.each(['I love seeing the kids burn off energy at the park.', 'I want to see my grandparents before they die.', 'Love watching the leaves die back in October.'])('does not warn: %s', (t) =>
    expectClause('violent-content', t, false),
  );
});

describe('violent-content: a count reached, and garden things buried', () => {
  it.each(['At this rate we break 80 officers short before Christmas.', 'Pile of windfall apples in the yard, do I bury them or toss them on the compost?'])('does not warn: %s', (t) =>
    expectClause('violent-content', t, false),
  );
  it('still warns on a threat', () => expectClause('violent-content', 'I will break his jaw if he comes back.', true));
});

describe('violent-content: police idioms for force', () => {
  it.each([
    'Rubber bullets are the only language that crowd understands.',
    'Those kids will find out fast what a nightstick feels like.',
    'If I ever find the guy who slashed my tires, that punk will not need a lawyer. He will need a surgeon.',
    'The mayor could fall off the pier and I’d throw him an anchor.',
    'Whoever fires on an officer should never make it to the ER.',
    'Mouthed off the whole way to the car. Her head met the doorframe getting in.',
    'They should have bulldozed the camp with them still inside the tents.',
    'If the ballot box fails us, remember the ammo box.',
    'Best part of my night was hearing the suspect scream when the dog got him.',
    'A taser would fix that attitude real fast.',
    'Pedophiles deserve a slip in the shower in county.',
  ])('warns: %s', (t) => expectClause('violent-content', t, true));
  it.each([
    'English is the only language my toddler understands so far.',
    'I slipped in the shower this morning, ouch.',
    'My son’s head met the door frame again, he’s fine, just a bump.',
    'Best part of the movie was hearing her scream at the jump scare.',
    'Good coffee fixes my attitude every morning.',
  ])('does not warn: %s', (t) => expectClause('violent-content', t, false));
});
