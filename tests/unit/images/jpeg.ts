// Generated JPEGs for the image tests, with or without EXIF (piexifjs).
import jpeg from 'jpeg-js';
import piexif from 'piexifjs';
import type { Raster } from '../../../src/images/raster';

export function encodeJpeg(r: Raster, quality = 85): Uint8Array {
  return new Uint8Array(jpeg.encode({ width: r.width, height: r.height, data: Buffer.from(r.data.buffer, r.data.byteOffset, r.data.byteLength) }, quality).data);
}

export interface ExifSpec {
  gps?: { lat: number; lon: number };
  artist?: string;
  ownerName?: string;
  serial?: string;
  takenAt?: string; // "YYYY:MM:DD HH:MM:SS"
}

function dms(v: number): [number, number][] {
  const a = Math.abs(v);
  const d = Math.floor(a);
  const m = Math.floor((a - d) * 60);
  const s = Math.round(((a - d) * 60 - m) * 60 * 100);
  return [[d, 1], [m, 1], [s, 100]];
}

export function withExif(jpegBytes: Uint8Array, spec: ExifSpec): Uint8Array {
  const zeroth: Record<number, unknown> = {};
  const exif: Record<number, unknown> = {};
  const gps: Record<number, unknown> = {};
  if (spec.artist) zeroth[piexif.ImageIFD.Artist!] = spec.artist;
  if (spec.takenAt) exif[piexif.ExifIFD.DateTimeOriginal!] = spec.takenAt;
  if (spec.ownerName) exif[piexif.ExifIFD.CameraOwnerName!] = spec.ownerName;
  if (spec.serial) exif[piexif.ExifIFD.BodySerialNumber!] = spec.serial;
  if (spec.gps) {
    gps[piexif.GPSIFD.GPSLatitudeRef!] = spec.gps.lat >= 0 ? 'N' : 'S';
    gps[piexif.GPSIFD.GPSLatitude!] = dms(spec.gps.lat);
    gps[piexif.GPSIFD.GPSLongitudeRef!] = spec.gps.lon >= 0 ? 'E' : 'W';
    gps[piexif.GPSIFD.GPSLongitude!] = dms(spec.gps.lon);
  }
  const dump = piexif.dump({ '0th': zeroth, Exif: exif, GPS: gps });
  return Uint8Array.from(piexif.insert(dump, Buffer.from(jpegBytes).toString('binary')), (c) => c.charCodeAt(0));
}
