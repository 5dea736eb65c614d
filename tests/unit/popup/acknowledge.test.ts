// The popup's "considered for this draft": the background drops the clause to
// info for that tab's current draft only, in memory, with instant undo; and the
// report carries the flagged words so the popup can show them.
import { describe, expect, it } from 'vitest';
import { BackgroundState, handleMessage, withExcerpt, type SenderInfo } from '../../../extension/background/handle-message';
import { ReportSchema } from '../../../src/messages/schemas';
import { DEFAULT_SETTINGS } from '../../../src/settings/schema';
import type { Finding } from '../../../src/messages/schemas';

const ext = 'ext-id';
const tab: SenderInfo = { extensionId: ext, senderId: ext, tabId: 7, host: 'x.com' };
const popup: SenderInfo = { extensionId: ext, senderId: ext, tabId: undefined, host: undefined, extensionPage: true };
const DRAFT = 'Heading to the game tonight with the family.';
// On a City device every non-empty draft gets the (medium) city-equipment note: an engine finding that does not depend on wording.
const SETTINGS = { ...DEFAULT_SETTINGS, cityDevice: true };
const CLAUSE = 'city-equipment';

function send(state: BackgroundState, msg: unknown, sender: SenderInfo) {
  const r = handleMessage(msg, sender, state, SETTINGS);
  if (!r.ok) throw new Error(r.error);
  return r.response;
}
const evaluateDraft = (state: BackgroundState, text: string, composerId = 'c1') =>
  send(state, { type: 'draft/evaluate', composerId, seq: 1, site: 'x.com', text }, tab);
const report = (state: BackgroundState) => ReportSchema.parse(send(state, { type: 'report/get', tabId: 7 }, popup));
const ack = (state: BackgroundState, clause: string, acknowledged: boolean) =>
  send(state, { type: 'finding/acknowledge', tabId: 7, clause, acknowledged }, popup);

describe('report for the popup', () => {
  const finding: Finding = {
    clause: 'x', severity: 'high', message: '', why: '', exceptions: [], suggestion: { advice: '' },
    spans: [{ start: 4, end: 9 }, { start: 21, end: 26 }, { start: 4, end: 9 }],
  };
  it('carries the flagged words as an excerpt (each once), capped in length', () => {
    expect(withExcerpt(finding, 'The chief is an ass, total idiot').excerpt).toBe('chief … total');
    expect(withExcerpt({ ...finding, spans: [{ start: 0, end: 5000 }] }, 'a'.repeat(5000)).excerpt!.length).toBeLessThanOrEqual(240);
    expect(withExcerpt({ ...finding, spans: [] }, 'text').excerpt).toBeUndefined();
  });
});

describe('finding/acknowledge', () => {
  it('drops the clause to info at once, and undo restores it', () => {
    const state = new BackgroundState();
    evaluateDraft(state, DRAFT);
    const before = report(state).findings.find((f) => f.clause === CLAUSE)!;
    expect(before.severity).not.toBe('info');

    ack(state, CLAUSE, true);
    const after = report(state).findings.find((f) => f.clause === CLAUSE)!;
    expect(after.severity).toBe('info');
    expect(after.downgradedBy).toBe('acknowledged');

    ack(state, CLAUSE, false);
    expect(report(state).findings.find((f) => f.clause === CLAUSE)!.severity).toBe(before.severity);
  });

  it('holds while the member keeps editing the same draft, and the content script sees it too', () => {
    const state = new BackgroundState();
    evaluateDraft(state, DRAFT);
    ack(state, CLAUSE, true);
    const res = evaluateDraft(state, `${DRAFT} Really.`) as { findings: { clause: string; severity: string }[] };
    expect(res.findings.find((f) => f.clause === CLAUSE)!.severity).toBe('info');
  });

  it('ends with the draft: an emptied composer or a closed one forgets it', () => {
    const state = new BackgroundState();
    evaluateDraft(state, DRAFT);
    ack(state, CLAUSE, true);
    evaluateDraft(state, '');
    evaluateDraft(state, DRAFT);
    expect(report(state).findings.find((f) => f.clause === CLAUSE)!.severity).not.toBe('info');

    ack(state, CLAUSE, true);
    send(state, { type: 'composer/gone', composerId: 'c1' }, tab);
    evaluateDraft(state, DRAFT, 'c2');
    expect(report(state).findings.find((f) => f.clause === CLAUSE)!.severity).not.toBe('info');
  });
});
