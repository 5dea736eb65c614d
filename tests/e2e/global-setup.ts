// Tests that write browser policy files under /etc (managed-*.e2e.ts) remove
// them when they end; this sweeps what a killed run left, before and after.
import { removeStaleTestPolicies } from './managed-policy';

function sweep(): void {
  for (const file of removeStaleTestPolicies()) console.warn(`removed a test policy left by an earlier run: ${file}`);
}

export default function setup(): () => void {
  sweep();
  return sweep;
}
