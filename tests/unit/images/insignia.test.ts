import { describe, expect, it } from 'vitest';
import {
  INSIGNIA_MATCH_THRESHOLD,
  decodeReference,
  describeReference,
  encodeReference,
  matchInsignia,
} from '../../../src/images/insignia';
import { clutter, crop, landscape, otherEmblem, placeRotated, testPatch } from './generate';

const patch = describeReference('patch', 'Test patch', testPatch(200));
const emblem = describeReference('emblem', 'Other emblem', otherEmblem(200));

describe('insignia gallery matching', () => {
  it('finds the reference rotated 30° and scaled 0.5× inside a larger scene, where it is', () => {
    const m = matchInsignia(placeRotated(landscape(1024, 768), testPatch(200), 600, 400, 30, 0.5), [patch]);
    expect(m.score).toBeGreaterThanOrEqual(INSIGNIA_MATCH_THRESHOLD);
    expect(m.referenceId).toBe('patch');
    expect(Math.hypot(m.at!.x - 600, m.at!.y - 400)).toBeLessThan(10);
    // Whole patch (radius ~47 px) or its inner part (~31 px), whichever correlates best.
    expect(m.at!.radius).toBeGreaterThan(25);
    expect(m.at!.radius).toBeLessThan(55);
  });

  it.each([
    ['rotated 75°, scaled 0.35×, among clutter', placeRotated(clutter(1024, 768, 4), testPatch(200), 300, 300, 75, 0.35)],
    ['rotated −120°, scaled 1.6×', placeRotated(landscape(1024, 768, 5), testPatch(200), 500, 380, -120, 1.6)],
    ['cropped so the patch edge is cut off', crop(placeRotated(landscape(800, 600, 3), testPatch(200), 400, 300, 10, 1.2), 330, 150, 300, 300)],
    ['unrotated at full size', placeRotated(landscape(640, 480, 6), testPatch(200), 320, 240, 0, 1)],
  ])('matches when %s', (_name, scene) => {
    expect(matchInsignia(scene, [patch, emblem]).referenceId).toBe('patch');
    expect(matchInsignia(scene, [patch]).score).toBeGreaterThanOrEqual(INSIGNIA_MATCH_THRESHOLD);
  });

  it.each([
    ['a landscape', landscape(1024, 768, 7)],
    ['busy clutter', clutter(1024, 768, 9)],
    ['other clutter', clutter(1024, 768, 11)],
    ['a different emblem', placeRotated(landscape(1024, 768), otherEmblem(200), 600, 400, 30, 0.5)],
  ])('does not match %s', (_name, scene) => {
    expect(matchInsignia(scene, [patch]).score).toBeLessThan(INSIGNIA_MATCH_THRESHOLD - 0.15);
  });

  it('matches the other emblem against its own reference (the method is not tuned to one shape)', () => {
    const m = matchInsignia(placeRotated(clutter(1024, 768, 12), otherEmblem(200), 400, 300, 20, 0.6), [patch, emblem]);
    expect(m.referenceId).toBe('emblem');
    expect(m.score).toBeGreaterThanOrEqual(INSIGNIA_MATCH_THRESHOLD);
  });

  it('stores a reference compactly and matches just as well after decoding', () => {
    const stored = encodeReference(patch);
    expect(stored.data.length).toBeLessThan(600);
    const decoded = decodeReference(stored)!;
    const scene = placeRotated(landscape(1024, 768), testPatch(200), 600, 400, 30, 0.5);
    expect(matchInsignia(scene, [decoded]).score).toBeGreaterThanOrEqual(INSIGNIA_MATCH_THRESHOLD);
  });

  it('rejects malformed stored references instead of throwing', () => {
    expect(decodeReference({ id: 'x', label: 'x', data: 'v2:AAAA' })).toBeUndefined();
    expect(decodeReference({ id: 'x', label: 'x', data: 'v1:%%%' })).toBeUndefined();
    expect(decodeReference({ id: 'x', label: 'x', data: 'v1:AAAA' })).toBeUndefined();
    expect(matchInsignia(landscape(64, 48), [])).toEqual({ score: 0 });
  });
}, 60_000);
