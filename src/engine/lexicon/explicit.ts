// Sexually explicit words and phrases. The words are data, in explicit.json:
// one phrase per entry in the engine's word view, checked by
// tests/unit/engine/lexicon-lint.test.ts. This module only names and types them.
import data from './explicit.json';

/** Explicit on their own. */
export const EXPLICIT_TERMS: readonly string[] = data.terms;

/** Explicit only next to a picture/video word ("naked pics"), otherwise ambiguous ("the naked truth"). */
export const EXPLICIT_WITH_MEDIA: readonly string[] = data.withMedia;
export const MEDIA_WORDS: readonly string[] = data.mediaWords;

/** Contexts where a sexual word is police, medical or news vocabulary, not explicit content. */
export const EXPLICIT_SAFE_CONTEXT: readonly string[] = data.safeContext;
