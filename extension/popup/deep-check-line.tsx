// One line under the page's warnings while the deep check is on: that it
// runs, or why it cannot on this device.
import { unavailableReason } from '../../src/deep-check/status';
import { useDeepStatus } from '../ui/deep-check-status';

export function DeepCheckLine({ onOpenOptions }: { onOpenOptions: () => void }) {
  const status = useDeepStatus(null);
  if (!status || status.state === 'off') return null;
  const reason = unavailableReason(status);
  return (
    <p class="small muted deep-check-line" role="status">
      {reason ? `Deep check unavailable on this device: ${reason}` : 'Deep check on: the browser’s on-device model also reads drafts, after a pause.'}{' '}
      <button type="button" class="link" onClick={onOpenOptions}>
        Details
      </button>
    </p>
  );
}
