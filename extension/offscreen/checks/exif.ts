// EXIF: reads the original file's bytes (the decoded pixels have no metadata).
import { readExifSignals } from '../../../src/images/exif';
import type { Check } from './check';

export const exifCheck: Check = {
  name: 'exif',
  async run({ bytes }) {
    const s = await readExifSignals(bytes);
    return { hasGps: s.hasGps, hasOwnerFields: s.hasOwnerFields };
  },
};
