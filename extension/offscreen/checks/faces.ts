// Faces: face-api's Tiny Face Detector (model from @vladmandic/face-api,
// shipped under models/face/) → the officer-photos reminder when a face is present.
import * as faceapi from '@vladmandic/face-api/dist/face-api.esm-nobundle.js';
import type { Check } from './check';
import { tfReady, toTensor } from './tf';

/** Detector input size (multiple of 32): 416 finds faces down to ~1/20 of the image. */
const INPUT_SIZE = 416;
const MIN_SCORE = 0.5;

let loaded: Promise<void> | undefined;

function loadModel(): Promise<void> {
  loaded ??= (async () => {
    await tfReady();
    // Root-relative: face-api's URI parser mangles chrome-extension:// and moz-extension:// URLs.
    await faceapi.nets.tinyFaceDetector.loadFromUri('/models/face');
  })();
  loaded.catch(() => (loaded = undefined));
  return loaded;
}

export const facesCheck: Check = {
  name: 'faces',
  warm: loadModel,
  async run({ decoded }) {
    const [tf, { raster }] = await Promise.all([tfReady(), decoded(), loadModel()]);
    const input = toTensor(tf, raster);
    try {
      const faces = await faceapi.detectAllFaces(input as never, new faceapi.TinyFaceDetectorOptions({ inputSize: INPUT_SIZE, scoreThreshold: MIN_SCORE }));
      return { faceCount: faces.length };
    } finally {
      input.dispose();
    }
  },
};
