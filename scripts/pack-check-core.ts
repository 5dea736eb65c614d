// What `npm run pack-check` does, as functions the unit tests call: read a
// pack file (JSON or a module), check it against the pack schema with the
// line and path of each problem, and score its labelled drafts.
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as z from 'zod/mini';
import { evaluate } from '../src/engine';
import { clauseDetectorProblems } from '../src/engine/clause-detectors';
import { checkPolicyPack, formatPath, type PolicyPack } from '../src/policy/schema';
import { scoreLabelled } from './labelled-score.mjs';

// zod/mini ships without messages ("Invalid input"); a pack author needs the full ones.
z.config(z.locales.en());

export interface Problem {
  /** 1-based line in the pack file, when it is JSON. */
  line?: number;
  path: string;
  message: string;
}

/** Lines of every value in a JSON text, by path ("clauses[3].id" → 212). Assumes the text parsed. */
export function jsonLines(text: string): Map<string, number> {
  const lines = new Map<string, number>();
  let i = 0;
  const lineAt = (at: number) => text.slice(0, at).split('\n').length;
  const ws = () => { while (/\s/.test(text[i] ?? '')) i++; };
  const str = () => {
    const start = i++;
    while (text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    i++;
    return JSON.parse(text.slice(start, i)) as string;
  };
  const value = (path: string) => {
    ws();
    lines.set(path, lineAt(i));
    const c = text[i];
    if (c === '{') {
      i++;
      ws();
      if (text[i] === '}') { i++; return; }
      for (;;) {
        ws();
        const key = str();
        ws();
        i++; // ':'
        value(path ? `${path}.${key}` : key);
        ws();
        if (text[i++] === '}') return;
      }
    } else if (c === '[') {
      i++;
      ws();
      if (text[i] === ']') { i++; return; }
      for (let n = 0; ; n++) {
        value(`${path}[${n}]`);
        ws();
        if (text[i++] === ']') return;
      }
    } else if (c === '"') str();
    else while (i < text.length && !/[\s,\]}]/.test(text[i]!)) i++;
  };
  value('');
  return lines;
}

/** The pack a module exports: its default export, or its only export that looks like a pack. */
function packExport(mod: Record<string, unknown>): unknown {
  if (mod.default && typeof mod.default === 'object') return mod.default;
  const candidates = Object.values(mod).filter((v) => v && typeof v === 'object' && 'clauses' in v);
  return candidates.length === 1 ? candidates[0] : undefined;
}

/** Reads and checks a pack file. `pack` is set only when there is no problem. */
export async function checkPackFile(file: string): Promise<{ pack?: PolicyPack; problems: Problem[] }> {
  const path = resolve(file);
  if (!existsSync(path)) return { problems: [{ path: '(file)', message: `${file} not found` }] };
  let data: unknown;
  let lines: Map<string, number> | undefined;
  if (extname(path) === '.json') {
    const text = readFileSync(path, 'utf8');
    try {
      data = JSON.parse(text);
    } catch (err) {
      const at = /position (\d+)/.exec((err as Error).message);
      return { problems: [{ ...(at ? { line: text.slice(0, Number(at[1])).split('\n').length } : {}), path: '(file)', message: `not valid JSON: ${(err as Error).message}` }] };
    }
    lines = jsonLines(text);
  } else {
    data = packExport((await import(pathToFileURL(path).href)) as Record<string, unknown>);
    if (data === undefined) return { problems: [{ path: '(module)', message: 'exports no pack: export it as default, or as the only object with "clauses"' }] };
  }
  const checked = checkPolicyPack(data);
  const problems = checked.pack ? clauseDetectorProblems(checked.pack) : checked.problems;
  if (checked.pack && problems.length === 0) return { pack: checked.pack, problems: [] };
  return {
    problems: problems.map((p) => {
      const at = formatPath(p.path);
      // The nearest enclosing value that exists (a missing field is reported on its object).
      let line: number | undefined;
      for (let k = p.path.length; k >= 0 && line === undefined; k--) line = lines?.get(k ? formatPath(p.path.slice(0, k)) : '');
      return { ...(line !== undefined ? { line } : {}), path: at, message: p.message };
    }),
  };
}

export interface Example {
  id: string;
  text: string;
  site?: string;
  clauses: string[];
  allow?: string[];
}

/** The labelled drafts for a pack: next to the file (NAME.jsonl), else tests/corpus/packs/ID.jsonl. */
export function defaultExamples(file: string, pack: PolicyPack, root: string): string | undefined {
  const beside = join(dirname(resolve(file)), `${basename(file, extname(file))}.jsonl`);
  const corpus = join(root, 'tests/corpus/packs', `${pack.id}.jsonl`);
  return [beside, corpus].find(existsSync);
}

export interface ExampleScore {
  drafts: number;
  precision: number;
  recall: number;
  f1: number;
  benign: number;
  benignWarned: number;
  misses: string[];
  problems: Problem[];
}

/** Runs the engine with the pack on labelled drafts; counts as ../shared/corpus/score.mjs does. */
export function scoreExamples(pack: PolicyPack, jsonl: string): ExampleScore {
  const ids = new Set(pack.clauses.map((c) => c.id));
  const problems: Problem[] = [];
  const rows: Example[] = [];
  jsonl.split('\n').forEach((line, n) => {
    if (!line.trim()) return;
    let row: Example;
    try {
      row = JSON.parse(line) as Example;
    } catch {
      problems.push({ line: n + 1, path: '(line)', message: 'not valid JSON' });
      return;
    }
    if (typeof row.text !== 'string' || !Array.isArray(row.clauses)) {
      problems.push({ line: n + 1, path: '(line)', message: 'needs "text" (string) and "clauses" (array)' });
      return;
    }
    for (const c of [...row.clauses, ...(row.allow ?? [])]) if (!ids.has(c)) problems.push({ line: n + 1, path: row.id, message: `unknown clause "${c}"` });
    rows.push(row);
  });
  // Clause and severity only: a miss names the clause, not the engine's message.
  const s = scoreLabelled(rows, (row) =>
    evaluate({ text: row.text, ...(row.site ? { site: row.site } : {}) }, {}, pack).map((f) => ({ clause: f.clause, severity: f.severity })),
  );
  const drafts = rows.length;
  const { P: precision, R: recall, F1, benign, benignFlagged: benignWarned, misses } = s;
  return { drafts, precision, recall, f1: F1, benign, benignWarned, misses, problems };
}
