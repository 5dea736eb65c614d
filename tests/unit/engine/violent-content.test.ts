import { describe, it } from 'vitest';
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
