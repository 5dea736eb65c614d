import { describe, it } from 'vitest';
import { expectClause } from './helpers';

const positives = [
  'Transgender people are mentally ill and shouldn’t be allowed to serve.',
  'Never trust an immigrant, they’re all gang members.',
  'Hindus and Sikhs are all the same to me, smelly and sneaky.',
  'Female officers are a liability.',
  "Can't stand Arabs.",
  'The Mexicans on my street play music too loud, typical of their kind.',
  'All Muslims are terrorists.',
  'Gay people shouldn’t be allowed to be cops.',
  'Women are too emotional to be detectives.',
  'Go back to your own country.',
  'Those wetbacks are at it again.',
  'Jews are greedy.',
];
const negatives = [
  'Proud of the women officers who mentored me.',
  'Hispanic Heritage Month festival downtown this weekend!',
  'Muslim community leaders joined our town hall tonight.',
  'Hate crimes against Asians are rising; please report them.',
  'Immigrants are not criminals, and the data shows it.',
  'My wife and I went to a Jewish deli in Raleigh.',
  'The Black Officers Association hosted a great scholarship dinner.',
  'Women are underrepresented in detective units.',
  'Gay pride parade route closes Main St on Saturday.',
  'Our Sikh colleague organised the langar for the whole squad.',
];

describe('discriminatory-content', () => {
  it.each(positives)('warns: %s', (t) => expectClause('discriminatory-content', t, true));
  it.each(negatives)('does not warn: %s', (t) => expectClause('discriminatory-content', t, false));
});

describe('discriminatory-content: a group called names by its origin, faith or colour', () => {
  it.each([
    'Those Haitian rats keep breaking into cars on my block.',
    'Half the shift was wasted on Iraqi savages again.',
    'Bunch of third world morons lining up at the clinic.',
    'Honestly, Guatemalans are the worst neighbors.',
    'Ugh, Jamaicans are the worst.',
  ])('warns: %s', (t) => expectClause('discriminatory-content', t, true));
  it.each([
    'Trapped three Norway rats in the shed this weekend.',
    'African wild dogs hunt in packs of up to twenty.',
    'Black scum all over the grout again, time for bleach.',
    'Grabbed a box of white trash bags on the way home.',
    'Our history unit covers Russian peasants under the tsars.',
    'Stop calling Somali kids rats. They are kids.',
    'Men are the worst at asking for directions lol.',
    'Mondays are the worst, send coffee.',
    'Immigrants are the worst hit by the rent increases.',
  ])('does not warn: %s', (t) => expectClause('discriminatory-content', t, false));
});

describe('discriminatory-content: masked slurs', () => {
  it.each([
    'Another night babysitting those n****s by the river.',
    'Sick of these sp*cs parking on my lawn.',
  ])('warns: %s', (t) => expectClause('discriminatory-content', t, true));
  it.each([
    'The principal suspended a boy for calling a classmate a f****t. Good.',
    'Someone wrote "k*ke" on the bakery window overnight. We stand with our neighbors.',
  ])('does not warn: %s', (t) => expectClause('discriminatory-content', t, false));
});

describe('discriminatory-content: slogans turned, sneers and exclusion by animal names', () => {
  it.each([
    'Brown lives dont really matter to me.',
    'Another attack downtown. Religion of peace strikes again.',
    'Religion of peace.',
    'Go back home, apes.',
    'Too many slants in line at the DMV today.',
  ])('warns: %s', (t) => expectClause('discriminatory-content', t, true));
  it.each([
    'Black lives do not matter to this council, only their donors do.',
    'People who say black lives dont matter have never met my neighbors.',
    'Islam is a religion of peace and our mosque feeds half the block every Friday.',
    'Go home, party animals, the bar is closing.',
    'Get out, cockroaches! The exterminator comes Monday.',
    'The garage roof slants toward the alley, so the gutter overflows.',
    'The Slants won their trademark case at the Supreme Court.',
  ])('does not warn: %s', (t) => expectClause('discriminatory-content', t, false));
});

describe('discriminatory-content: dehumanising words reported, not said', () => {
  it('does not warn when someone else is told to have said it', () =>
    expectClause('discriminatory-content', 'A fan two rows up shouted that Cubans are "animals" and got escorted out. Good riddance to him.', false),
  );
  it('warns when the writer says it', () => expectClause('discriminatory-content', 'Cubans are animals, all of them.', true));
});

describe('discriminatory-content: riddance of a group, and talk told of others', () => {
  it.each(['Eliminate the Somalis and crime drops overnight.', 'Keep those Haitians out of our schools.', 'We have to fight Muslims wherever they settle.'])('warns: %s', (t) =>
    expectClause('discriminatory-content', t, true),
  );
  it.each([
    'We crushed the Mexicans 3-0 in the Gold Cup, what a game.',
    "Nobody gets to destroy the Haitians' community garden. Volunteers Saturday.",
    'Our unit covers how Spain tried to drive the Jews out in 1492.',
    'In history class we read how the Nazis called Jews vermin before the camps.',
    'Heard a guy at the feed store say all refugees are cockroaches. Told him to knock it off.',
    'Somebody left flyers saying immigrants are "invaders" on every windshield. Trashed them all.',
    "I'm a deacon and gay and tired of people acting like that can't be true.",
  ])('does not warn: %s', (t) => expectClause('discriminatory-content', t, false));
});

describe('discriminatory-content: groups named by origin and a word for people', () => {
  it.each(['Ukrainian men are all liars.', 'Those Haitian families are a plague on this town.'])('warns: %s', (t) => expectClause('discriminatory-content', t, true));
  it.each(['Ukrainian families are settling in nicely at our church.', 'Russian people were so warm to us in St Petersburg.'])('does not warn: %s', (t) =>
    expectClause('discriminatory-content', t, false),
  );
});

describe('discriminatory-content: a people\'s adjective on a thing', () => {
  it('does not warn: get rid of the Japanese beetles', () => expectClause('discriminatory-content', 'How do I get rid of the Japanese beetles on my roses?', false));
});

describe('discriminatory-content: a group wished away or scorned whole', () => {
  it.each(['Vote every Muslim out of office.', 'This town would be better off without Somalis.', 'Refugees belong in cages.', 'Immigrants suck.', 'Hitler should have finished the job.'])('warns: %s', (t) =>
    expectClause('discriminatory-content', t, true),
  );
  it.each([
    'The Giants suck this year.',
    'My kids belong in a zoo today lol.',
    'Mexicans suck at defending corners in this World Cup.',
    'Our team is better off without the Irish striker.',
    'The seminar asked whether Europe was better without the Jews, the very question the Nazis answered with murder.',
    'Never say immigrants suck. My grandparents were immigrants.',
  ])('does not warn: %s', (t) => expectClause('discriminatory-content', t, false));
});

describe('discriminatory-content: the British cigarette', () => {
  it('does not warn on a fag break', () => expectClause('discriminatory-content', 'Nipped out for a fag break before the second half, freezing out there.', false));
  it('still warns on the slur', () => expectClause('discriminatory-content', 'Look at that fag in the pink shirt.', true));
});

describe('discriminatory-content: hate hashtags and compound slurs', () => {
  it.each(['Another one caught at the border. #DeportThemAll', 'Stay in your lane ladies #WomenSuck', 'look at these muzzrats downtown'])('warns: %s', (t) => expectClause('discriminatory-content', t, true));
  it('does not warn when the slogan is discussed as a conspiracy theory', () =>
    expectClause('discriminatory-content', 'Training today covered how extremists spread the "white genocide" conspiracy theory online.', false),
  );
});

describe('discriminatory-content: crime told as a wave, vermin at the border, the bigot described', () => {
  it.each(['Illegals are stealing everything that is not bolted down.', 'Every Somali I have met is a drug dealer.', 'These rats keep pouring into our country. Deport them.'])('warns: %s', (t) =>
    expectClause('discriminatory-content', t, true),
  );
  it.each(['So the anti-gay senator is a rapist after all. Shocking.', 'Rats got into the shed again. The border collie is useless at catching them.'])('does not warn: %s', (t) =>
    expectClause('discriminatory-content', t, false),
  );
});

describe('discriminatory-content: back to school', () => {
  it('does not warn on the end-of-summer hashtag', () => expectClause('discriminatory-content', 'Eleven weeks of summer and three broken lamps. Teachers, they are all yours! #SendThemBack', false));
  it('does not warn on a saying refuted', () => expectClause('discriminatory-content', 'Some guy at the gym told my niece girls can’t be cops. She starts the academy Monday.', false));
});

describe('discriminatory-content: antisemitic signs', () => {
  it.each(['Funny how the (((bankers))) always come out ahead.', 'Another round of Jew lawyers suing the county.'])('warns: %s', (t) => expectClause('discriminatory-content', t, true));
  it.each([
    'Training today: the (((echo))) is an antisemitic symbol, learn to spot it online.',
    'My grandmother was a Jew and proud of it.',
    'He was the first Jew elected to the county commission.',
    'The Jew’s harp is the oddest instrument in my dad’s collection.',
  ])('does not warn: %s', (t) => expectClause('discriminatory-content', t, false));
});

describe('discriminatory-content: more slurs by name', () => {
  it.each(['Typical swamp monkeys down by the river again.', 'Two hak gwai arguing outside the store.'])('warns: %s', (t) => expectClause('discriminatory-content', t, true));
  it('does not warn on eggnog', () => expectClause('discriminatory-content', 'Three eggnogs deep at the station party, send help.', false));
});

describe('discriminatory-content: coded slurs from hate-symbol glossaries', () => {
  it.each(['Another documentary pushing the holohoax, turn it off.', 'Of course the neighborhood filled up with groids.', 'Typical femoids, all of them.'])('warns: %s', (t) =>
    expectClause('discriminatory-content', t, true),
  );
  it('does not read a masked curse as one', () => expectClause('discriminatory-content', 'If he was begging he was breathing, stupid F---S.', false));
});

describe('discriminatory-content: tropes and coded exclusion', () => {
  it.each([
    'Zionists control Hollywood and congress, wake up.',
    'BLM my ass, same crowd riots every summer.',
    'We should never let women patrol alone at night.',
    'The alphabet people want their own liaison officer now.',
  ])('warns: %s', (t) => expectClause('discriminatory-content', t, true));
  it('does not warn on a deli', () => expectClause('discriminatory-content', 'Jewish people run the best deli in town, fight me.', false));
});
