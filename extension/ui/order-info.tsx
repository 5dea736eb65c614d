// Which order and revision Second Look checks against, from the policy pack.
import type { PolicyPack } from '../../src/policy/schema';

export function orderLabel(pack: PolicyPack): string {
  return `G.O. ${pack.order.number} “${pack.order.title}”, revised ${pack.order.revisionDate}`;
}

export function OrderInfo({ pack }: { pack: PolicyPack }) {
  return (
    <p class="order-info small muted">
      Checks against {orderLabel(pack)} · {pack.agency.name} · policy pack {pack.version}. Advice only: it never blocks a post, and
      nothing you type leaves this device.
    </p>
  );
}
