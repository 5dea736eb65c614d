// The analysis context's side of offscreen/analyze and offscreen/cancel:
// the same code runs in Chrome's offscreen document and in Firefox's
// background page (which has a DOM of its own).
import type { OffscreenMessage, OffscreenResult } from '../../src/messages/schemas';
import { analyzeImage, Cancelled, CHECKS } from './analyze';
import { dataUrlToBytes } from './decode';
import { cachedGallery, loadGallery } from './gallery';
import { JobQueue } from './queue';

const queue = new JobQueue<OffscreenResult>();

export async function serveAnalysis(msg: OffscreenMessage): Promise<OffscreenResult | null> {
  if (msg.type === 'offscreen/cancel') {
    queue.cancel(msg.jobId);
    return null;
  }
  const empty = { signals: {}, timings: {}, timedOut: [] };
  if (!cachedGallery(msg.galleryKey) && !msg.gallery) return { type: 'offscreen/result', jobId: msg.jobId, status: 'need-gallery', ...empty };
  const result = await queue.add(msg.jobId, async (signal) => {
    const gallery = cachedGallery(msg.galleryKey) ?? (await loadGallery(msg.galleryKey, msg.gallery ?? []));
    const { bytes, mime } = dataUrlToBytes(msg.dataUrl);
    try {
      const checks = msg.only ? CHECKS.filter((c) => msg.only!.includes(c.name)) : CHECKS;
      const r = await analyzeImage({ bytes, mime, gallery, signal }, checks);
      return { type: 'offscreen/result', jobId: msg.jobId, status: 'done', signals: r.signals, timings: r.timings, timedOut: r.timedOut };
    } catch (e) {
      if (e instanceof Cancelled) return { type: 'offscreen/result', jobId: msg.jobId, status: 'cancelled', ...empty };
      console.warn(`Second Look: image analysis failed: ${String(e).slice(0, 200)}`);
      return { type: 'offscreen/result', jobId: msg.jobId, status: 'failed', ...empty };
    }
  });
  return result === 'cancelled' ? { type: 'offscreen/result', jobId: msg.jobId, status: 'cancelled', ...empty } : result;
}
