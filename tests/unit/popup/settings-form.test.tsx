// @vitest-environment happy-dom
// The settings screens without a browser: department-managed values are
// locked, corrupt stored values are named, Mastodon servers need the host
// permission before they are saved.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/settings/schema';
import { normalizeHost, SettingsForm, type SettingsFormProps } from '../../../extension/ui/settings-form';
import { QuickSettings } from '../../../extension/popup/quick-settings';
import { OrderInfo } from '../../../extension/ui/order-info';
import { defaultPack } from '../../../src/policy';

afterEach(cleanup);

function renderForm(over: Partial<SettingsFormProps> = {}) {
  const props: SettingsFormProps = {
    settings: DEFAULT_SETTINGS,
    locked: [],
    problems: [],
    save: vi.fn(),
    requestHost: vi.fn(async () => true),
    ...over,
  };
  render(<SettingsForm {...props} />);
  return props;
}
const checkbox = (name: string | RegExp) => screen.getAllByRole('checkbox', { name })[0] as HTMLInputElement;

describe('settings form', () => {
  it('department-managed settings are disabled and say "Set by your department"; the rest stay editable', () => {
    renderForm({ settings: { ...DEFAULT_SETTINGS, cityDevice: true, sensitivity: 'strict' }, locked: ['cityDevice', 'sensitivity'] });
    expect(checkbox('City-device mode').disabled).toBe(true);
    expect(checkbox('City-device mode').checked).toBe(true);
    expect((screen.getByRole('radio', { name: 'Strict' }) as HTMLInputElement).disabled).toBe(true);
    expect((screen.getByRole('radio', { name: 'Balanced' }) as HTMLInputElement).disabled).toBe(true);
    expect(screen.getAllByText('Set by your department')).toHaveLength(2);
    expect(checkbox('Pause everywhere').disabled).toBe(false);
  });

  it('the City-device hint names the chosen order’s rule, or says the chosen order has none', () => {
    renderForm();
    expect(document.body.textContent).toContain('G.O. 2032 R-2, Use of City/Department Electronic Equipment');
    cleanup();
    renderForm({ settings: { ...DEFAULT_SETTINGS, pack: 'salt-lake-city-52-7' } });
    expect(document.body.textContent).not.toContain('G.O. 2032 R-2');
    expect(document.body.textContent).toContain('The chosen policy has no such rule, so nothing is shown.');
  });

  it('a locked list has no add field and no working remove button', () => {
    renderForm({ settings: { ...DEFAULT_SETTINGS, watchTerms: ['CR-2026-'] }, locked: ['watchTerms'] });
    expect(screen.queryByRole('textbox', { name: 'New watch term' })).toBeNull();
    expect((screen.getByRole('button', { name: 'Remove CR-2026-' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('a corrupt stored value is named in a banner, and "Save the defaults" stores the default for it', () => {
    const props = renderForm({ problems: ['sensitivity', 'watchTerms'] });
    const banner = screen.getByRole('alert');
    expect(banner.textContent).toContain('Sensitivity');
    expect(banner.textContent).toContain('Custom watch terms');
    fireEvent.click(screen.getByRole('button', { name: 'Save the defaults' }));
    expect(props.save).toHaveBeenCalledWith({ sensitivity: 'balanced', watchTerms: [] });
  });

  it('no banner when everything was read', () => {
    renderForm();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('toggles save one key', () => {
    const props = renderForm();
    fireEvent.click(checkbox('Pause everywhere'));
    expect(props.save).toHaveBeenCalledWith({ paused: true });
    fireEvent.click(checkbox('Reddit'));
    expect(props.save).toHaveBeenCalledWith({ disabledSites: ['reddit'] });
  });

  it('adding a Mastodon server asks for the host permission first and saves only when granted', async () => {
    const granted = renderForm({ requestHost: vi.fn(async () => true) });
    fireEvent.input(screen.getByRole('textbox', { name: 'Mastodon server host name' }), { target: { value: 'https://Mastodon.Social/@me' } });
    fireEvent.click(screen.getAllByRole('button', { name: 'Add' })[0]!);
    expect(granted.requestHost).toHaveBeenCalledWith('mastodon.social');
    await waitFor(() => expect(granted.save).toHaveBeenCalledWith({ mastodonInstances: ['mastodon.social'] }));
    cleanup();

    const refused = renderForm({ requestHost: vi.fn(async () => false) });
    fireEvent.input(screen.getByRole('textbox', { name: 'Mastodon server host name' }), { target: { value: 'fosstodon.org' } });
    fireEvent.click(screen.getAllByRole('button', { name: 'Add' })[0]!);
    await screen.findByText(/was not granted/);
    expect(refused.save).not.toHaveBeenCalled();
  });

  it('a value that is not a host name is refused with a message, without asking the browser', async () => {
    const props = renderForm();
    fireEvent.input(screen.getByRole('textbox', { name: 'Mastodon server host name' }), { target: { value: 'not a server' } });
    fireEvent.click(screen.getAllByRole('button', { name: 'Add' })[0]!);
    await screen.findByText(/not a server name/);
    expect(props.requestHost).not.toHaveBeenCalled();
  });

  it('normalizeHost keeps only the host name', () => {
    expect(normalizeHost('https://Mastodon.Social/@someone')).toBe('mastodon.social');
    expect(normalizeHost('fosstodon.org.')).toBe('fosstodon.org');
    expect(normalizeHost('localhost')).toBeNull();
    expect(normalizeHost('javascript:alert(1)')).toBeNull();
  });
});

describe('popup quick settings', () => {
  const base = { problems: [], site: 'x' as const, onOpenOptions: () => {} };
  it('the site toggle switches this site off, and a locked one cannot be changed', () => {
    const save = vi.fn();
    render(<QuickSettings {...base} settings={DEFAULT_SETTINGS} locked={[]} save={save} />);
    fireEvent.click(checkbox('Check drafts on X (Twitter)'));
    expect(save).toHaveBeenCalledWith({ disabledSites: ['x'] });
    cleanup();
    render(<QuickSettings {...base} settings={{ ...DEFAULT_SETTINGS, paused: true } as Settings} locked={['paused']} save={save} />);
    expect(checkbox('Pause everywhere').disabled).toBe(true);
    expect(screen.getByText('Set by your department')).toBeTruthy();
  });

  it('review before posting: off for this site only', () => {
    const save = vi.fn();
    render(<QuickSettings {...base} settings={DEFAULT_SETTINGS} locked={[]} save={save} />);
    fireEvent.click(checkbox('Review before posting on X (Twitter)'));
    expect(save).toHaveBeenCalledWith({ reviewDisabledSites: ['x'] });
  });
});

describe('order info', () => {
  it('names the order, its revision and the pack version', () => {
    render(<OrderInfo pack={defaultPack} />);
    expect(document.body.textContent).toContain('G.O. 2032 R-2 “Social Media”, revised 04/24/2017');
    expect(document.body.textContent).toContain(`policy pack ${defaultPack.version}`);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('warns when the department requires another pack version', () => {
    render(<OrderInfo pack={defaultPack} requiredVersion="9.9.9" />);
    expect(screen.getByRole('alert').textContent).toContain('expects policy pack 9.9.9');
    cleanup();
    render(<OrderInfo pack={defaultPack} requiredVersion={defaultPack.version} />);
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
