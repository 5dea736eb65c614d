// Routes image checks: a content script's image/analyze goes to the analysis
// context (Chrome: offscreen document; Firefox: this background page), the
// signals are kept per composer (in memory only) and the composer's draft is
// re-evaluated with them, so image findings join the tab's report and the
// answer to the content script. image/removed cancels and forgets.
import browser from 'webextension-polyfill';
import {
  ImageMessageSchema,
  OffscreenResultSchema,
  type EvaluateResponse,
  type Finding,
  type ImageResult,
  type OffscreenAnalyze,
  type OffscreenResult,
} from '../../src/messages/schemas';
import type { Settings } from '../../src/settings/schema';
import { galleryKey, type GalleryImage } from '../offscreen/gallery';
import { closeAnalysisContext, ensureAnalysisContext } from '../platform';
import { handleMessage, type BackgroundState, type HandleResult, type SenderInfo } from './handle-message';
import type { ComposerImages } from './image-store';

export function isImageMessage(raw: unknown): boolean {
  const type = raw && typeof raw === 'object' ? (raw as { type?: unknown }).type : undefined;
  return type === 'image/analyze' || type === 'image/removed';
}

const OFFSCREEN = {
  path: 'extension/offscreen/index.html',
  reasons: ['WORKERS', 'BLOBS'],
  justification: 'Checks images the member attaches to a post (text, faces, insignia, metadata) on the device.',
};


/** The offscreen document (models: ~100+ MB) is closed after this long without images; the next image reloads them. */
const IDLE_CLOSE_MS = 5 * 60_000;
let inFlight = 0;
let idleTimer: ReturnType<typeof setTimeout> | undefined;

function jobStarted(): void {
  inFlight++;
  clearTimeout(idleTimer);
}

function jobEnded(): void {
  inFlight--;
  clearTimeout(idleTimer);
  idleTimer = setTimeout(() => {
    if (inFlight === 0) void closeAnalysisContext();
  }, IDLE_CLOSE_MS);
}

/** Sends one job to wherever analysis runs, resending with the gallery when asked. */
async function runAnalysis(job: OffscreenAnalyze, gallery: readonly GalleryImage[]): Promise<OffscreenResult> {
  jobStarted();
  try {
    return await sendJob(job, gallery);
  } finally {
    jobEnded();
  }
}

async function sendJob(job: OffscreenAnalyze, gallery: readonly GalleryImage[]): Promise<OffscreenResult> {
  const context = await ensureAnalysisContext(OFFSCREEN);
  const send = async (msg: OffscreenAnalyze): Promise<OffscreenResult> => {
    if (context.kind === 'background') {
      // Firefox: the background page has a DOM; the checks load only when an image arrives.
      const { serveAnalysis } = await import('../offscreen/service');
      return (await serveAnalysis(msg))!;
    }
    const parsed = OffscreenResultSchema.safeParse(await browser.runtime.sendMessage(msg));
    if (!parsed.success || parsed.data.jobId !== msg.jobId) throw new Error('malformed answer from the offscreen document');
    return parsed.data;
  };
  const first = await send(job);
  return first.status === 'need-gallery' ? send({ ...job, gallery: [...gallery] }) : first;
}

async function cancelAnalysis(jobId: string): Promise<void> {
  const context = await ensureAnalysisContext(OFFSCREEN);
  if (context.kind === 'background') {
    const { serveAnalysis } = await import('../offscreen/service');
    await serveAnalysis({ type: 'offscreen/cancel', jobId });
  } else {
    await browser.runtime.sendMessage({ type: 'offscreen/cancel', jobId }).catch(() => {});
  }
}

function cancelJobs(jobIds: readonly string[]): void {
  for (const id of jobIds) void cancelAnalysis(id);
}

let jobCounter = 0;

/** Handles image/analyze and image/removed; answers with the composer's findings once known. */
export async function handleImageMessage(
  raw: unknown,
  sender: SenderInfo,
  state: BackgroundState,
  settings: () => Settings,
): Promise<HandleResult> {
  if (sender.senderId !== sender.extensionId) return { ok: false, error: 'message from another extension refused' };
  if (sender.tabId === undefined) return { ok: false, error: 'image messages must come from a tab' };
  const parsed = ImageMessageSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, error: `malformed image message: ${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.code}`).join('; ')}` };
  const msg = parsed.data;
  const tab = state.tab(sender.tabId);
  state.images.onCancel = cancelJobs;
  const composer = state.images.composer(tab, msg.composerId);
  const answer = (status: ImageResult['status']): HandleResult => ({
    ok: true,
    response: { type: 'image/result', composerId: msg.composerId, imageId: msg.imageId, status, findings: reevaluate(composer, msg.composerId, sender, state, settings()) } satisfies ImageResult,
  });

  if (msg.type === 'image/removed') {
    const image = composer.images.get(msg.imageId);
    composer.images.delete(msg.imageId);
    if (image && !image.signals) cancelJobs([image.jobId]);
    return answer('cancelled');
  }

  const previous = composer.images.get(msg.imageId);
  if (previous && !previous.signals) cancelJobs([previous.jobId]);
  const jobId = `${sender.tabId}/${msg.composerId}/${msg.imageId}/${++jobCounter}`;
  composer.images.set(msg.imageId, { jobId });
  const gallery = settings().insigniaGallery;
  let result: OffscreenResult;
  try {
    result = await runAnalysis({ type: 'offscreen/analyze', jobId, dataUrl: msg.dataUrl, galleryKey: galleryKey(gallery) }, gallery);
  } catch (e) {
    console.warn(`Second Look: image check could not run: ${String(e).slice(0, 200)}`);
    if (composer.images.get(msg.imageId)?.jobId === jobId) composer.images.delete(msg.imageId);
    return answer('failed');
  }
  // Removed (or replaced) while it ran: its signals must not come back.
  const current = composer.images.get(msg.imageId);
  if (!current || current.jobId !== jobId || result.status === 'cancelled') return answer('cancelled');
  if (result.status !== 'done') {
    composer.images.delete(msg.imageId);
    return answer('failed');
  }
  current.signals = result.signals;
  return answer('done');
}

/** The composer's findings with its current images, through the same path as draft/evaluate. */
function reevaluate(composer: ComposerImages, composerId: string, sender: SenderInfo, state: BackgroundState, settings: Settings): Finding[] {
  const draft = composer.draft ?? { text: '', site: sender.host ?? '', seq: 0 };
  const r = handleMessage({ type: 'draft/evaluate', composerId, seq: draft.seq, site: draft.site, text: draft.text }, sender, state, settings);
  return r.ok ? (r.response as EvaluateResponse).findings : [];
}

export function isOffscreenMessage(raw: unknown): boolean {
  const type = raw && typeof raw === 'object' ? (raw as { type?: unknown }).type : undefined;
  return typeof type === 'string' && type.startsWith('offscreen/');
}
