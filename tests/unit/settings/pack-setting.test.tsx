// @vitest-environment happy-dom
// The `pack` setting: Durham by default, only registered ids, chosen on the
// options page or by the department; the background evaluates with it.
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BackgroundState, handleMessage, type SenderInfo } from '../../../extension/background/handle-message';
import { SettingsForm } from '../../../extension/ui/settings-form';
import { effectiveSettings } from '../../../src/settings/effective';
import { DEFAULT_SETTINGS, parseSettings, type Settings } from '../../../src/settings/schema';

afterEach(cleanup);

const SIGNED = 'Road closed on the west side tonight, plan another route. — SLCPD';

function evaluateWith(settings: Settings) {
  const sender: SenderInfo = { extensionId: 'e', senderId: 'e', tabId: 3, host: 'x.com' };
  const r = handleMessage({ type: 'draft/evaluate', composerId: 'c', seq: 1, site: 'x.com', text: SIGNED }, sender, new BackgroundState(), settings);
  if (!r.ok) throw new Error(r.error);
  return (r.response as { findings: { clause: string; severity: string }[] }).findings;
}

describe('pack setting', () => {
  it('defaults to the Durham pack and accepts only registered ids', () => {
    expect(DEFAULT_SETTINGS.pack).toBe('durham-go-2032-r2');
    expect(parseSettings({ pack: 'salt-lake-city-52-7' }).settings.pack).toBe('salt-lake-city-52-7');
    const bad = parseSettings({ pack: 'elsewhere-pd' });
    expect(bad.settings.pack).toBe('durham-go-2032-r2');
    expect(bad.problems).toEqual(['pack']);
  });

  it("the department's choice applies and locks", () => {
    const e = effectiveSettings({ pack: 'durham-go-2032-r2' }, { pack: 'salt-lake-city-52-7' });
    expect(e.settings.pack).toBe('salt-lake-city-52-7');
    expect(e.locked).toEqual(['pack']);
  });

  it('the background evaluates with the chosen pack', () => {
    expect(evaluateWith(DEFAULT_SETTINGS).some((f) => f.clause === 'official-voice')).toBe(false);
    const slc = evaluateWith({ ...DEFAULT_SETTINGS, pack: 'salt-lake-city-52-7' });
    expect(slc.find((f) => f.clause === 'official-voice')?.severity).toBe('high');
  });

  it('the options form offers every pack, saves the choice, and locks it when the department set it', () => {
    const save = vi.fn();
    render(<SettingsForm settings={DEFAULT_SETTINGS} locked={[]} problems={[]} save={save} requestHost={async () => true} />);
    const slc = screen.getByRole('radio', { name: 'Salt Lake City Police Department' }) as HTMLInputElement;
    expect((screen.getByRole('radio', { name: 'Durham Police Department' }) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(slc);
    expect(save).toHaveBeenCalledWith({ pack: 'salt-lake-city-52-7' });
    cleanup();
    render(<SettingsForm settings={{ ...DEFAULT_SETTINGS, pack: 'salt-lake-city-52-7' }} locked={['pack']} problems={[]} save={save} requestHost={async () => true} />);
    expect((screen.getByRole('radio', { name: 'Salt Lake City Police Department' }) as HTMLInputElement).disabled).toBe(true);
  });
});
