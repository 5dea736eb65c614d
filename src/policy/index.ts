import { durham2032R2 } from './durham-2032-r2';
import { saltLakeCity52_7 } from './salt-lake-city-52-7';
import { loadPolicyPack, type PolicyPack } from './schema';

export * from './schema';

/** Every pack Second Look ships with, validated once at load. The first is the default. */
export const packs: readonly PolicyPack[] = [durham2032R2, saltLakeCity52_7].map(loadPolicyPack);

/** The pack in force when nothing else is chosen (Durham). */
export const defaultPack: PolicyPack = packs[0]!;

/** Ids of the registered packs, in order. */
export const packIds: readonly string[] = packs.map((p) => p.id);

/** The registered pack with this id, or undefined. */
export function packById(id: string): PolicyPack | undefined {
  return packs.find((p) => p.id === id);
}

/** The registered pack with this id; throws naming the valid ids. */
export function requirePack(id: string): PolicyPack {
  const pack = packById(id);
  if (!pack) throw new Error(`unknown policy pack "${id}"; registered packs: ${packIds.join(', ')}`);
  return pack;
}
