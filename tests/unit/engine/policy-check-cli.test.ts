// The command-line checker, run as members and scripts run it.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const run = (args: string[], input?: string) =>
  spawnSync('npx', ['tsx', 'scripts/policy-check.ts', ...args], { input, encoding: 'utf8', cwd: new URL('../../../', import.meta.url).pathname });

describe('policy-check CLI', () => {
  it('prints findings for a person: severity, clause, quoted span, message, exceptions', () => {
    const r = run(['My lieutenant is a lazy idiot.', '--site', 'x.com']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/HIGH\s+disparagement\s+“lazy idiot” \[19-29\]/);
    expect(r.stdout).toMatch(/public concern/);
  });
  it('says so when nothing is found', () => {
    const r = run(['Beautiful morning for a run.']);
    expect(r.stdout).toMatch(/No conflicts/);
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
    expect(lines[0].findings[0]).toMatchObject({ clause: 'disparagement', severity: 'high', start: 19, end: 29 });
    expect(lines[1].findings).toEqual([]);
    expect(r.stderr).toMatch(/line 2: not valid JSON/);
    expect(r.stderr).toMatch(/line 4: "text" must be a string/);
  }, 30_000);
});
