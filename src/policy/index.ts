import { durham2032R2 } from './durham-2032-r2';
import { loadPolicyPack, type PolicyPack } from './schema';

export * from './schema';

/** The pack Second Look ships with, validated once at load. */
export const defaultPack: PolicyPack = loadPolicyPack(durham2032R2);
