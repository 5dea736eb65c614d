// Who may send what: popup-only messages (a tab's report, acknowledgements)
// only from our own pages, told apart by URL (an extension page in a tab has a
// tab id too); a content script's draft is filed under its frame's host,
// whatever site it claims.
import { describe, expect, it } from 'vitest';
import { BackgroundState, handleMessage, type SenderInfo } from '../../../extension/background/handle-message';
import { DEFAULT_SETTINGS } from '../../../src/settings/schema';

const ID = 'ext';
const contentScript: SenderInfo = { extensionId: ID, senderId: ID, tabId: 7, host: 'www.reddit.com' };
const popupInTab: SenderInfo = { extensionId: ID, senderId: ID, tabId: 9, host: undefined, extensionPage: true };
const DRAFT = 'Speaking for the whole Durham PD, thank you for coming out tonight.';

describe('sender rules', () => {
  it('report/get and finding/acknowledge are refused from a content script, answered for an extension page (also one in a tab)', () => {
    const state = new BackgroundState();
    for (const msg of [{ type: 'report/get', tabId: 7 }, { type: 'finding/acknowledge', tabId: 7, clause: 'official-voice', acknowledged: true }]) {
      expect(handleMessage(msg, contentScript, state, DEFAULT_SETTINGS)).toMatchObject({ ok: false, error: expect.stringMatching(/extension pages only/) });
      expect(handleMessage(msg, popupInTab, state, DEFAULT_SETTINGS).ok).toBe(true);
    }
    expect(state.tab(7).acknowledged.size).toBe(1);
  });

  it("a content script's draft is filed under its frame's host, not the site it names", () => {
    const state = new BackgroundState();
    const r = handleMessage({ type: 'draft/evaluate', composerId: 'c', seq: 1, site: 'www.linkedin.com', text: DRAFT }, contentScript, state, DEFAULT_SETTINGS);
    expect(r.ok).toBe(true);
    expect(state.report(7).site).toBe('www.reddit.com');
  });
});
