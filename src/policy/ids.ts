// Ids of the registered packs, without the packs themselves: settings and
// messages validate a pack id without loading every pack's text. A unit test
// checks this list against the registry (src/policy/index.ts).
export const PACK_IDS = ['durham-go-2032-r2', 'salt-lake-city-52-7'] as const;
export type PackId = (typeof PACK_IDS)[number];
/** The pack in force when neither the member nor the department chose one. */
export const DEFAULT_PACK_ID: PackId = 'durham-go-2032-r2';
