// Reads a screenshot's pixels: a minimal decoder for the 8-bit RGB/RGBA,
// non-interlaced PNGs browsers write. Firefox's automation cannot see into
// our closed shadow root, so a test finds one of our buttons by its colour.
import { inflateSync } from 'node:zlib';

export interface Pixels {
  width: number;
  height: number;
  /** RGBA, row by row. */
  rgba: Uint8Array;
}

export function decodePng(png: Uint8Array): Pixels {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  let width = 0;
  let height = 0;
  let channels = 0;
  const idat: Uint8Array[] = [];
  for (let at = 8; at < png.length; ) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...png.subarray(at + 4, at + 8));
    const data = png.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') {
      width = view.getUint32(at + 8);
      height = view.getUint32(at + 12);
      const [depth, colour, , , interlace] = data.subarray(8, 13);
      if (depth !== 8 || interlace !== 0 || (colour !== 2 && colour !== 6)) throw new Error(`unsupported PNG (depth ${depth}, colour ${colour}, interlace ${interlace})`);
      channels = colour === 6 ? 4 : 3;
    } else if (type === 'IDAT') idat.push(data);
    else if (type === 'IEND') break;
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const out = new Uint8Array(width * height * 4);
  let prev = new Uint8Array(stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    const cur = new Uint8Array(stride);
    for (let i = 0; i < stride; i++) {
      const a = i >= channels ? cur[i - channels]! : 0;
      const b = prev[i]!;
      const c = i >= channels ? prev[i - channels]! : 0;
      const x = line[i]!;
      const p = a + b - c;
      const pa = Math.abs(p - a);
      const pb = Math.abs(p - b);
      const pc = Math.abs(p - c);
      const predictor = filter === 0 ? 0 : filter === 1 ? a : filter === 2 ? b : filter === 3 ? (a + b) >> 1 : pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      cur[i] = (x + predictor) & 0xff;
    }
    for (let px = 0; px < width; px++) {
      out.set(cur.subarray(px * channels, px * channels + 3), (y * width + px) * 4);
      out[(y * width + px) * 4 + 3] = channels === 4 ? cur[px * channels + 3]! : 255;
    }
    prev = cur;
  }
  return { width, height, rgba: out };
}

/**
 * Where `rgb` is drawn (within `tolerance`): the median of those pixels, in CSS pixels
 * (`scale` device pixels each), or null. The median lands inside the largest filled area,
 * not in a gap between it and a thin outline of the same colour.
 */
export function findColour(pixels: Pixels, rgb: readonly [number, number, number], scale = 1, tolerance = 6): { x: number; y: number } | null {
  const xs: number[] = [];
  const ys: number[] = [];
  for (let y = 0; y < pixels.height; y++) {
    for (let x = 0; x < pixels.width; x++) {
      const i = (y * pixels.width + x) * 4;
      if (Math.abs(pixels.rgba[i]! - rgb[0]) > tolerance || Math.abs(pixels.rgba[i + 1]! - rgb[1]) > tolerance || Math.abs(pixels.rgba[i + 2]! - rgb[2]) > tolerance) continue;
      xs.push(x);
      ys.push(y);
    }
  }
  if (xs.length === 0) return null;
  const median = (v: number[]) => v.sort((a, b) => a - b)[v.length >> 1]!;
  return { x: median(xs) / scale, y: median(ys) / scale };
}
