// Sexually explicit imagery: nsfwjs's MobileNetV2 classifier (the model ships
// inside the nsfwjs package as JS modules and is bundled) → explicit-content.
import { load, type NSFWJS } from 'nsfwjs/core';
import { MobileNetV2Model } from 'nsfwjs/models/mobilenet_v2';
import type { Check } from './check';
import { tfReady, toTensor } from './tf';

let model: Promise<NSFWJS> | undefined;

function loadModel(): Promise<NSFWJS> {
  model ??= (async () => {
    await tfReady();
    return load('MobileNetV2', { modelDefinitions: [MobileNetV2Model] });
  })();
  model.catch(() => (model = undefined));
  return model;
}

export const explicitCheck: Check = {
  name: 'explicit',
  warm: async () => void (await loadModel()),
  async run({ decoded }) {
    const [tf, { raster }, nsfw] = await Promise.all([tfReady(), decoded(), loadModel()]);
    const input = toTensor(tf, raster);
    try {
      const predictions = await nsfw.classify(input, 5);
      const p = (name: string): number => predictions.find((x) => x.className === name)?.probability ?? 0;
      // "Sexy" (suggestive) is not explicit: only Porn and Hentai count.
      return { explicitScore: Math.min(1, p('Porn') + p('Hentai')) };
    } finally {
      input.dispose();
    }
  },
};
