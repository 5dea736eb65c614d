// One TensorFlow.js for the face and explicit-image models, on its
// WebAssembly backend (fast on CPU, no GPU needed) with the .wasm files
// shipped under models/tfjs/.
import browser from 'webextension-polyfill';
import * as tf from '@tensorflow/tfjs';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import type { Raster } from '../../../src/images/raster';

let ready: Promise<typeof tf> | undefined;

export function tfReady(): Promise<typeof tf> {
  ready ??= (async () => {
    tf.enableProdMode();
    // Threads would spawn pthread workers from blob: URLs, which the extension's CSP (rightly) refuses.
    tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
    // The directory holding tfjs-backend-wasm-simd.wasm and tfjs-backend-wasm.wasm (no threaded build shipped).
    setWasmPaths(browser.runtime.getURL('models/tfjs/'));
    if (!(await tf.setBackend('wasm'))) await tf.setBackend('cpu');
    await tf.ready();
    return tf;
  })();
  ready.catch(() => (ready = undefined));
  return ready;
}

/** RGB tensor of the decoded image (caller disposes). */
export function toTensor(t: typeof tf, r: Raster): tf.Tensor3D {
  const rgb = new Int32Array(r.width * r.height * 3);
  for (let i = 0, j = 0; i < r.data.length; i += 4, j += 3) {
    rgb[j] = r.data[i]!;
    rgb[j + 1] = r.data[i + 1]!;
    rgb[j + 2] = r.data[i + 2]!;
  }
  return t.tensor3d(rgb, [r.height, r.width, 3], 'int32');
}
