import { describe, expect, it } from 'vitest';
import { exifSignalsFromTags, readExifSignals } from '../../../src/images/exif';
import { landscape } from './generate';
import { encodeJpeg, withExif } from './jpeg';

const plain = encodeJpeg(landscape(320, 240));

describe('EXIF signals', () => {
  it('finds GPS position, owner fields and the capture time in a real JPEG', async () => {
    const bytes = withExif(plain, { gps: { lat: 35.994, lon: -78.8986 }, artist: 'J. Member', takenAt: '2026:01:02 03:04:05' });
    const s = await readExifSignals(bytes);
    expect(s.hasGps).toBe(true);
    expect(s.hasOwnerFields).toBe(true);
    expect(s.ownerTags).toEqual(['Artist']);
    expect(s.takenAt).toBe(new Date(2026, 0, 2, 3, 4, 5).toISOString());
  });

  it('reports camera owner and serial fields by name, never their values', async () => {
    const s = await readExifSignals(withExif(plain, { ownerName: 'Jane Doe', serial: 'SN12345' }));
    expect(s).toMatchObject({ hasGps: false, hasOwnerFields: true });
    // exifr's names for tags 0xA430 (CameraOwnerName) and 0xA431 (BodySerialNumber).
    expect(s.ownerTags.sort()).toEqual(['OwnerName', 'SerialNumber']);
    expect(JSON.stringify(s)).not.toContain('Jane');
  });

  it('gives no signal for a JPEG without EXIF, a PNG header or garbage', async () => {
    expect(await readExifSignals(plain)).toMatchObject({ hasGps: false, hasOwnerFields: false });
    expect(await readExifSignals(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toMatchObject({ hasGps: false });
    expect(await readExifSignals(new Uint8Array(1000).fill(7))).toMatchObject({ hasGps: false, hasOwnerFields: false });
    expect(await readExifSignals(plain.slice(0, 100))).toMatchObject({ hasGps: false });
  });

  it('treats a zeroed GPS block (cameras with no fix) and blank owner strings as absent', () => {
    expect(exifSignalsFromTags({ latitude: 0, longitude: 0 }).hasGps).toBe(false);
    expect(exifSignalsFromTags({ GPSLatitude: [0, 0, 0], GPSLongitude: [0, 0, 0] }).hasGps).toBe(false);
    expect(exifSignalsFromTags({ latitude: 35.9, longitude: -78.9 }).hasGps).toBe(true);
    expect(exifSignalsFromTags({ Artist: '  \0\0' }).hasOwnerFields).toBe(false);
    expect(exifSignalsFromTags(undefined)).toMatchObject({ hasGps: false, hasOwnerFields: false });
  });
});
