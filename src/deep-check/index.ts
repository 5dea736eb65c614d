// The deep check: a second, contextual reading of the draft by the browser's
// own on-device language model, where there is one. Browser-free.
export { buildDeepCheckPrompt, checkedClauses, draftPrompt, type DeepCheckPrompt } from './prompt';
export { parseDeepAnswer, type DeepItem, type ParsedAnswer } from './answer';
export { locateQuote } from './locate';
export { DEEP_CHECK_SOURCE, deepFindings, mergeFindings } from './findings';
export { runDeepCheck, type DeepOutcome, type DeepSession } from './run';
export { DeepStatusSchema, unavailableReason, type DeepState, type DeepStatus } from './status';
