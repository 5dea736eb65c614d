// Runs every image check on one image, in parallel, each bounded by the
// per-image time limit; a check that fails or runs out of time adds nothing.
import type { InsigniaReference } from '../../src/images/insignia';
import { combineSignals, type PartialSignals } from '../../src/images/signals';
import type { ImageSignals } from '../../src/engine/types';
import type { Check } from './checks/check';
import { exifCheck } from './checks/exif';
import { insigniaCheck } from './checks/insignia';
import { ocrCheck } from './checks/ocr';
import { facesCheck } from './checks/faces';
import { explicitCheck } from './checks/explicit';
import { decodeImage, type Decoded } from './decode';

/** Per-image time limit for all checks together (the first image also loads the models). */
export const IMAGE_TIME_LIMIT_MS = 20_000;

export const CHECKS: Check[] = [exifCheck, insigniaCheck, ocrCheck, facesCheck, explicitCheck];

export interface AnalysisResult {
  signals: ImageSignals;
  timings: Record<string, number>;
  timedOut: string[];
  failed: string[];
}

export class Cancelled extends Error {
  constructor() {
    super('cancelled');
  }
}

export async function analyzeImage(
  input: { bytes: Uint8Array; mime: string; gallery: readonly InsigniaReference[]; signal: AbortSignal },
  checks: readonly Check[] = CHECKS,
  limitMs = IMAGE_TIME_LIMIT_MS,
): Promise<AnalysisResult> {
  const started = performance.now();
  const timings: Record<string, number> = {};
  let decoding: Promise<Decoded> | undefined;
  const decoded = (): Promise<Decoded> => {
    decoding ??= (async () => {
      const t = performance.now();
      const d = await decodeImage(input.bytes, input.mime);
      timings.decode = performance.now() - t;
      return d;
    })();
    return decoding;
  };
  const timedOut: string[] = [];
  const failed: string[] = [];
  const deadline = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), limitMs));
  const aborted = new Promise<'aborted'>((resolve) => {
    if (input.signal.aborted) resolve('aborted');
    input.signal.addEventListener('abort', () => resolve('aborted'), { once: true });
  });
  const parts = await Promise.all(
    checks.map(async (check): Promise<PartialSignals> => {
      const t = performance.now();
      const run = check.run({ ...input, decoded }).then(
        (v) => ({ ok: true as const, v }),
        (e: unknown) => ({ ok: false as const, e }),
      );
      const outcome = await Promise.race([run, deadline, aborted]);
      timings[check.name] = performance.now() - t;
      if (outcome === 'timeout') timedOut.push(check.name);
      else if (outcome === 'aborted') return {};
      else if (!outcome.ok) {
        failed.push(check.name);
        console.warn(`Second Look: image check ${check.name} failed: ${String(outcome.e).slice(0, 200)}`);
      } else return outcome.v;
      return {};
    }),
  );
  if (input.signal.aborted) throw new Cancelled();
  timings.total = performance.now() - started;
  return { signals: combineSignals(parts), timings, timedOut, failed };
}
