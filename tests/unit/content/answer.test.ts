import { describe, expect, it } from 'vitest';
import { parseEvaluateAnswer } from '../../../extension/content/answer';

const finding = {
  clause: 'official-voice', severity: 'high', spans: [{ start: 0, end: 5 }], message: 'm', why: 'w',
  exceptions: [], suggestion: { advice: 'a', replacement: 'r' },
};

describe('parseEvaluateAnswer', () => {
  it('accepts a valid answer for the composer that asked', () => {
    expect(parseEvaluateAnswer({ type: 'draft/result', composerId: 'c1', seq: 3, findings: [finding] }, 'c1')).toEqual({
      kind: 'result', seq: 3, findings: [finding],
    });
  });
  it('refuses answers for another composer, malformed answers and errors', () => {
    expect(parseEvaluateAnswer({ type: 'draft/result', composerId: 'c2', seq: 3, findings: [] }, 'c1').kind).toBe('failed');
    expect(parseEvaluateAnswer({ type: 'draft/result', composerId: 'c1', seq: 3, findings: [{ ...finding, severity: 'huge' }] }, 'c1').kind).toBe('failed');
    expect(parseEvaluateAnswer({ error: 'malformed message' }, 'c1').kind).toBe('failed');
    expect(parseEvaluateAnswer(undefined, 'c1').kind).toBe('failed');
  });
});
