// The browsers' on-device model APIs behind one small interface, detected
// when used (never at load): Chrome's Prompt API (`LanguageModel`, extensions
// since Chrome 138) and Firefox's trial ML API (`browser.trial.ml`, optional
// permission `trialML`). Neither is required; without both the deep check is
// simply unavailable. The extension never downloads anything itself: the
// browser fetches its own model.
import browser from 'webextension-polyfill';
import type { DeepSession } from '../../../src/deep-check';
import type { DeepState, DeepStatus } from '../../../src/deep-check/status';
import { LANGUAGE_OPTIONS, languageModel, type LanguageModelSession, type LanguageModelStatic } from '../../shared/language-model';

export interface DeepModel {
  readonly api: DeepStatus['api'];
  state(): Promise<{ state: DeepState; progress?: number }>;
  /** A session primed with the instructions; one prompt per session. */
  session(system: string, signal: AbortSignal): Promise<DeepSession & { destroy?(): void }>;
}

// --- Chrome: the Prompt API --------------------------------------------------

class ChromePromptModel implements DeepModel {
  readonly api = 'chrome-prompt' as const;
  /** The primed session, cloned for each check so drafts never share a context. */
  private base: { lm: LanguageModelStatic; system: string; session: Promise<LanguageModelSession> } | null = null;
  constructor(private readonly first: LanguageModelStatic) {}

  /** The browser's current API object (read on each use; a new one means a new session). */
  private get lm(): LanguageModelStatic {
    return languageModel() ?? this.first;
  }

  async state() {
    const a = await this.lm.availability(LANGUAGE_OPTIONS);
    return { state: (['unavailable', 'downloadable', 'downloading', 'available'] as const).includes(a) ? a : ('unavailable' as const) };
  }

  async session(system: string, signal: AbortSignal) {
    const lm = this.lm;
    if (!this.base || this.base.system !== system || this.base.lm !== lm) {
      // Created only when the model is 'available': a download needs the member's click (options page).
      const session = lm.create({ ...LANGUAGE_OPTIONS, initialPrompts: [{ role: 'system', content: system }] });
      this.base = { lm, system, session };
      session.catch(() => (this.base = null));
    }
    const base = await this.base.session;
    if (typeof base.clone !== 'function') return base;
    const clone = await base.clone({ signal });
    return { prompt: clone.prompt.bind(clone), destroy: () => clone.destroy() };
  }
}

// --- Firefox: the trial ML API -----------------------------------------------

interface TrialMl {
  createEngine(request: { taskName: string; modelId: string; modelHub?: string }): Promise<void>;
  runEngine(request: { args: unknown[]; options?: object }): Promise<unknown>;
}

export const TRIAL_ML_PERMISSION = 'trialML';
const TRIAL_ML_TASK = 'text-generation';

function trialMl(): TrialMl | null {
  const ml = (browser as unknown as { trial?: { ml?: TrialMl } }).trial?.ml;
  return ml && typeof ml.runEngine === 'function' ? ml : null;
}

/** A text-generation pipeline answers [{ generated_text }]; Firefox's `test-echo` model answers { output: args }. */
export function trialMlText(result: unknown): string | null {
  const first = Array.isArray(result) ? result[0] : (result as { output?: unknown } | null)?.output;
  const item = Array.isArray(first) ? first[0] : first;
  if (typeof item === 'string') return item;
  const generated = (item as { generated_text?: unknown } | null)?.generated_text;
  return typeof generated === 'string' ? generated : null;
}

class FirefoxTrialModel implements DeepModel {
  readonly api = 'firefox-trial-ml' as const;
  private engine: { modelId: string; ready: Promise<void> } | null = null;
  private disabled = false;
  constructor(private readonly modelId: () => string) {}

  async state() {
    if (!(await browser.permissions.contains({ permissions: [TRIAL_ML_PERMISSION as browser.Manifest.OptionalPermission] }).catch(() => false)) || !trialMl()) {
      return { state: 'needs-permission' as const };
    }
    if (this.disabled) return { state: 'disabled' as const };
    return { state: this.modelId() ? ('available' as const) : ('no-model' as const) };
  }

  async session(system: string, signal: AbortSignal) {
    const ml = trialMl();
    if (!ml) throw new Error('trial ML API missing');
    const modelId = this.modelId();
    if (!this.engine || this.engine.modelId !== modelId) {
      // One engine per extension (Firefox's rule); it downloads the model the first time.
      const ready = ml.createEngine({ taskName: TRIAL_ML_TASK, modelId }).catch((e: unknown) => {
        this.engine = null;
        if (/disabled/i.test(String(e))) this.disabled = true;
        throw e;
      });
      this.engine = { modelId, ready };
    }
    await this.engine.ready;
    return {
      // runEngine cannot be cancelled: the signal only lets the caller stop waiting.
      async prompt(input: string) {
        if (signal.aborted) throw new DOMException('aborted', 'AbortError');
        const text = trialMlText(await ml.runEngine({ args: [`${system}\n\n${input}\n\nJSON answer:`], options: { max_new_tokens: 400, return_full_text: false } }));
        if (text === null) throw new Error('no text in the trial ML answer');
        return text;
      },
    };
  }
}

/** The model API this browser offers the extension, or null. Looked up each time: nothing is touched while the deep check is off. */
export function detectModel(firefoxModelId: () => string): DeepModel | null {
  const lm = languageModel();
  if (lm) return new ChromePromptModel(lm);
  if (browser.runtime.getURL('').startsWith('moz-extension:')) return new FirefoxTrialModel(firefoxModelId);
  return null;
}
