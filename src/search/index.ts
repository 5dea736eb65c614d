export { createPolicySearch, type PolicySearch, type PolicySearchResult } from './policy-search';
export { highlight, type TextPart } from './highlight';
export type { SearchDoc, SearchDocKind } from './documents';
