import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../src/messages/schemas';
import { firstWarnedOffset, remainingWarnings, reviewItems } from '../../../extension/content/review/review-items';
import { isReviewEnabled } from '../../../extension/content/review/review-settings';
import { DEFAULT_SETTINGS } from '../../../src/settings/schema';

const finding = (over: Partial<Finding>): Finding => ({
  clause: 'disparagement', severity: 'medium', spans: [], message: 'This may criticize the Department', why: 'rule',
  exceptions: [], suggestion: { advice: 'say it differently' }, ...over,
});

const text = 'Great day. The chief is a clown and the DPD is useless. Case 23-001234 closed.';

describe('review items', () => {
  const findings = [
    finding({ clause: 'disparagement', spans: [{ start: 11, end: 31 }],
      exceptions: [{ id: 'public-concern', question: 'Is this a matter of public concern?', quote: 'q' }] }),
    finding({ clause: 'investigation-records', severity: 'high', spans: [{ start: text.indexOf('Case'), end: text.indexOf(' closed') }], message: 'Looks like a case number.' }),
    finding({ clause: 'identity-privacy', severity: 'info', spans: [{ start: 0, end: 5 }] }),
  ];

  it('lists high before medium, drops info (acknowledged or reminders)', () => {
    const items = reviewItems(findings, text);
    expect(items.map((i) => i.clause)).toEqual(['investigation-records', 'disparagement']);
    expect(remainingWarnings(findings)).toHaveLength(2);
  });
  it('gives one sentence each, the passage, and the exceptions as questions', () => {
    const [high, medium] = reviewItems(findings, text);
    expect(high).toMatchObject({ points: [{ excerpt: 'Case 23-001234', sentence: 'Looks like a case number.' }], questions: [] });
    expect(medium).toMatchObject({
      points: [{ excerpt: 'The chief is a clown', sentence: 'This may criticize the Department.' }],
      questions: ['Is this a matter of public concern?'],
    });
  });
  it('groups one clause\'s warnings and asks its exceptions once', () => {
    const q = [{ id: 'public-concern', question: 'Is this a matter of public concern?', quote: 'q' }];
    const items = reviewItems([
      finding({ spans: [{ start: 11, end: 20 }], message: 'First', exceptions: q }),
      finding({ spans: [{ start: 40, end: 50 }], message: 'Second', exceptions: q }),
      finding({ spans: [{ start: 0, end: 5 }], severity: 'high', message: 'Stronger', exceptions: q }),
    ], text);
    expect(items.map((i) => [i.severity, i.points.map((p) => p.sentence)])).toEqual([
      ['high', ['Stronger.']],
      ['medium', ['First.', 'Second.']],
    ]);
    expect(items[1]!.questions).toEqual(['Is this a matter of public concern?']);
  });
  it('does not repeat a passage the message already quotes', () => {
    const quoting = finding({ spans: [{ start: 11, end: 31 }], message: 'Calls the chief “The chief is a clown”' });
    expect(reviewItems([quoting], text)[0]!.points[0]!.excerpt).toBe('');
  });
  it('shortens long passages and survives spans past the end of the text', () => {
    const long = 'x'.repeat(300);
    expect(reviewItems([finding({ spans: [{ start: 0, end: 300 }] })], long)[0]!.points[0]!.excerpt).toHaveLength(80);
    expect(reviewItems([finding({ spans: [{ start: 500, end: 510 }] })], 'short')[0]!.points[0]!.excerpt).toBe('');
  });
  it('puts Edit on the earliest warned passage, ignoring info findings', () => {
    expect(firstWarnedOffset(findings)).toBe(11);
    expect(firstWarnedOffset([finding({ severity: 'info', spans: [{ start: 1, end: 2 }] })])).toBeUndefined();
  });
});

describe('review switch', () => {
  it('is on by default and off globally, per site, or when paused', () => {
    expect(isReviewEnabled(DEFAULT_SETTINGS, 'x')).toBe(true);
    expect(isReviewEnabled({ ...DEFAULT_SETTINGS, reviewOnPost: false }, 'x')).toBe(false);
    expect(isReviewEnabled({ ...DEFAULT_SETTINGS, reviewDisabledSites: ['x'] }, 'x')).toBe(false);
    expect(isReviewEnabled({ ...DEFAULT_SETTINGS, reviewDisabledSites: ['x'] }, 'reddit')).toBe(true);
    expect(isReviewEnabled({ ...DEFAULT_SETTINGS, disabledSites: ['reddit'] }, 'reddit')).toBe(false);
    expect(isReviewEnabled({ ...DEFAULT_SETTINGS, paused: true }, 'reddit')).toBe(false);
    expect(isReviewEnabled(DEFAULT_SETTINGS, undefined)).toBe(true);
  });
});

describe('deepCheckNote', () => {
  it('says nothing while off or answered, says why when unavailable, and when still reading', async () => {
    const { deepCheckNote } = await import('../../../extension/content/review/review-items');
    expect(deepCheckNote(undefined, false)).toBeNull();
    expect(deepCheckNote({ state: 'off' }, false)).toBeNull();
    expect(deepCheckNote({ state: 'available' }, true)).toBeNull();
    expect(deepCheckNote({ state: 'available' }, false)).toMatch(/not finished/);
    expect(deepCheckNote({ state: 'unavailable', reason: 'this device is too small.' }, false)).toBe('The on-device deep check is unavailable: this device is too small.');
  });
});
