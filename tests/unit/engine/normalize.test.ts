import { describe, expect, it } from 'vitest';
import { normalize, wordKey } from '../../../src/engine/normalize';

const keys = (t: string) => normalize(t).tokens.map((x) => x.key);

describe('normalize', () => {
  it.each([
    ['p*rn', 'porn'],
    ['n$fw', 'nsfw'],
    ['1d10t', 'idiot'],
    ['m0r0n', 'moron'],
    ['stuuupid', 'stupid'],
    ['a$$', 'ass'],
    ['department’s', 'department'],
    ['don’t', 'dont'],
    ['10pm', '10pm'],
    ['2016', '2016'],
  ])('word key of %s is %s', (raw, key) => expect(wordKey(raw.toLowerCase().replace('’', "'"))).toBe(key));

  it('joins letter-spacing with spaces, dots and hyphens', () => {
    expect(keys('n a k e d pics')).toEqual(['naked', 'pics']);
    expect(keys('n.a.k.e.d pics')).toEqual(['naked', 'pics']);
    expect(keys('n-a-k-e-d pics')).toEqual(['naked', 'pics']);
    expect(keys('I am a cop')).toEqual(['i', 'am', 'a', 'cop']);
  });

  it('keeps numbers as numbers: a range is not a spaced-out word, and zeros are not a stretched letter', () => {
    expect(keys('working a 9-5 job')).toEqual(['working', 'a', '9', '5', 'job']);
    expect(keys('won 3 - 1 tonight')).toEqual(['won', '3', '1', 'tonight']);
    expect(keys('since 2000, $1000 raised')).toEqual(['since', '2000', '1000', 'raised']);
    expect(keys('sooooo tired')).toEqual(['so', 'tired']);
  });

  it('reads dashes as a mask when the masked word is known, and as separators otherwise', () => {
    expect(keys('those f---ing clowns')).toEqual(['those', 'fucking', 'clowns']);
    expect(keys('full of s--t')).toEqual(['full', 'of', 'shit']);
    expect(keys('you dumb f---s')).toEqual(['you', 'dumb', 'fucks']);
    // Outlets print fewer dashes than letters, and en or em dashes: each dash stands for at least one letter.
    expect(keys('a f—–g joke')).toEqual(['a', 'fucking', 'joke']);
    expect(keys('called him a n--r')).toEqual(['called', 'him', 'a', 'nigger']);
    // One dash masks only with three known letters around it and a listed word; otherwise it joins words.
    expect(keys('what an a-hole')).toEqual(['what', 'an', 'asshole']);
    expect(keys('my e-mail and T-shirt')).toEqual(['my', 'e', 'mail', 'and', 't', 'shirt']);
    // Double hyphens between words (a typed dash) still separate them.
    expect(keys('tired--really tired')).toEqual(['tired', 'really', 'tired']);
    expect(keys('the x--y axis')).toEqual(['the', 'x', 'y', 'axis']);
    expect(keys('so--called experts')).toEqual(['so', 'called', 'experts']);
    // Dashes that end a word stand for a slur only when slurs outnumber the masked profanity and explicit words of that shape (insults such as "nitwit" are printed, not masked); otherwise they are punctuation.
    expect(keys('all those n----- out front')).toEqual(['all', 'those', 'nigger', 'out', 'front']);
    expect(keys('shut the d--- door')).toEqual(['shut', 'the', 'd', 'door']);
    expect(keys('what a p---- move')).toEqual(['what', 'a', 'p', 'move']);
    expect(keys('wait---what')).toEqual(['wait', 'what']);
    // An outlet's redaction inside a quote is the slur it stands for.
    expect(keys('dead (n-word) again')).toEqual(['dead', 'nword', 'again']);
    expect(keys('hunting [racial slur] lol')).toEqual(['hunting', 'nword', 'lol']);
    expect(keys('he said the n-word')).toEqual(['he', 'said', 'the', 'n', 'word']);
    // Spans still point at the masked word as written.
    const t = 'total f---ing mess';
    const tok = normalize(t).tokens[1]!;
    expect(t.slice(tok.start, tok.end)).toBe('f---ing');
  });

  it('folds look-alikes, fullwidth letters, diacritics and drops zero-width characters', () => {
    expect(keys('іdіоt')).toEqual(['idiot']); // Cyrillic і and о
    expect(keys('ＩＤＩＯＴ')).toEqual(['idiot']);
    expect(keys('idïót')).toEqual(['idiot']);
    expect(keys('id\u200Bi\u200Dot')).toEqual(['idiot']);
  });

  it('keeps digits in the text view: case numbers, times and phone numbers stay matchable', () => {
    const n = normalize('Case 2016-118832 at 10:30, call 919-555-0142');
    expect(n.text).toBe('case 2016-118832 at 10:30, call 919-555-0142');
  });

  it('maps every token back to the original UTF-16 offsets', () => {
    const text = '😀 Ｉ am n a k e d and a 1d10t';
    const n = normalize(text);
    const originals = n.tokens.map((t) => text.slice(t.start, t.end));
    expect(originals).toEqual(['Ｉ', 'am', 'n a k e d', 'and', 'a', '1d10t']);
    expect(n.tokens.map((t) => t.key)).toEqual(['i', 'am', 'naked', 'and', 'a', 'idiot']);
  });

  it('marks sentence ends in the word view', () => {
    expect(normalize('Pathetic. Really!').words).toBe(' pathetic . really . ');
  });
});
