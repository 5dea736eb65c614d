import { describe, expect, it, vi } from 'vitest';
import { BackgroundState, handleMessage, type SenderInfo } from '../../../extension/background/handle-message';
import { DEFAULT_SETTINGS } from '../../../src/settings/schema';

const sender: SenderInfo = { extensionId: 'me', senderId: 'me', tabId: 7, host: 'x.com' };
const evaluateDraft = (state: BackgroundState, text: string) =>
  handleMessage({ type: 'draft/evaluate', composerId: 'c1', seq: 1, site: 'x.com', text }, sender, state, DEFAULT_SETTINGS);

describe('image signals in the background state', () => {
  it('a composer’s finished image signals join its draft’s evaluation; pending ones do not', () => {
    const state = new BackgroundState();
    const tab = state.tab(7);
    const c = state.images.composer(tab, 'c1');
    c.images.set('a', { jobId: 'j1', signals: { hasGps: true } });
    c.images.set('b', { jobId: 'j2' });
    const r = evaluateDraft(state, 'Nice day at the lake');
    expect(r.ok && (r.response as { findings: { clause: string }[] }).findings.map((f) => f.clause)).toEqual(['identity-privacy']);
    expect(state.report(7).findings.map((f) => f.clause)).toEqual(['identity-privacy']);
    expect(c.draft).toEqual({ text: 'Nice day at the lake', site: 'x.com', seq: 1 });
  });

  it('composer/gone forgets its images and cancels the checks still running', () => {
    const state = new BackgroundState();
    const cancel = vi.fn();
    state.images.onCancel = cancel;
    const c = state.images.composer(state.tab(7), 'c1');
    c.images.set('a', { jobId: 'j1', signals: {} });
    c.images.set('b', { jobId: 'j2' });
    handleMessage({ type: 'composer/gone', composerId: 'c1' }, sender, state, DEFAULT_SETTINGS);
    expect(cancel).toHaveBeenCalledWith(['j2']);
    expect(state.images.composer(state.tab(7), 'c1').images.size).toBe(0);
  });
});
