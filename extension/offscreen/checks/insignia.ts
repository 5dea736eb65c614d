// Insignia gallery: department/member reference images matched at any scale and rotation.
import { matchInsignia } from '../../../src/images/insignia';
import type { Check } from './check';

export const insigniaCheck: Check = {
  name: 'insignia',
  async run({ decoded, gallery }) {
    if (!gallery.length) return {};
    const { raster } = await decoded();
    return { insigniaMatch: matchInsignia(raster, gallery).score };
  },
};
