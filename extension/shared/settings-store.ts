// The one place that reads and writes settings. storage.sync holds the
// member's choices, except the member's insignia gallery, which is too big for
// it and lives in storage.local (src/settings/member-gallery.ts; a gallery an
// older version left in storage.sync is moved on the first read).
// storage.managed (department policy) overrides them and locks those keys; it
// is read through a copy in storage.local (below) so a browser start does not
// hold every warning for Chromium's policy service.
// Every read is validated; a bad value falls back to its default and is
// reported in `problems`, never thrown.
import browser from 'webextension-polyfill';
import { GALLERY_KEY, planGalleryMigration, withoutGallery } from '../../src/settings/member-gallery';
import { effectiveSettings, MANAGED_COPY_KEY, type EffectiveSettings } from '../../src/settings/effective';
import type { Settings } from '../../src/settings/schema';

export type { EffectiveSettings };

async function readManaged(): Promise<Record<string, unknown>> {
  try {
    // Throws on Firefox when no policy is installed, and where the API is missing.
    return ((await browser.storage.managed?.get(null)) ?? {}) as Record<string, unknown>;
  } catch {
    return {};
  }
}

/**
 * The department policy as last read, kept in storage.local. Chromium answers
 * the first storage.managed read after the browser starts only once its policy
 * service is up — 3–5 s at load, measured by bench/first-warning.bench.ts —
 * and every context (the worker, each frame's content script) would wait for
 * it before its first warning. Reads use this copy and refresh it behind; a
 * changed policy rewrites it, and the storage.onChanged listeners re-apply.
 * Only the first read ever (no copy yet) waits for storage.managed. The copy
 * is validated like the policy itself, on every read (effectiveSettings).
 *
 * One refresh at a time per context: a burst of reads asks storage.managed once.
 */
let refreshing: Promise<Record<string, unknown>> | null = null;

function refreshManagedCopy(previous: unknown): Promise<Record<string, unknown>> {
  refreshing ??= readManaged()
    .then(async (managed) => {
      if (JSON.stringify(managed) !== JSON.stringify(previous)) await browser.storage.local.set({ [MANAGED_COPY_KEY]: managed });
      return managed;
    })
    .finally(() => {
      refreshing = null;
    });
  return refreshing;
}

async function readManagedFast(): Promise<Record<string, unknown>> {
  let copy: unknown;
  try {
    copy = (await browser.storage.local.get(MANAGED_COPY_KEY))[MANAGED_COPY_KEY];
  } catch {
    return readManaged();
  }
  const refreshed = refreshManagedCopy(copy).catch((e: unknown) => {
    console.warn(`Second Look: could not refresh the department policy copy: ${String(e)}`);
    return {};
  });
  if (copy && typeof copy === 'object' && !Array.isArray(copy)) return copy as Record<string, unknown>;
  return refreshed;
}

/** Readers that never look at pictures (content scripts) skip the gallery: up to ~1 MB read for nothing on every page. */
export interface LoadOptions {
  gallery?: boolean;
}

/** The member's settings: storage.sync, with the gallery from storage.local (moved there first if sync still has it). */
async function readMember(gallery: boolean): Promise<Record<string, unknown>> {
  if (!gallery) return withoutGallery(await browser.storage.sync.get(null));
  const [syncRaw, localRaw] = await Promise.all([browser.storage.sync.get(null), browser.storage.local.get(GALLERY_KEY)]);
  const migration = planGalleryMigration(syncRaw, localRaw);
  if (!migration) return { ...withoutGallery(syncRaw), ...localRaw };
  try {
    // Local first, then sync: a move cut short in between is simply done again (it merges, never duplicates).
    await browser.storage.local.set({ [GALLERY_KEY]: migration.gallery });
    await browser.storage.sync.remove(GALLERY_KEY);
    if (migration.dropped) console.warn(`Second Look: ${migration.dropped} invalid insignia gallery item(s) not moved to local storage`);
  } catch (e) {
    // Still usable for this read; the move is tried again on the next one.
    console.warn(`Second Look: could not move the insignia gallery to local storage: ${String(e)}`);
  }
  return { ...withoutGallery(syncRaw), [GALLERY_KEY]: migration.gallery };
}

export async function loadSettings({ gallery = true }: LoadOptions = {}): Promise<EffectiveSettings> {
  const [memberRaw, managedRaw] = await Promise.all([readMember(gallery), readManagedFast()]);
  return effectiveSettings(memberRaw, managedRaw);
}

/** Saves the member's choices (the gallery to storage.local, the rest to storage.sync); locked keys are never written. */
export async function saveSettings(patch: Partial<Settings>): Promise<void> {
  const { locked } = await loadSettings();
  const allowed: Record<string, unknown> = Object.fromEntries(Object.entries(patch).filter(([k]) => !locked.includes(k as keyof Settings)));
  if (GALLERY_KEY in allowed) await browser.storage.local.set({ [GALLERY_KEY]: allowed[GALLERY_KEY] });
  await browser.storage.sync.set(withoutGallery(allowed));
}

export function onSettingsChanged(listener: () => void, { gallery = true }: LoadOptions = {}): () => void {
  const handler = (changes: Record<string, unknown>, area: string) => {
    // storage.local holds other things too (never drafts); only the gallery there is a setting.
    if (area === 'sync' || area === 'managed' || (area === 'local' && MANAGED_COPY_KEY in changes) || (gallery && area === 'local' && GALLERY_KEY in changes)) listener();
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}
