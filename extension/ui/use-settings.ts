// Settings for a page: loaded through the validating store, reloaded when
// storage changes (another page, the department), saved by key.
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Settings } from '../../src/settings/schema';
import { loadSettings, onSettingsChanged, saveSettings, type EffectiveSettings } from '../shared/settings-store';

export interface SettingsState extends EffectiveSettings {
  save(patch: Partial<Settings>): Promise<void>;
}

export function useSettings(): SettingsState | null {
  const [state, setState] = useState<EffectiveSettings | null>(null);
  useEffect(() => {
    let live = true;
    const refresh = () => void loadSettings().then((s) => live && setState(s));
    refresh();
    const stop = onSettingsChanged(refresh);
    return () => {
      live = false;
      stop();
    };
  }, []);
  const save = useCallback(async (patch: Partial<Settings>) => {
    await saveSettings(patch);
    setState(await loadSettings());
  }, []);
  return state && { ...state, save };
}
