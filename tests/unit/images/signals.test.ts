import { describe, expect, it } from 'vitest';
import { cleanOcrText, combineSignals } from '../../../src/images/signals';

describe('combineSignals', () => {
  it('merges each check’s part, strongest value wins, scores clamped to 0..1', () => {
    expect(combineSignals([{ hasGps: true, hasOwnerFields: false }, { insigniaMatch: 0.93 }, { faceCount: 2 }, { explicitScore: 1.7 }, { insigniaMatch: 0.2 }])).toEqual({
      hasGps: true,
      hasOwnerFields: false,
      insigniaMatch: 0.93,
      faceCount: 2,
      explicitScore: 1,
    });
  });

  it('a failed or timed-out check (empty part) adds nothing', () => {
    expect(combineSignals([{}, {}])).toEqual({});
  });

  it('keeps OCR words and numbers, drops OCR noise lines', () => {
    expect(cleanOcrText('POLICE\n~~ |||\n  BADGE   #  4471 \n:;')).toBe('POLICE\nBADGE # 4471');
    expect(combineSignals([{ ocrText: '|| ~' }])).toEqual({});
  });
});
