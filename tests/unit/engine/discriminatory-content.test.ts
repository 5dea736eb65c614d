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
