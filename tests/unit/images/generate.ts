// Generated test images (no real insignia): a reference "patch", scenes to
// hide it in, and helpers to rotate/scale it. Deterministic (seeded).
import type { Raster } from '../../../src/images/raster';

export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function blank(width: number, height: number, rgb: [number, number, number] = [255, 255, 255]): Raster {
  const data = new Uint8ClampedArray(width * height * 4);
  for (let i = 0; i < width * height; i++) data.set([...rgb, 255], i * 4);
  return { width, height, data };
}

function put(r: Raster, x: number, y: number, rgb: readonly number[]): void {
  if (x < 0 || y < 0 || x >= r.width || y >= r.height) return;
  const p = (y * r.width + x) * 4;
  r.data[p] = rgb[0]!;
  r.data[p + 1] = rgb[1]!;
  r.data[p + 2] = rgb[2]!;
}

/**
 * The test gallery's patch: concentric bands, a five-pointed star and an
 * off-centre notch so that rotations are distinguishable. Generated shapes only.
 */
export function testPatch(size = 200, variant = 0): Raster {
  const r = blank(size, size, [255, 255, 255]);
  const c = size / 2;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const dx = x + 0.5 - c;
      const dy = y + 0.5 - c;
      const d = Math.hypot(dx, dy) / c;
      const t = Math.atan2(dy, dx) + variant;
      // Five-pointed star outline radius at this angle.
      const star = 0.32 + 0.22 * Math.pow(Math.abs(Math.cos((5 * t) / 2)), 3);
      let rgb: number[] = [255, 255, 255];
      if (d > 0.98) rgb = [255, 255, 255];
      else if (d > 0.86) rgb = [20, 40, 120];
      else if (d > 0.8) rgb = [230, 190, 40];
      else if (d < star) rgb = [230, 190, 40];
      else rgb = [30, 60, 160];
      // Notch: a small red disc at one side (breaks rotational symmetry).
      if (Math.hypot(dx - c * 0.6 * Math.cos(variant), dy - c * 0.6 * Math.sin(variant)) < c * 0.1) rgb = [200, 30, 30];
      put(r, x, y, rgb);
    }
  }
  return r;
}

/** A landscape: sky gradient, rolling hills, a few trees and noise. */
export function landscape(width: number, height: number, seed = 1): Raster {
  const rand = rng(seed);
  const r = blank(width, height);
  const phase = rand() * 6;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const hill = height * (0.55 + 0.08 * Math.sin(x / (width / 5) + phase) + 0.04 * Math.sin(x / (width / 17)));
      const n = (rand() - 0.5) * 16;
      const rgb = y < hill ? [120 + (y / height) * 80 + n, 170 + (y / height) * 50 + n, 235 + n] : [60 + n, 120 + ((y - hill) / height) * 60 + n, 50 + n];
      put(r, x, y, rgb);
    }
  }
  for (let k = 0; k < 12; k++) {
    const tx = rand() * width;
    const ty = height * (0.6 + rand() * 0.3);
    const tr = (0.02 + rand() * 0.04) * height;
    for (let y = Math.floor(ty - tr * 2); y < ty + tr; y++) {
      for (let x = Math.floor(tx - tr); x < tx + tr; x++) {
        if (Math.hypot((x - tx) / tr, (y - ty + tr) / (tr * 1.5)) < 1) put(r, x, y, [25, 80 + (rand() - 0.5) * 30, 30]);
      }
    }
  }
  return r;
}

/** Busy unrelated content: random discs, rectangles and stripes. */
export function clutter(width: number, height: number, seed = 2): Raster {
  const rand = rng(seed);
  const r = blank(width, height, [200, 200, 190]);
  for (let k = 0; k < 60; k++) {
    const rgb = [rand() * 255, rand() * 255, rand() * 255];
    const cx = rand() * width;
    const cy = rand() * height;
    const s = (0.02 + rand() * 0.12) * Math.min(width, height);
    const disc = rand() < 0.5;
    for (let y = Math.floor(cy - s); y < cy + s; y++) {
      for (let x = Math.floor(cx - s); x < cx + s; x++) {
        if (!disc || Math.hypot(x - cx, y - cy) < s) put(r, x, y, rgb);
      }
    }
  }
  return r;
}

/** Draws `patch` into `scene` centred at (cx, cy), rotated by `deg` and scaled by `scale`, bilinear. */
export function placeRotated(scene: Raster, patch: Raster, cx: number, cy: number, deg: number, scale: number): Raster {
  const out: Raster = { width: scene.width, height: scene.height, data: new Uint8ClampedArray(scene.data) };
  const t = (deg * Math.PI) / 180;
  const cos = Math.cos(t);
  const sin = Math.sin(t);
  const half = (Math.max(patch.width, patch.height) * scale) / Math.SQRT1_2 / 2;
  for (let y = Math.floor(cy - half); y < cy + half; y++) {
    for (let x = Math.floor(cx - half); x < cx + half; x++) {
      const dx = (x + 0.5 - cx) / scale;
      const dy = (y + 0.5 - cy) / scale;
      const u = cos * dx + sin * dy + patch.width / 2 - 0.5;
      const v = -sin * dx + cos * dy + patch.height / 2 - 0.5;
      if (u < 0 || v < 0 || u > patch.width - 1 || v > patch.height - 1) continue;
      const u0 = Math.floor(u);
      const v0 = Math.floor(v);
      const fu = u - u0;
      const fv = v - v0;
      const rgb = [0, 1, 2].map((ch) => {
        const at = (uu: number, vv: number): number => patch.data[(Math.min(vv, patch.height - 1) * patch.width + Math.min(uu, patch.width - 1)) * 4 + ch]!;
        return (at(u0, v0) * (1 - fu) + at(u0 + 1, v0) * fu) * (1 - fv) + (at(u0, v0 + 1) * (1 - fu) + at(u0 + 1, v0 + 1) * fu) * fv;
      });
      put(out, x, y, rgb);
    }
  }
  return out;
}

/** Crop a rectangle out of a raster. */
export function crop(r: Raster, x0: number, y0: number, w: number, h: number): Raster {
  const out = blank(w, h);
  for (let y = 0; y < h; y++) out.data.set(r.data.subarray(((y0 + y) * r.width + x0) * 4, ((y0 + y) * r.width + x0 + w) * 4), y * w * 4);
  return out;
}

/** A second, different generated emblem: nested squares and a cross. */
export function otherEmblem(size = 200): Raster {
  const r = blank(size, size, [250, 250, 250]);
  const c = size / 2;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const dx = Math.abs(x + 0.5 - c) / c;
      const dy = Math.abs(y + 0.5 - c) / c;
      const m = Math.max(dx, dy);
      let rgb = [250, 250, 250];
      if (m < 0.9) rgb = [140, 20, 20];
      if (m < 0.7) rgb = [240, 240, 240];
      if (Math.min(dx, dy) < 0.12 && m < 0.7) rgb = [20, 20, 20];
      if (m < 0.2) rgb = [240, 200, 0];
      put(r, x, y, rgb);
    }
  }
  return r;
}
