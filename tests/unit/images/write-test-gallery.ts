// Writes assets/test-gallery/: generated references (NOT real insignia) and
// photos to attach by hand in the playground. Run: npx tsx tests/unit/images/write-test-gallery.ts
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { landscape, otherEmblem, placeRotated, testPatch } from './generate';
import { encodeJpeg, withExif } from './jpeg';

const dir = join(import.meta.dirname, '../../../assets/test-gallery');
const files: [string, Uint8Array][] = [
  // References: small enough for storage.sync's 8 kB per item.
  ['reference-patch.jpg', encodeJpeg(testPatch(96), 70)],
  ['reference-emblem.jpg', encodeJpeg(otherEmblem(96), 70)],
  // Photos to attach.
  ['photo-patch-rotated-30-scaled-0.5.jpg', encodeJpeg(placeRotated(landscape(1024, 768, 23), testPatch(200), 600, 400, 30, 0.5), 80)],
  ['photo-gps.jpg', withExif(encodeJpeg(landscape(1024, 768, 22), 80), { gps: { lat: 35.994, lon: -78.8986 }, takenAt: '2026:03:04 05:06:07' })],
  ['photo-landscape.jpg', encodeJpeg(landscape(1024, 768, 21), 80)],
];
for (const [name, bytes] of files) writeFileSync(join(dir, name), bytes);
console.log(`wrote ${files.length} files to ${dir}`);
