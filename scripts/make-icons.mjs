// Draws the toolbar icon (an eye-shaped "second look" mark on a blue tile) as PNGs.
// Run once; the PNGs are committed under assets/icons.
import { deflateSync } from 'node:zlib';
import { writeFileSync, mkdirSync } from 'node:fs';

function crc32(buf) {
  let c, crc = 0xffffffff;
  for (const b of buf) { c = (crc ^ b) & 0xff; for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1; crc = (crc >>> 8) ^ c; }
  return (crc ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
function png(size, pixel) {
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) raw.set(pixel((x + 0.5) / size, (y + 0.5) / size), y * (size * 4 + 1) + 1 + x * 4);
  }
  const ihdr = Buffer.alloc(13); ihdr.writeUInt32BE(size, 0); ihdr.writeUInt32BE(size, 4); ihdr[8] = 8; ihdr[9] = 6;
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}
const tile = [29, 78, 137, 255], white = [255, 255, 255, 255], clear = [0, 0, 0, 0];
function pixel(u, v) {
  const r = 0.18; // rounded corners
  const cx = Math.min(Math.max(u, r), 1 - r), cy = Math.min(Math.max(v, r), 1 - r);
  if (Math.hypot(u - cx, v - cy) > r) return clear;
  const dx = u - 0.5, dy = v - 0.5;
  const eye = Math.abs(dy) < 0.22 * Math.sqrt(Math.max(0, 1 - (dx / 0.36) ** 2));
  const pupil = Math.hypot(dx, dy) < 0.1;
  return eye && !pupil ? white : tile;
}
mkdirSync('assets/icons', { recursive: true });
for (const s of [16, 32, 48, 128]) writeFileSync(`assets/icons/icon-${s}.png`, png(s, pixel));
