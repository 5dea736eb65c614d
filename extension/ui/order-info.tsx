// Which order and revision Second Look checks against, from the policy pack.
import type { PolicyPack } from '../../src/policy/schema';
import { orderName } from '../../src/policy/schema';

export function orderLabel(pack: PolicyPack): string {
  return `${orderName(pack)} “${pack.order.title}”, revised ${pack.order.revisionDate}`;
}

/** `requiredVersion`: the policy pack version the department requires ("" = any). */
export function OrderInfo({ pack, requiredVersion = '' }: { pack: PolicyPack; requiredVersion?: string | undefined }) {
  return (
    <>
      {requiredVersion && requiredVersion !== pack.version && (
        <p class="banner warn small" role="alert">
          Your department expects policy pack {requiredVersion}, but this copy of Second Look has {pack.version}. The order or its
          revision may differ: ask your department to update the extension.
        </p>
      )}
      <p class="order-info small muted">
        Checks against {orderLabel(pack)} · {pack.agency.name} · policy pack {pack.version}. Advice only: it never blocks a post,
        and nothing you type leaves this device.
      </p>
    </>
  );
}
