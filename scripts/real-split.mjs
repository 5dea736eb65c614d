// Which real rows are held out (tests/corpus/real/split.json): a whole file,
// or the rows whose field's year is listed. Shared by the scorer and the
// trainer, so a held-out row can never be trained on by mistake.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';

let rules;
const splitRules = () => (rules ??= (() => {
  try {
    return JSON.parse(readFileSync('tests/corpus/real/split.json', 'utf8')).heldout ?? {};
  } catch {
    return {};
  }
})());

/** True when split.json holds this row of this file out. */
export function isHeldOut(file, row) {
  const rule = splitRules()[basename(file)];
  if (!rule) return false;
  if (rule === 'all') return true;
  return rule.years.includes(String(fieldOf(row, rule.field) ?? '').slice(0, 4));
}

/** A dotted field ('source.date'); objects print as their outlet, dataset or JSON. */
export function fieldOf(row, path) {
  let v = row;
  for (const k of path.split('.')) v = v?.[k];
  if (v && typeof v === 'object') return v.outlet ?? v.dataset ?? JSON.stringify(v);
  return v;
}
