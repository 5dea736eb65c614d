// Chrome's Prompt API (`LanguageModel`) as the extension uses it: the types
// of the part we call, and the options every call passes. The background
// prompts it (deep-check/models.ts); the options page only starts the model
// download, which needs the member's click.

export type Availability = 'unavailable' | 'downloadable' | 'downloading' | 'available';

export interface LanguageModelSession {
  prompt(input: string, options?: { responseConstraint?: object; signal?: AbortSignal }): Promise<string>;
  clone?(options?: { signal?: AbortSignal }): Promise<LanguageModelSession>;
  destroy(): void;
}

export interface LanguageModelStatic {
  availability(options?: object): Promise<Availability>;
  create(options?: object): Promise<LanguageModelSession>;
}

/** What is asked of the model: English text in, English text out. */
export const LANGUAGE_OPTIONS = {
  expectedInputs: [{ type: 'text', languages: ['en'] }],
  expectedOutputs: [{ type: 'text', languages: ['en'] }],
} as const;

/** The browser's Prompt API, or null where there is none (Firefox, older Chrome, Android). */
export function languageModel(): LanguageModelStatic | null {
  const lm = (globalThis as { LanguageModel?: LanguageModelStatic }).LanguageModel;
  return lm && typeof lm.availability === 'function' && typeof lm.create === 'function' ? lm : null;
}
