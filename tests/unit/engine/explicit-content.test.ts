import { describe, it } from 'vitest';
import { expectClause } from './helpers';

const positives = [
  'New p*rn site just dropped, link in bio, totally n$fw',
  'Check out my n a k e d pics, DM me.',
  'Check out my n.a.k.e.d pics',
  'Just uploaded a s3x tape, XXX link below',
  'Send nudes, ladies ;)',
  'Who wants to see the video of her topless at the party? lol',
  'My 0nlyfans is live, subscribe',
  'pr0n marathon tonight',
  'NSFW: spicy pics from the weekend',
  'Sending you some n\u200Bu\u200Bd\u200Be\u200Bs tonight',
  'Ｎｕｄｅｓ for sale',
];
const negatives = [
  'The sexual assault charge was dismissed by the DA.',
  'Registered sex offender moved near the school, per the state registry.',
  'She graduated magna cum laude from NC Central!',
  'The naked truth is that we need more officers.',
  'Check out my new car, sexy right?',
  'Sexual harassment training was actually useful this year.',
  'Breast cancer walk this Saturday, wear pink.',
  'Took the kids to the pumpkin patch.',
  'Same-sex marriage has been legal here for years.',
  'Dick’s Sporting Goods has a sale on running shoes.',
];

describe('explicit-content', () => {
  it.each(positives)('warns: %s', (t) => expectClause('explicit-content', t, true));
  it.each(negatives)('does not warn: %s', (t) => expectClause('explicit-content', t, false));
});
