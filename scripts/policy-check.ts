// Command-line checker: the engine without a browser.
//   policy-check "draft text" [--site x.com]     findings for a person
//   policy-check --jsonl < drafts.jsonl          one JSON line per input line
//   policy-check --list-packs                    the registered policy packs, one id and title a line
//   --pack ID                                    check against that pack (default: the first listed)
import { createInterface } from 'node:readline';
import { evaluate, type Finding } from '../src/engine';
import { defaultPack, packById, packIds, packs, type PolicyPack } from '../src/policy';

const SEVERITY_LABEL = { high: 'HIGH  ', medium: 'MEDIUM', info: 'info  ' } as const;

function formatForPerson(text: string, findings: Finding[], pack: PolicyPack): string {
  if (findings.length === 0) return `No conflicts with ${pack.order.number} "${pack.order.title}" (${pack.agency.name}) found.`;
  const lines: string[] = [];
  for (const f of findings) {
    const quoted = f.spans.map((s) => `“${text.slice(s.start, s.end)}” [${s.start}-${s.end}]`).join(', ');
    lines.push(`${SEVERITY_LABEL[f.severity]} ${f.clause}${quoted ? `  ${quoted}` : ''}`);
    lines.push(`       ${f.message}`);
    if (f.downgradedBy) lines.push(`       lowered by: ${f.downgradedBy}`);
    for (const e of f.exceptions) lines.push(`       ? ${e.question}`);
    lines.push(`       → ${f.suggestion.advice}${f.suggestion.replacement !== undefined ? ` (replace with “${f.suggestion.replacement}”)` : ''}`);
  }
  return lines.join('\n');
}

interface JsonlInput {
  id: string;
  text: string;
  site?: string;
}

function parseLine(line: string): JsonlInput {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    throw new Error('not valid JSON');
  }
  if (!value || typeof value !== 'object') throw new Error('expected an object {"id","text","site"?}');
  const { id, text, site } = value as Record<string, unknown>;
  if (typeof id !== 'string' && typeof id !== 'number') throw new Error('"id" must be a string');
  if (typeof text !== 'string') throw new Error('"text" must be a string');
  if (site !== undefined && typeof site !== 'string') throw new Error('"site" must be a string');
  return { id: String(id), text, ...(site !== undefined ? { site } : {}) };
}

async function runJsonl(pack: PolicyPack): Promise<number> {
  let lineNo = 0;
  let failed = false;
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of rl) {
    lineNo++;
    if (!line.trim()) continue;
    try {
      const input = parseLine(line);
      const findings = evaluate({ text: input.text, ...(input.site ? { site: input.site } : {}) }, {}, pack);
      process.stdout.write(
        JSON.stringify({
          id: input.id,
          findings: findings.map((f) => ({
            clause: f.clause,
            severity: f.severity,
            start: f.spans[0]?.start ?? null,
            end: f.spans[0]?.end ?? null,
            // Every flagged passage (a finding may quote several); start/end repeat the first for simple readers.
            spans: f.spans.map((sp) => ({ start: sp.start, end: sp.end })),
            message: f.message,
          })),
        }) + '\n',
      );
    } catch (err) {
      failed = true;
      process.stderr.write(`policy-check: line ${lineNo}: ${(err as Error).message}\n`);
    }
  }
  return failed ? 1 : 0;
}

function usage(): never {
  process.stderr.write(
    'usage: policy-check "draft text" [--site HOST] [--pack ID]\n       policy-check --jsonl [--pack ID] < drafts.jsonl\n       policy-check --list-packs\n',
  );
  process.exit(2);
}

async function main(argv: string[]): Promise<number> {
  if (argv.includes('--list-packs')) {
    for (const p of packs) process.stdout.write(`${p.id}\t${p.agency.name}: ${p.order.number} "${p.order.title}" (pack ${p.version})\n`);
    return 0;
  }
  let pack = defaultPack;
  const at = argv.indexOf('--pack');
  if (at >= 0) {
    const id = argv[at + 1];
    if (id === undefined || id.startsWith('--')) usage();
    const found = packById(id);
    if (!found) {
      process.stderr.write(`policy-check: unknown pack "${id}"; valid ids: ${packIds.join(', ')}\n`);
      return 2;
    }
    pack = found;
    argv = argv.filter((_, i) => i !== at && i !== at + 1);
  }
  if (argv.includes('--jsonl')) return runJsonl(pack);
  let site: string | undefined;
  const words: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--site') site = argv[++i] ?? usage();
    else if (argv[i] === '--help' || argv[i] === '-h') usage();
    else words.push(argv[i]!);
  }
  if (words.length === 0) usage();
  const text = words.join(' ');
  process.stdout.write(formatForPerson(text, evaluate({ text, ...(site ? { site } : {}) }, {}, pack), pack) + '\n');
  return 0;
}

main(process.argv.slice(2)).then((code) => process.exit(code));
