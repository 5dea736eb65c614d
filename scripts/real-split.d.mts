export function isHeldOut(file: string, row: unknown): boolean;
export function fieldOf(row: unknown, path: string): unknown;
