// The command-line checker, run as members and scripts run it: the compiled
// dist/cli/policy-check.mjs through its plain-Node launcher (npm run policy-check).
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';

const root = new URL('../../../', import.meta.url).pathname;
const run = (args: string[], input?: string) =>
  spawnSync('node', ['scripts/run-policy-check.mjs', ...args], { input, encoding: 'utf8', cwd: root });

describe('policy-check CLI', { timeout: 30_000 }, () => {
  beforeAll(() => {
    // Compiles the CLI when missing or stale (a few seconds, once).
    const r = run(['Hello']);
    expect(r.status).toBe(0);
  }, 180_000);
  it('runs compiled JavaScript with plain Node, not tsx', () => {
    expect(existsSync(`${root}dist/cli/policy-check.mjs`)).toBe(true);
    expect(statSync(`${root}dist/cli/policy-check.mjs`).mtimeMs).toBeGreaterThanOrEqual(statSync(`${root}scripts/policy-check.ts`).mtimeMs);
  });
  it('prints findings for a person: severity, clause, quoted span, message, exceptions', () => {
    const r = run(['My lieutenant is a lazy idiot.', '--site', 'x.com']);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/HIGH\s+disparagement\s+“lazy idiot” \[19-29\]/);
    expect(r.stdout).toMatch(/public concern/);
  });
  it('says so when nothing is found', () => {
    const r = run(['Beautiful morning for a run.']);
    expect(r.stdout).toMatch(/No conflicts/);
  });
  it('answers a usage line and exit code 2 without a draft', () => {
    const r = run([]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/usage: policy-check/);
  });
  it('--jsonl answers every good line in order, reports a malformed line by number on stderr, exits 1', () => {
    const input = [
      JSON.stringify({ id: 'a', text: 'My lieutenant is a lazy idiot.', site: 'x.com' }),
      '{not json',
      JSON.stringify({ id: 'b', text: 'Nice day at the lake.' }),
      JSON.stringify({ id: 'c' }),
    ].join('\n');
    const r = run(['--jsonl'], input);
    expect(r.status).toBe(1);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['a', 'b']);
    expect(lines[0].findings[0]).toMatchObject({ clause: 'disparagement', severity: 'high', start: 19, end: 29, spans: [{ start: 19, end: 29 }] });
    expect(lines[1].findings).toEqual([]);
    expect(r.stderr).toMatch(/line 2: not valid JSON/);
    expect(r.stderr).toMatch(/line 4: "text" must be a string/);
  });
  it('--list-packs prints one id and title a line, Durham first', () => {
    const r = run(['--list-packs']);
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines.map((l) => l.split('\t')[0])).toEqual(['durham-go-2032-r2', 'salt-lake-city-52-7']);
    expect(lines[1]).toMatch(/Salt Lake City Police Department: 52-7 "Social Media"/);
  });
  it('--pack ID checks against that pack: a sign-off with its initials is official voice there only', () => {
    const draft = 'Road closed on the west side tonight. — SLCPD';
    expect(run([draft, '--pack', 'salt-lake-city-52-7']).stdout).toMatch(/HIGH\s+official-voice\s+“— SLCPD”/);
    expect(run([draft]).stdout).toMatch(/No conflicts/);
    const jsonl = run(['--jsonl', '--pack', 'salt-lake-city-52-7'], JSON.stringify({ id: 'a', text: draft }));
    expect(JSON.parse(jsonl.stdout).findings[0]).toMatchObject({ clause: 'official-voice', severity: 'high' });
  });
  it('an unknown --pack exits 2 and lists the valid ids', () => {
    const r = run(['Hello', '--pack', 'nope']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/unknown pack "nope"; valid ids: durham-go-2032-r2, salt-lake-city-52-7/);
  });
});
