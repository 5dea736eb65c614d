// The background's side of the deep check: the runner wired to the tab state,
// answers pushed to the frame that asked, and the deep/* messages.
import browser from 'webextension-polyfill';
import { mergeFindings, unavailableReason } from '../../../src/deep-check';
import { evaluate } from '../../../src/engine';
import type { Finding } from '../../../src/engine/types';
import { DeepMessageSchema, type DeepCheckTextResult, type DeepNote, type DeepResult } from '../../../src/messages/schemas';
import { defaultPack, packById } from '../../../src/policy';
import type { Settings } from '../../../src/settings/schema';
import { withAcknowledged, withExcerpt, type BackgroundState } from '../handle-message';
import { detectModel, type DeepModel } from './models';
import { DeepCheckRunner, type ComposerKey } from './runner';

export interface DeepSender {
  extensionId: string;
  senderId: string | undefined;
  tabId: number | undefined;
  frameId: number | undefined;
  /** Our own extension pages (options, popup, the evaluation command) send from this origin. */
  fromExtensionPage: boolean;
}

export function createDeepCheck(state: BackgroundState, settings: () => { settings: Settings; locked: readonly (keyof Settings)[] }) {
  let model: DeepModel | null = null;
  const runner = new DeepCheckRunner({
    // The pack in force, read on each check: the member or the department may change it.
    get pack() {
      return packById(settings().settings.pack) ?? defaultPack;
    },
    enabled: () => settings().settings.deepCheck,
    forced: () => settings().locked.includes('deepCheck'),
    // Looked up on use and kept once found: while the deep check is off nothing touches the browser's model API.
    model: () => (model ??= detectModel(() => settings().settings.deepCheckFirefoxModel)),
    deliver(key: ComposerKey, seq: number, text: string, deep: Finding[]) {
      const tab = state.tabs.get(key.tabId);
      const engine = tab?.composers.get(key.composerId);
      if (!tab || !engine) return;
      const merged = mergeFindings(
        engine.filter((f) => f.source !== 'deep-check'),
        deep.map((f) => withExcerpt(f, text)),
      );
      tab.composers.set(key.composerId, merged);
      const message: DeepResult = { type: 'deep/result', composerId: key.composerId, seq, findings: withAcknowledged(merged, tab.acknowledged) };
      browser.tabs.sendMessage(key.tabId, message, { frameId: key.frameId }).catch(() => {});
    },
  });

  return {
    runner,
    /** After the engine answered a draft/evaluate: schedule the deep check, and say where it stands. */
    drafted(key: ComposerKey, seq: number, text: string): DeepNote | undefined {
      runner.draft(key, seq, text);
      const known = runner.knownState();
      if (!known) return undefined;
      const reason = unavailableReason({ state: known, api: 'none', forced: false });
      return reason ? { state: known, reason } : { state: known };
    },
    gone(key: ComposerKey): void {
      runner.cancel(key);
    },
    settingsChanged(): void {
      if (!settings().settings.deepCheck) runner.cancelAll();
      else void runner.status(true);
    },
    isMessage(raw: unknown): boolean {
      return !!raw && typeof raw === 'object' && typeof (raw as { type?: unknown }).type === 'string' && (raw as { type: string }).type.startsWith('deep/');
    },
    async handle(raw: unknown, sender: DeepSender): Promise<{ ok: true; response: unknown } | { ok: false; error: string }> {
      if (sender.senderId !== sender.extensionId) return { ok: false, error: 'message from another extension refused' };
      const parsed = DeepMessageSchema.safeParse(raw);
      if (!parsed.success) return { ok: false, error: 'malformed deep-check message' };
      const msg = parsed.data;
      switch (msg.type) {
        case 'deep/now':
          if (sender.tabId === undefined || sender.frameId === undefined) return { ok: false, error: 'deep/now must come from a tab' };
          runner.now({ tabId: sender.tabId, frameId: sender.frameId, composerId: msg.composerId });
          return { ok: true, response: null };
        case 'deep/status':
          if (!sender.fromExtensionPage) return { ok: false, error: 'deep/status is for extension pages' };
          return { ok: true, response: await runner.status(true) };
        case 'deep/check-text': {
          if (!sender.fromExtensionPage) return { ok: false, error: 'deep/check-text is for extension pages' };
          const outcome = await runner.checkText(msg.text, new AbortController().signal);
          const engine = evaluate({ text: msg.text, site: msg.site }, { sensitivity: settings().settings.sensitivity });
          const deep = outcome.kind === 'done' ? outcome.findings : [];
          const result: DeepCheckTextResult = { outcome: outcome.kind === 'failed' ? `failed: ${outcome.error}` : outcome.kind, deep, merged: mergeFindings(engine, deep) };
          return { ok: true, response: result };
        }
      }
    },
  };
}
