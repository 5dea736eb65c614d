// Chrome's offscreen document: a DOM and WebAssembly for the image checks,
// which the MV3 service worker lacks. Answers only the background's
// offscreen/* messages; everything else on the runtime channel is ignored.
import browser from 'webextension-polyfill';
import { OffscreenMessageSchema } from '../../src/messages/schemas';
import { serveAnalysis } from './service';

browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) => {
  const type = message && typeof message === 'object' ? (message as { type?: unknown }).type : undefined;
  if (typeof type !== 'string' || !type.startsWith('offscreen/')) return undefined;
  // Only our own background (no tab, our extension id) may ask.
  if (sender.id !== browser.runtime.id || sender.tab) return undefined;
  const parsed = OffscreenMessageSchema.safeParse(message);
  if (!parsed.success) return Promise.resolve({ error: 'malformed offscreen message' });
  return serveAnalysis(parsed.data);
});
