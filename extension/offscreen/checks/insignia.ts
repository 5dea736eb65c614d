// Insignia gallery: department/member reference images matched at any scale
// and rotation, in a worker of its own (see ../insignia-worker.ts).
import type { InsigniaReference } from '../../../src/images/insignia';
import type { Raster } from '../../../src/images/raster';
import type { Check } from './check';

let worker: Worker | undefined;
let nextId = 0;
const pending = new Map<number, (score: number) => void>();

function match(raster: Raster, refs: readonly InsigniaReference[]): Promise<number> {
  if (!worker) {
    worker = new Worker(new URL('../insignia-worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (e: MessageEvent<{ id: number; score: number }>) => {
      pending.get(e.data.id)?.(e.data.score);
      pending.delete(e.data.id);
    };
  }
  const id = ++nextId;
  return new Promise((resolve) => {
    pending.set(id, resolve);
    worker!.postMessage({ id, raster, refs });
  });
}

export const insigniaCheck: Check = {
  name: 'insignia',
  async run({ decoded, gallery }) {
    if (!gallery.length) return {};
    const { raster } = await decoded();
    return { insigniaMatch: await match(raster, gallery) };
  },
};
