// Attached images' state per tab and composer, in memory only. Browser-free
// so handle-message.ts (a pure function, unit-tested in Node) can use it;
// images.ts does the messaging.
import type { ImageSignals } from '../../src/engine/types';

export interface ComposerImages {
  /** The composer's last draft, so a finished image check can re-evaluate it. */
  draft?: { text: string; site: string; seq: number };
  /** In attachment order; pending images have no signals yet. */
  images: Map<string, { jobId: string; signals?: ImageSignals }>;
}

/** Image state per tab and composer. Keyed by the tab's own state object, so it goes when the tab does. */
export class ImageStore {
  private readonly byTab = new WeakMap<object, Map<string, ComposerImages>>();
  /** Set by images.ts: cancels analysis jobs still running (a composer went away). */
  onCancel: (jobIds: string[]) => void = () => {};

  composer(tab: object, composerId: string): ComposerImages {
    let composers = this.byTab.get(tab);
    if (!composers) this.byTab.set(tab, (composers = new Map()));
    let c = composers.get(composerId);
    if (!c) composers.set(composerId, (c = { images: new Map() }));
    return c;
  }

  /** Called on every draft/evaluate: remembers the text and returns the finished images' signals. */
  forEvaluation(tab: object, composerId: string, draft: { text: string; site: string; seq: number }): ImageSignals[] {
    const c = this.composer(tab, composerId);
    c.draft = draft;
    return [...c.images.values()].flatMap((i) => (i.signals ? [i.signals] : []));
  }

  /** Forgets a composer and cancels its images' checks still running. */
  drop(tab: object, composerId: string): void {
    const c = this.byTab.get(tab)?.get(composerId);
    this.byTab.get(tab)?.delete(composerId);
    const running = c ? [...c.images.values()].filter((i) => !i.signals).map((i) => i.jobId) : [];
    if (running.length) this.onCancel(running);
  }
}
