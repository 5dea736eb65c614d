// Pixel maths shared by the image checks. Plain arrays only, so it runs the
// same in the offscreen document, a worker, Firefox's background page and Node.

/** RGBA pixels, row-major, 4 bytes per pixel (ImageData's layout). */
export interface Raster {
  width: number;
  height: number;
  data: Uint8ClampedArray | Uint8Array;
}

/** One channel of luminance, 0..255. */
export interface GrayImage {
  width: number;
  height: number;
  data: Float32Array;
}

export function toGray(r: Raster): GrayImage {
  const n = r.width * r.height;
  const out = new Float32Array(n);
  const d = r.data;
  for (let i = 0, p = 0; i < n; i++, p += 4) out[i] = 0.299 * d[p]! + 0.587 * d[p + 1]! + 0.114 * d[p + 2]!;
  return { width: r.width, height: r.height, data: out };
}

/** Area-average downscale so the longer side is at most maxSide (never upscales). */
export function downscaleGray(g: GrayImage, maxSide: number): GrayImage {
  const scale = Math.min(1, maxSide / Math.max(g.width, g.height));
  if (scale === 1) return g;
  const w = Math.max(1, Math.round(g.width * scale));
  const h = Math.max(1, Math.round(g.height * scale));
  const ii = integralImage(g);
  const out = new Float32Array(w * h);
  const sx = g.width / w;
  const sy = g.height / h;
  for (let y = 0; y < h; y++) {
    const y0 = Math.floor(y * sy);
    const y1 = Math.max(y0 + 1, Math.floor((y + 1) * sy));
    for (let x = 0; x < w; x++) {
      const x0 = Math.floor(x * sx);
      const x1 = Math.max(x0 + 1, Math.floor((x + 1) * sx));
      out[y * w + x] = boxSum(ii, x0, y0, x1, y1) / ((x1 - x0) * (y1 - y0));
    }
  }
  return { width: w, height: h, data: out };
}

/** Summed-area table, (width+1) × (height+1), for constant-time box means. */
export interface Integral {
  width: number;
  height: number;
  sum: Float64Array;
}

export function integralImage(g: GrayImage): Integral {
  const W = g.width + 1;
  const sum = new Float64Array(W * (g.height + 1));
  for (let y = 0; y < g.height; y++) {
    let row = 0;
    for (let x = 0; x < g.width; x++) {
      row += g.data[y * g.width + x]!;
      sum[(y + 1) * W + x + 1] = sum[y * W + x + 1]! + row;
    }
  }
  return { width: g.width, height: g.height, sum };
}

/** Sum over [x0,x1) × [y0,y1), coordinates already inside the image. */
export function boxSum(ii: Integral, x0: number, y0: number, x1: number, y1: number): number {
  const W = ii.width + 1;
  const s = ii.sum;
  return s[y1 * W + x1]! - s[y0 * W + x1]! - s[y1 * W + x0]! + s[y0 * W + x0]!;
}

/** Mean of a square of side `size` centred on (cx, cy), clipped to the image. */
export function boxMean(ii: Integral, cx: number, cy: number, size: number): number {
  const h = size / 2;
  const x0 = clampInt(Math.round(cx - h), 0, ii.width - 1);
  const y0 = clampInt(Math.round(cy - h), 0, ii.height - 1);
  const x1 = clampInt(Math.round(cx + h), x0 + 1, ii.width);
  const y1 = clampInt(Math.round(cy + h), y0 + 1, ii.height);
  return boxSum(ii, x0, y0, x1, y1) / ((x1 - x0) * (y1 - y0));
}

function clampInt(v: number, lo: number, hi: number): number {
  return v < lo ? lo : v > hi ? hi : v;
}
