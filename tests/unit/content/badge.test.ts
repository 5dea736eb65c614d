import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../src/messages/schemas';
import { aboutTheDraft, countable } from '../../../extension/content/ui/overlay';

const f = (severity: Finding['severity'], spans: Finding['spans'] = [], extra: Partial<Finding> = {}): Finding => ({
  clause: 'c', severity, spans, message: '', why: '', exceptions: [], suggestion: { advice: '' }, ...extra,
});

describe('what earns a badge', () => {
  it('a note about the site alone (present whatever is typed) does not', () => {
    expect([f('info')].filter(aboutTheDraft)).toEqual([]);
  });
  it('warnings, notes on words of the draft, and image findings do', () => {
    expect(aboutTheDraft(f('high'))).toBe(true);
    expect(aboutTheDraft(f('medium'))).toBe(true);
    expect(aboutTheDraft(f('info', [{ start: 0, end: 4 }], { downgradedBy: 'acknowledged' }))).toBe(true);
    expect(aboutTheDraft(f('info', [], { image: 0 }))).toBe(true);
  });
  it('only warnings are counted on it', () => {
    expect(countable([f('high'), f('info', [{ start: 0, end: 1 }]), f('medium')])).toBe(2);
  });
});
