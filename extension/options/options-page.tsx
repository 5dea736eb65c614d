// The options page: every setting, the order it checks against.
import { useEffect, useState } from 'preact/hooks';
import { defaultPack, packById } from '../../src/policy';
import { OrderInfo } from '../ui/order-info';
import { dropHostAccess, requestHostAccess } from '../ui/permissions';
import { ManagedProblemsBanner } from '../ui/settings-controls';
import { SettingsForm } from '../ui/settings-form';
import { useSettings } from '../ui/use-settings';
import { useDeepStatus } from '../ui/deep-check-status';
import { DeepCheckSection } from './deep-check-section';
import { GalleryEditor } from './gallery-editor';
import { referenceFromFile } from './gallery-reference';

export function OptionsPage() {
  const state = useSettings();
  const loaded = state !== null;
  const [asked, setAsked] = useState(0);
  const deepStatus = useDeepStatus(`${String(state?.settings.deepCheck)}:${asked}`);
  // Deep links such as #mastodon (from the popup) point into the form, which renders after settings load.
  useEffect(() => {
    if (!loaded || !location.hash) return;
    const target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
    target?.scrollIntoView();
    (target?.querySelector('input') as HTMLInputElement | null)?.focus();
  }, [loaded]);
  return (
    <main class="options">
      <h1>Second Look — settings</h1>
      <OrderInfo pack={(state && packById(state.settings.pack)) ?? defaultPack} requiredVersion={state?.settings.policyPackVersion} />
      {state ? (
        <>
          <ManagedProblemsBanner problems={state.managedProblems} />
          <SettingsForm
            settings={state.settings}
            locked={state.locked}
            problems={state.problems}
            save={state.save}
            requestHost={requestHostAccess}
            dropHost={dropHostAccess}
          />
          <div class="settings">
            <GalleryEditor
              gallery={state.settings.insigniaGallery}
              locked={state.locked.includes('insigniaGallery')}
              save={(insigniaGallery) => state.save({ insigniaGallery })}
              readImage={referenceFromFile}
            />
          </div>
          <div class="settings">
            <DeepCheckSection
              on={state.settings.deepCheck}
              locked={state.locked.includes('deepCheck')}
              status={deepStatus}
              save={(deepCheck) => state.save({ deepCheck })}
              refresh={() => setAsked((n) => n + 1)}
            />
          </div>
        </>
      ) : (
        <p aria-live="polite">Loading settings…</p>
      )}
      <p class="small muted">
        Settings are kept in your browser's synced storage; insignia reference images you add stay in this browser only. Settings
        your department manages show “Set by your department” and cannot be changed here.
      </p>
    </main>
  );
}
