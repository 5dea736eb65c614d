// Text in the image (OCR): tesseract.js with its LSTM-only SIMD core and the
// English integer model from @tesseract.js-data/eng, all shipped under
// models/tesseract/ and loaded by extension URL (no CDN, no cache storage).
// The recognised words go through the engine like draft text.
import browser from 'webextension-polyfill';
import { createWorker, OEM, PSM, type Worker } from 'tesseract.js';
import type { Check } from './check';

/** OCR sees at most this many pixels on the longer side (badge and sign text stays legible). */
const OCR_SIDE = 1024;
/** Words below this confidence (0–100) are noise from textures, not text. */
const MIN_WORD_CONFIDENCE = 60;

let worker: Promise<Worker> | undefined;

function ocrWorker(): Promise<Worker> {
  worker ??= (async () => {
    const base = browser.runtime.getURL('models/tesseract');
    const w = await createWorker('eng', OEM.LSTM_ONLY, {
      workerPath: `${base}/worker.min.js`,
      corePath: `${base}/tesseract-core-simd-lstm.js`,
      langPath: base,
      // The worker is created from its extension URL, never from a blob: URL.
      workerBlobURL: false,
      // No IndexedDB copy of the model: the packaged file is the only one.
      cacheMethod: 'none',
      gzip: true,
    });
    // Photos: text anywhere, in any number of separate pieces.
    await w.setParameters({ tessedit_pageseg_mode: PSM.SPARSE_TEXT });
    return w;
  })();
  worker.catch(() => (worker = undefined));
  return worker;
}

export const ocrCheck: Check = {
  name: 'ocr',
  async warm() {
    await ocrWorker();
  },
  async run({ decoded }) {
    const [w, { canvas }] = await Promise.all([ocrWorker(), decoded()]);
    const scale = Math.min(1, OCR_SIDE / Math.max(canvas.width, canvas.height));
    let image: OffscreenCanvas = canvas;
    if (scale < 1) {
      image = new OffscreenCanvas(Math.round(canvas.width * scale), Math.round(canvas.height * scale));
      image.getContext('2d')!.drawImage(canvas, 0, 0, image.width, image.height);
    }
    const { data } = await w.recognize(image, {}, { text: false, blocks: true });
    const lines: string[] = [];
    for (const block of data.blocks ?? []) {
      for (const para of block.paragraphs) {
        for (const line of para.lines) {
          const words = line.words.filter((wd) => wd.confidence >= MIN_WORD_CONFIDENCE).map((wd) => wd.text);
          if (words.length) lines.push(words.join(' '));
        }
      }
    }
    return lines.length ? { ocrText: lines.join('\n') } : {};
  },
};
