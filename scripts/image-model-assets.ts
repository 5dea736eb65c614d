// Vite plugin: copies the image checks' model files from node_modules into
// the build at fixed paths under models/, so the analysis context loads them
// by extension URL. Nothing is ever downloaded at run time.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';

const require = createRequire(import.meta.url);
const pkgDir = (name: string): string => dirname(require.resolve(`${name}/package.json`));

/** [path in the build, path in node_modules] */
export function imageModelFiles(): [string, string][] {
  const tesseract = pkgDir('tesseract.js');
  const core = pkgDir('tesseract.js-core');
  const eng = pkgDir('@tesseract.js-data/eng');
  const tfWasm = join(pkgDir('@tensorflow/tfjs-backend-wasm'), 'dist');
  const faceModels = join(pkgDir('@vladmandic/face-api'), 'model');
  return [
    // TensorFlow.js WebAssembly backend (SIMD, and plain for CPUs without it); no threads (pages are not cross-origin isolated).
    ['models/tfjs/tfjs-backend-wasm-simd.wasm', join(tfWasm, 'tfjs-backend-wasm-simd.wasm')],
    ['models/tfjs/tfjs-backend-wasm.wasm', join(tfWasm, 'tfjs-backend-wasm.wasm')],
    // Faces: face-api's Tiny Face Detector (the nsfwjs model is bundled as JS by nsfwjs itself).
    ['models/face/tiny_face_detector_model-weights_manifest.json', join(faceModels, 'tiny_face_detector_model-weights_manifest.json')],
    ['models/face/tiny_face_detector_model.bin', join(faceModels, 'tiny_face_detector_model.bin')],
    // OCR: tesseract.js worker, its LSTM-only SIMD core (Chrome 120+ and Firefox 140+ have SIMD) and English (integer LSTM) data.
    ['models/tesseract/worker.min.js', join(tesseract, 'dist/worker.min.js')],
    ['models/tesseract/tesseract-core-simd-lstm.js', join(core, 'tesseract-core-simd-lstm.js')],
    ['models/tesseract/tesseract-core-simd-lstm.wasm', join(core, 'tesseract-core-simd-lstm.wasm')],
    ['models/tesseract/eng.traineddata.gz', join(eng, '4.0.0_best_int/eng.traineddata.gz')],
  ];
}

/** Drops a trailing `//# sourceMappingURL=` comment: the maps are not shipped, so the reference would dangle. */
export function withoutSourceMapComment(code: string): string {
  return code.replace(/\n?\/\/[#@] sourceMappingURL=[^\n]*\s*$/, '\n');
}

export function imageModelAssets(): Plugin {
  return {
    name: 'second-look-image-model-assets',
    generateBundle() {
      for (const [fileName, from] of imageModelFiles()) {
        const source = fileName.endsWith('.js') ? withoutSourceMapComment(readFileSync(from, 'utf8')) : readFileSync(from);
        this.emitFile({ type: 'asset', fileName, source });
      }
    },
  };
}
