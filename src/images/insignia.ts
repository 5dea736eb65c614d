// Insignia gallery matching: is one of the department's reference images
// (patch, badge, logo, livery) somewhere in an attached photo, at any scale,
// rotation or partial crop?
//
// Method: a rotation-invariant polar template. A circular window is sampled
// on RINGS × ANGLES points (box means sized to the window, so scale only
// changes the window radius), normalised for brightness and contrast, and
// compared with the reference by normalised cross-correlation at every cyclic
// shift of the angle axis (= every rotation). The photo is scanned with
// windows over a range of radii and positions, then the best is refined.
// The reference is described twice — whole and its inner part — so a photo
// that crops the edge of a patch still matches.
import { boxMean, downscaleGray, integralImage, toGray, type GrayImage, type Integral, type Raster } from './raster';

export const RINGS = 6;
export const ANGLES = 32;
const SAMPLES = RINGS * ANGLES;
/**
 * Photos are sampled at this size. Window positions step by a third of the
 * radius whatever the size, so a finer image costs only its integral image
 * and keeps small patches (radius ≥ MIN_RADIUS, ~1/15 of the shorter side) sharp.
 */
export const SCAN_SIDE = 640;
const MIN_RADIUS = 20;
const RADIUS_STEP = 1.12;
/** Windows flatter than this (grey levels, standard deviation) are sky or wall: skipped. */
const MIN_CONTRAST = 6;
/** Correlation at or above this counts as the reference being in the photo (calibrated in tests/unit/images). */
export const INSIGNIA_MATCH_THRESHOLD = 0.8;
/** Inner descriptor radius, as a fraction of the whole one (crop robustness). */
const INNER = 0.65;

/** A gallery entry as stored: polar descriptors, not the image itself. */
export interface InsigniaReference {
  id: string;
  label: string;
  /** Zero-mean, unit-norm polar samples: [whole, inner]. */
  descriptors: Float32Array[];
}

export interface InsigniaMatch {
  /** Best correlation, 0..1 (negative correlations report 0). */
  score: number;
  /** Reference id of the best match, when any reference was given. */
  referenceId?: string;
  /** Where, in the photo's own pixel coordinates. */
  at?: { x: number; y: number; radius: number; rotationDeg: number };
}

export function describeReference(id: string, label: string, image: Raster): InsigniaReference {
  const g = downscaleGray(toGray(image), 128);
  const ii = integralImage(g);
  const cx = g.width / 2;
  const cy = g.height / 2;
  const r = (Math.min(g.width, g.height) / 2) * 0.95;
  const whole = polarSamples(ii, cx, cy, r);
  const inner = polarSamples(ii, cx, cy, r * INNER);
  return { id, label, descriptors: [whole, inner].map((d) => normalise(d) ?? new Float32Array(SAMPLES)) };
}

/** Best match of any reference in the photo. Cost grows with the number of references. */
export function matchInsignia(photo: Raster | GrayImage, references: readonly InsigniaReference[]): InsigniaMatch {
  if (!references.length) return { score: 0 };
  const full = photo.data instanceof Float32Array ? (photo as GrayImage) : toGray(photo as Raster);
  const g = downscaleGray(full, SCAN_SIDE);
  const back = full.width / g.width;
  const ii = integralImage(g);
  const templates = references.flatMap((ref) => ref.descriptors.map((d) => ({ ref, t: split(d), c: coarseOfDescriptor(d) })));
  const samples = new Float32Array(SAMPLES);
  const win: Template = { radial: new Float32Array(RINGS), angular: new Float32Array(SAMPLES) };
  const coarse = newCoarse();

  // Coarse scan at half the angles: radial profile first (rotation-invariant,
  // cheap), then the rotation search; ranks where to look closely.
  const candidates = templates.map(() => [] as { x: number; y: number; r: number; rank: number }[]);
  const maxR = Math.min(g.width, g.height) / 2;
  for (let r = Math.min(MIN_RADIUS, maxR); r <= maxR + 1e-6; r *= RADIUS_STEP) {
    const stride = Math.max(4, r / 3);
    const layout = coarseLayout(ii, r);
    for (let y = Math.ceil(r); y <= g.height - r; y += stride) {
      for (let x = Math.ceil(r); x <= g.width - r; x += stride) {
        const cx = Math.round(x);
        const cy = Math.round(y);
        if (!coarseAt(ii, layout, cx, cy, coarse)) continue;
        // Each template keeps its own shortlist, so one reference cannot crowd out another.
        templates.forEach(({ c }, k) => {
          const list = candidates[k]!;
          const radial = correlate(c.radial, coarse.radial);
          if (list.length === CANDIDATES && radial <= list[list.length - 1]!.rank) return;
          const rank = Math.min(radial, bestRotation(c.angular, coarse.angular, COARSE_ANGLES).score);
          if (list.length < CANDIDATES || rank > list[list.length - 1]!.rank) keepTop(list, { x: cx, y: cy, r, rank }, CANDIDATES);
        });
      }
    }
  }

  // Close look: full rotation search, hill-climbing position and radius.
  const scoreAt = (cx: number, cy: number, r: number): { score: number; refId: string; shift: number } => {
    let out = { score: -1, refId: '', shift: 0 };
    const w = normalise(polarSamples(ii, cx, cy, r, samples));
    if (!w) return out;
    split(w, win);
    for (const { ref, t } of templates) {
      const radial = correlate(t.radial, win.radial);
      if (radial <= out.score) continue;
      const { score: angular, shift } = bestRotation(t.angular, win.angular);
      // Both must agree: a plain disc has the right profile but no angular structure.
      const score = Math.min(radial, angular);
      if (score > out.score) out = { score, refId: ref.id, shift };
    }
    return out;
  };
  let best = { score: 0, refId: '', x: 0, y: 0, r: 0, shift: 0 };
  for (const c of candidates.flat()) {
    let at = { x: c.x, y: c.y, r: c.r, ...scoreAt(c.x, c.y, c.r) };
    let step = c.r / 6;
    while (step > c.r / 48) {
      let moved = false;
      for (const [dx, dy, dr] of [[1, 0, 1], [-1, 0, 1], [0, 1, 1], [0, -1, 1], [0, 0, 1.06], [0, 0, 1 / 1.06]] as const) {
        const x = at.x + dx * step;
        const y = at.y + dy * step;
        const r = at.r * (dr === 1 ? 1 : dr ** (step / (c.r / 6)));
        if (r < 4 || x - r < -r / 4 || y - r < -r / 4 || x + r > g.width + r / 4 || y + r > g.height + r / 4) continue;
        const s = scoreAt(x, y, r);
        if (s.score > at.score) {
          at = { x, y, r, ...s };
          moved = true;
        }
      }
      if (!moved) step /= 2;
    }
    if (at.score > best.score) best = at;
  }
  if (best.score <= 0) return { score: 0 };
  return {
    score: best.score,
    referenceId: best.refId,
    at: { x: best.x * back, y: best.y * back, radius: best.r * back, rotationDeg: (best.shift * 360) / ANGLES },
  };
}

/** How many coarse windows get the close look. */
const CANDIDATES = 16;
/** Angles of the coarse scan (half the fine ones). */
const COARSE_ANGLES = ANGLES / 2;

interface Coarse {
  samples: Float32Array;
  radial: Float32Array;
  /** Each ring minus its mean, unit-norm overall. */
  angular: Float32Array;
}

/**
 * Integral-image offsets of the coarse sample boxes for one radius, so the
 * scan does four lookups per sample with no rounding or clipping (windows
 * lie inside the image, and samples inside their window).
 */
function coarseLayout(ii: Integral, r: number): Int32Array {
  const W = ii.width + 1;
  const h = Math.max(1, r / RINGS) / 2;
  const out = new Int32Array(RINGS * COARSE_ANGLES * 5);
  let o = 0;
  for (let i = 0; i < RINGS; i++) {
    const rho = (r * (i + 0.5)) / RINGS;
    for (let a = 0; a < COARSE_ANGLES; a++) {
      const x0 = Math.round(rho * COS[2 * a]! - h);
      const y0 = Math.round(rho * SIN[2 * a]! - h);
      const x1 = Math.max(x0 + 1, Math.round(rho * COS[2 * a]! + h));
      const y1 = Math.max(y0 + 1, Math.round(rho * SIN[2 * a]! + h));
      out[o++] = y1 * W + x1;
      out[o++] = y0 * W + x1;
      out[o++] = y1 * W + x0;
      out[o++] = y0 * W + x0;
      out[o++] = (x1 - x0) * (y1 - y0);
    }
  }
  return out;
}

/** Coarse features of the window centred on integer (cx, cy); false for a flat one. */
function coarseAt(ii: Integral, layout: Int32Array, cx: number, cy: number, out: Coarse): boolean {
  const s = ii.sum;
  const base = cy * (ii.width + 1) + cx;
  for (let j = 0, o = 0; j < RINGS * COARSE_ANGLES; j++, o += 5) {
    out.samples[j] = (s[base + layout[o]!]! - s[base + layout[o + 1]!]! - s[base + layout[o + 2]!]! + s[base + layout[o + 3]!]!) / layout[o + 4]!;
  }
  if (!normalise(out.samples)) return false;
  coarseFeatures(out);
  return true;
}

function coarseOfDescriptor(d: Float32Array): Coarse {
  const out = newCoarse();
  for (let i = 0; i < RINGS; i++) for (let a = 0; a < COARSE_ANGLES; a++) out.samples[i * COARSE_ANGLES + a] = d[i * ANGLES + 2 * a]!;
  coarseFeatures(out);
  return out;
}

function newCoarse(): Coarse {
  return { samples: new Float32Array(RINGS * COARSE_ANGLES), radial: new Float32Array(RINGS), angular: new Float32Array(RINGS * COARSE_ANGLES) };
}

function coarseFeatures(c: Coarse): void {
  for (let i = 0; i < RINGS; i++) {
    let m = 0;
    for (let a = 0; a < COARSE_ANGLES; a++) m += c.samples[i * COARSE_ANGLES + a]!;
    m /= COARSE_ANGLES;
    c.radial[i] = m;
    for (let a = 0; a < COARSE_ANGLES; a++) c.angular[i * COARSE_ANGLES + a] = c.samples[i * COARSE_ANGLES + a]! - m;
  }
  unit(center(c.radial));
  unit(c.angular);
}

/** Keeps the `max` best-ranked candidates, suppressing near-duplicates of a better one. */
function keepTop<T extends { x: number; y: number; r: number; rank: number }>(list: T[], c: T, max: number): void {
  if (list.length === max && c.rank <= list[list.length - 1]!.rank) return;
  for (let i = 0; i < list.length; i++) {
    const o = list[i]!;
    const near = Math.hypot(o.x - c.x, o.y - c.y) < Math.min(o.r, c.r) / 2 && Math.max(o.r, c.r) / Math.min(o.r, c.r) < 1.3;
    if (!near) continue;
    if (o.rank >= c.rank) return;
    list.splice(i, 1);
    break;
  }
  let i = list.length;
  while (i > 0 && list[i - 1]!.rank < c.rank) i--;
  list.splice(i, 0, c);
  if (list.length > max) list.pop();
}


interface Template {
  /** Ring means, zero-mean unit-norm (rotation-invariant). */
  radial: Float32Array;
  /** Each ring minus its mean, unit-norm overall (carries the rotation). */
  angular: Float32Array;
}

function split(d: Float32Array, into?: Template): Template {
  const radial = into?.radial ?? new Float32Array(RINGS);
  const angular = into?.angular ?? new Float32Array(SAMPLES);
  for (let i = 0; i < RINGS; i++) {
    let m = 0;
    for (let a = 0; a < ANGLES; a++) m += d[i * ANGLES + a]!;
    m /= ANGLES;
    radial[i] = m;
    for (let a = 0; a < ANGLES; a++) angular[i * ANGLES + a] = d[i * ANGLES + a]! - m;
  }
  return { radial: unit(center(radial)), angular: unit(angular) };
}

function center(v: Float32Array): Float32Array {
  const m = v.reduce((s, x) => s + x, 0) / v.length;
  for (let i = 0; i < v.length; i++) v[i]! -= m;
  return v;
}

function unit(v: Float32Array): Float32Array {
  const n = Math.sqrt(v.reduce((s, x) => s + x * x, 0));
  if (n > 1e-9) for (let i = 0; i < v.length; i++) v[i]! /= n;
  return v;
}

function correlate(a: Float32Array, b: Float32Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
}

/** Ring-major samples: ring i (inner to outer), angle a. */
function polarSamples(ii: Integral, cx: number, cy: number, r: number, out = new Float32Array(SAMPLES)): Float32Array {
  const box = Math.max(1, r / RINGS);
  for (let i = 0; i < RINGS; i++) {
    const rho = (r * (i + 0.5)) / RINGS;
    for (let a = 0; a < ANGLES; a++) out[i * ANGLES + a] = boxMean(ii, cx + rho * COS[a]!, cy + rho * SIN[a]!, box);
  }
  return out;
}
const COS = Float32Array.from({ length: ANGLES }, (_, a) => Math.cos((2 * Math.PI * a) / ANGLES));
const SIN = Float32Array.from({ length: ANGLES }, (_, a) => Math.sin((2 * Math.PI * a) / ANGLES));

/** Zero mean, unit norm, in place; undefined for a flat window. */
function normalise(v: Float32Array): Float32Array | undefined {
  let mean = 0;
  for (let i = 0; i < v.length; i++) mean += v[i]!;
  mean /= v.length;
  let ss = 0;
  for (let i = 0; i < v.length; i++) {
    const d = v[i]! - mean;
    v[i] = d;
    ss += d * d;
  }
  if (Math.sqrt(ss / v.length) < MIN_CONTRAST) return undefined;
  const inv = 1 / Math.sqrt(ss);
  for (let i = 0; i < v.length; i++) v[i]! *= inv;
  return v;
}

/** Correlation at the best cyclic shift of the angle axis (rotation of the window). */
function bestRotation(ref: Float32Array, win: Float32Array, angles = ANGLES): { score: number; shift: number } {
  let score = -Infinity;
  let shift = 0;
  for (let k = 0; k < angles; k++) {
    let s = 0;
    for (let i = 0; i < RINGS; i++) {
      const base = i * angles;
      for (let a = 0; a < angles - k; a++) s += ref[base + a]! * win[base + a + k]!;
      for (let a = angles - k; a < angles; a++) s += ref[base + a]! * win[base + a + k - angles]!;
    }
    if (s > score) {
      score = s;
      shift = k;
    }
  }
  return { score, shift };
}

/** Compact storage form (settings, managed policy): "v1:" + base64 of int8 samples. */
export function encodeReference(ref: InsigniaReference): StoredInsigniaReference {
  const bytes = new Int8Array(ref.descriptors.length * SAMPLES);
  ref.descriptors.forEach((d, j) => {
    const peak = d.reduce((m, x) => Math.max(m, Math.abs(x)), 1e-9);
    d.forEach((x, i) => (bytes[j * SAMPLES + i] = Math.round((x / peak) * 127)));
  });
  return { id: ref.id, label: ref.label, data: `v1:${btoa(String.fromCharCode(...new Uint8Array(bytes.buffer)))}` };
}

export interface StoredInsigniaReference {
  id: string;
  label: string;
  data: string;
}

/** Undefined for anything malformed: a bad entry is skipped, never thrown at the member. */
export function decodeReference(stored: StoredInsigniaReference): InsigniaReference | undefined {
  if (!stored.data.startsWith('v1:')) return undefined;
  let raw: string;
  try {
    raw = atob(stored.data.slice(3));
  } catch {
    return undefined;
  }
  if (raw.length === 0 || raw.length % SAMPLES !== 0) return undefined;
  const ints = new Int8Array(Uint8Array.from(raw, (c) => c.charCodeAt(0)).buffer);
  const descriptors: Float32Array[] = [];
  for (let j = 0; j < ints.length / SAMPLES; j++) {
    const d = Float32Array.from(ints.subarray(j * SAMPLES, (j + 1) * SAMPLES));
    let ss = 0;
    d.forEach((x) => (ss += x * x));
    if (ss === 0) return undefined;
    const inv = 1 / Math.sqrt(ss);
    descriptors.push(d.map((x) => x * inv));
  }
  return { id: stored.id, label: stored.label, descriptors };
}
