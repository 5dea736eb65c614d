// A picture the member chose, made into a gallery reference: decoded by the
// browser, scaled down to GALLERY_REFERENCE_SIDE and stored as a JPEG data
// URL (small enough that fifty fit in storage.local with room to spare).
// Read on the device; nothing is sent anywhere.
import { GALLERY_REFERENCE_SIDE } from '../../src/settings/member-gallery';

export async function referenceFromFile(file: Blob): Promise<string> {
  const bitmap = await createImageBitmap(file);
  try {
    const scale = Math.min(1, GALLERY_REFERENCE_SIDE / Math.max(bitmap.width, bitmap.height));
    const width = Math.max(1, Math.round(bitmap.width * scale));
    const height = Math.max(1, Math.round(bitmap.height * scale));
    const canvas = new OffscreenCanvas(width, height);
    const g = canvas.getContext('2d')!;
    // JPEG has no transparency: a transparent logo goes on white, not black.
    g.fillStyle = '#fff';
    g.fillRect(0, 0, width, height);
    g.drawImage(bitmap, 0, 0, width, height);
    const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.85 });
    return await new Promise<string>((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.onerror = () => reject(reader.error ?? new Error('could not read the scaled image'));
      reader.readAsDataURL(blob);
    });
  } finally {
    bitmap.close();
  }
}
