// One image check: takes the file and its decoded pixels, returns its part of the signals.
import type { InsigniaReference } from '../../../src/images/insignia';
import type { CheckName, PartialSignals } from '../../../src/images/signals';
import type { Decoded } from '../decode';

export interface CheckInput {
  bytes: Uint8Array;
  mime: string;
  /** Decoded and scaled once, shared by the pixel checks. */
  decoded: () => Promise<Decoded>;
  gallery: readonly InsigniaReference[];
  signal: AbortSignal;
}

export interface Check {
  name: CheckName;
  run(input: CheckInput): Promise<PartialSignals>;
  /** Loads models ahead of the first image (optional). */
  warm?(): Promise<void>;
}
