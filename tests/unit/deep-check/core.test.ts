import { describe, expect, it } from 'vitest';
import {
  buildDeepCheckPrompt,
  checkedClauses,
  deepFindings,
  draftPrompt,
  locateQuote,
  mergeFindings,
  parseDeepAnswer,
  runDeepCheck,
  unavailableReason,
  type DeepSession,
} from '../../../src/deep-check';
import type { Finding } from '../../../src/engine/types';
import { defaultPack } from '../../../src/policy';

const prompt = buildDeepCheckPrompt(defaultPack);
const [first, second] = checkedClauses(defaultPack);

describe('deep-check prompt', () => {
  it('is built from the pack: every checked clause id, rule and exception quote, no permission clause', () => {
    for (const c of checkedClauses(defaultPack)) {
      expect(prompt.system).toContain(`"${c.id}"`);
      expect(prompt.system).toContain(c.rule);
      for (const e of c.exceptions) expect(prompt.system).toContain(e.quote);
    }
    for (const c of defaultPack.clauses.filter((c) => c.kind === 'permission')) expect(prompt.system).not.toContain(`"${c.id}"`);
    expect(prompt.system).toContain(defaultPack.order.number);
  });

  it('constrains the answer to the pack clause ids', () => {
    const items = (prompt.schema as { properties: { findings: { items: { properties: { clause: { enum: string[] } } } } } }).properties.findings.items;
    expect(items.properties.clause.enum).toEqual(checkedClauses(defaultPack).map((c) => c.id));
  });

  it('another pack gets its own prompt', () => {
    const pack = { ...defaultPack, clauses: [{ ...first!, id: 'only-one', rule: 'A rule of another agency.' }] };
    const p = buildDeepCheckPrompt(pack);
    expect(p.clauseIds).toEqual(['only-one']);
    expect(p.system).toContain('A rule of another agency.');
    expect(p.system).not.toContain(second!.rule);
  });

  it('fences the draft', () => {
    expect(draftPrompt('hello')).toMatch(/<<<DRAFT\nhello\nDRAFT>>>/);
  });
});

describe('deep-check answer parsing', () => {
  const ok = (findings: unknown) => JSON.stringify({ findings });

  it('accepts a valid answer and drops unknown clause ids one by one', () => {
    const r = parseDeepAnswer(ok([{ clause: first!.id, quote: 'x y', reason: 'Because.' }, { clause: 'made-up', quote: 'a', reason: 'b' }]), prompt.clauseIds);
    expect(r).toEqual({ ok: true, items: [{ clause: first!.id, quote: 'x y', reason: 'Because.' }] });
  });

  it('an empty list is a valid answer', () => {
    expect(parseDeepAnswer('{"findings":[]}', prompt.clauseIds)).toEqual({ ok: true, items: [] });
  });

  it('rejects invalid JSON, prose and wrong shapes', () => {
    expect(parseDeepAnswer('Sure! Here is the JSON: {', prompt.clauseIds)).toEqual({ ok: false, problem: 'not-json' });
    expect(parseDeepAnswer('', prompt.clauseIds)).toEqual({ ok: false, problem: 'not-json' });
    expect(parseDeepAnswer('[1,2]', prompt.clauseIds)).toEqual({ ok: false, problem: 'wrong-shape' });
    expect(parseDeepAnswer('{"findings":[{"clause":1}]}', prompt.clauseIds)).toEqual({ ok: false, problem: 'wrong-shape' });
    expect(parseDeepAnswer('null', prompt.clauseIds)).toEqual({ ok: false, problem: 'wrong-shape' });
  });

  it('reads JSON inside a Markdown fence and tidies long reasons', () => {
    const r = parseDeepAnswer('```json\n' + ok([{ clause: first!.id, quote: 'q q', reason: `${'word '.repeat(100)}\n` }]) + '\n```', prompt.clauseIds);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.items[0]!.reason.length).toBeLessThanOrEqual(240);
  });
});

describe('locating quotes', () => {
  it('finds exact quotes at their UTF-16 offsets', () => {
    const draft = 'Before 😀 the words we want here.';
    const s = locateQuote(draft, 'the words')!;
    expect(draft.slice(s.start, s.end)).toBe('the words');
  });

  it('finds quotes after normalisation (case, curly quotes, dashes, white space, zero-width) and maps back', () => {
    const draft = 'He said “don’t   come back” — ever.\u200b Fine';
    const s = locateQuote(draft, '"DON\'T come back" - ever')!;
    expect(draft.slice(s.start, s.end)).toBe('don’t   come back” — ever');
    const z = locateQuote('a b\u200bc d', 'bc')!;
    expect('a b\u200bc d'.slice(z.start, z.end)).toBe('b\u200bc');
  });

  it('keeps offsets right after astral characters and compatibility forms', () => {
    const draft = '🚓🚓 ﬁne ＴＥＸＴ here';
    const s = locateQuote(draft, 'fine text')!;
    expect(draft.slice(s.start, s.end)).toBe('ﬁne ＴＥＸＴ');
  });

  it('returns null for invented or too-short quotes', () => {
    expect(locateQuote('a calm post about dogs', 'kill them all')).toBeNull();
    expect(locateQuote('a calm post', 'a')).toBeNull();
    expect(locateQuote('a calm post', '""')).toBeNull();
  });
});

describe('deep findings and merging', () => {
  const draft = 'Some words and other words.';
  const clause = first!;

  it('keeps located items as medium deep-check findings in the engine shape, drops invented ones', () => {
    const r = deepFindings(
      [
        { clause: clause.id, quote: 'other words', reason: 'A reason.' },
        { clause: clause.id, quote: 'never said this', reason: 'Invented.' },
      ],
      draft,
      defaultPack,
    );
    expect(r.invented).toBe(1);
    expect(r.findings).toHaveLength(1);
    const f = r.findings[0]!;
    expect(f).toMatchObject({ clause: clause.id, severity: 'medium', source: 'deep-check', message: 'On-device deep check: A reason.', why: clause.rule });
    expect(draft.slice(f.spans[0]!.start, f.spans[0]!.end)).toBe('other words');
    expect(f.suggestion.advice).toBe(clause.rephrase);
  });

  const engineFinding = (clauseId: string, start: number, end: number, severity: Finding['severity'] = 'high'): Finding => ({
    clause: clauseId, severity, spans: [{ start, end }], message: 'm', why: 'w', exceptions: [], suggestion: { advice: 'a' },
  });

  it('drops a deep finding the engine already makes on the same words, takes the engine severity when it agrees on the clause', () => {
    const deep = deepFindings(
      [
        { clause: clause.id, quote: 'Some words', reason: 'r1' },
        { clause: clause.id, quote: 'other words', reason: 'r2' },
        { clause: second!.id, quote: 'and', reason: 'r3' },
      ],
      draft,
      defaultPack,
    ).findings;
    const merged = mergeFindings([engineFinding(clause.id, 0, 4)], deep);
    expect(merged).toHaveLength(3);
    expect(merged[1]).toMatchObject({ clause: clause.id, severity: 'high', source: 'deep-check', message: 'On-device deep check: r2' });
    expect(merged[2]).toMatchObject({ clause: second!.id, severity: 'medium', source: 'deep-check' });
  });

  it('without engine findings everything stays medium', () => {
    const deep = deepFindings([{ clause: clause.id, quote: 'Some', reason: 'r' }], draft, defaultPack).findings;
    expect(mergeFindings([], deep).map((f) => f.severity)).toEqual(['medium']);
  });
});

describe('runDeepCheck', () => {
  const text = 'A draft with some words in it.';
  const answer = (findings: unknown) => JSON.stringify({ findings });
  const session = (fn: DeepSession['prompt']): DeepSession => ({ prompt: fn });
  const base = { prompt, pack: defaultPack, text, timeoutMs: 200 };

  it('passes the schema as responseConstraint and returns located findings', async () => {
    let seen: unknown;
    const s = session(async (input, opts) => {
      seen = opts.responseConstraint;
      expect(input).toContain(text);
      return answer([{ clause: first!.id, quote: 'some words', reason: 'Why.' }]);
    });
    const r = await runDeepCheck({ ...base, session: s, signal: new AbortController().signal });
    expect(seen).toBe(prompt.schema);
    expect(r.kind).toBe('done');
    if (r.kind === 'done') expect(r.findings).toHaveLength(1);
  });

  it('invented quotes: nothing', async () => {
    const r = await runDeepCheck({ ...base, session: session(async () => answer([{ clause: first!.id, quote: 'not in the draft', reason: 'x' }])), signal: new AbortController().signal });
    expect(r).toEqual({ kind: 'done', findings: [], invented: 1 });
  });

  it('invalid JSON: invalid, nothing thrown', async () => {
    const r = await runDeepCheck({ ...base, session: session(async () => 'I think this post is fine!'), signal: new AbortController().signal });
    expect(r).toEqual({ kind: 'invalid', problem: 'not-json' });
  });

  it('a model that never answers times out, even if it ignores the signal', async () => {
    const r = await runDeepCheck({ ...base, session: session(() => new Promise(() => {})), signal: new AbortController().signal });
    expect(r).toEqual({ kind: 'timeout' });
  });

  it('the draft changing cancels the prompt through its signal', async () => {
    const ac = new AbortController();
    let aborted = false;
    const s = session((_i, opts) => new Promise((_, reject) => opts.signal!.addEventListener('abort', () => {
      aborted = true;
      reject(new DOMException('aborted', 'AbortError'));
    })));
    const p = runDeepCheck({ ...base, timeoutMs: 10_000, session: s, signal: ac.signal });
    ac.abort();
    expect(await p).toEqual({ kind: 'cancelled' });
    expect(aborted).toBe(true);
  });

  it('an already-cancelled check never prompts; a throwing model is a failure', async () => {
    const ac = new AbortController();
    ac.abort();
    let called = false;
    expect(await runDeepCheck({ ...base, session: session(async () => ((called = true), '')), signal: ac.signal })).toEqual({ kind: 'cancelled' });
    expect(called).toBe(false);
    const r = await runDeepCheck({ ...base, session: session(async () => { throw new TypeError('boom'); }), signal: new AbortController().signal });
    expect(r).toEqual({ kind: 'failed', error: 'TypeError' });
  });
});

describe('deep-check status words', () => {
  it('says why it is unavailable, nothing when it runs or is off', () => {
    expect(unavailableReason({ state: 'available', api: 'chrome-prompt', forced: false })).toBeNull();
    expect(unavailableReason({ state: 'off', api: 'none', forced: false })).toBeNull();
    expect(unavailableReason({ state: 'unavailable', api: 'chrome-prompt', forced: false })).toMatch(/22 GB/);
    expect(unavailableReason({ state: 'downloading', api: 'chrome-prompt', forced: false, progress: 0.42 })).toMatch(/42%/);
    expect(unavailableReason({ state: 'unsupported', api: 'none', forced: false })).toMatch(/Chrome 138/);
  });
});
