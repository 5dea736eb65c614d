// The options page: every setting, the order it checks against.
import { defaultPack } from '../../src/policy';
import { OrderInfo } from '../ui/order-info';
import { requestHostAccess } from '../ui/permissions';
import { SettingsForm } from '../ui/settings-form';
import { useSettings } from '../ui/use-settings';

export function OptionsPage() {
  const state = useSettings();
  return (
    <main class="options">
      <h1>Second Look — settings</h1>
      <OrderInfo pack={defaultPack} />
      {state ? (
        <SettingsForm
          settings={state.settings}
          locked={state.locked}
          problems={state.problems}
          save={state.save}
          requestHost={requestHostAccess}
        />
      ) : (
        <p aria-live="polite">Loading settings…</p>
      )}
      <p class="small muted">
        Settings are kept in your browser's synced storage. Settings your department manages show “Set by your department” and cannot
        be changed here.
      </p>
    </main>
  );
}
