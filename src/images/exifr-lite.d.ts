// exifr's "lite" bundle (JPEG/HEIC, TIFF/EXIF/GPS, XMP) has the same API as
// the package root, whose types describe the "full" bundle.
declare module 'exifr/dist/lite.esm.mjs' {
  import exifr from 'exifr';
  export default exifr;
}
