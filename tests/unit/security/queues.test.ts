// Bounded work in the background: drafts (latest per composer, tabs in turn)
// and images (per owner newest first, a cap on waiting, owners in turn).
import { describe, expect, it } from 'vitest';
import { EvaluationQueue, SUPERSEDED } from '../../../extension/background/evaluation-queue';
import { JobQueue, MAX_WAITING } from '../../../extension/offscreen/queue';

describe('EvaluationQueue', () => {
  it('evaluates only the latest draft of a composer; older waiting ones are superseded', async () => {
    const tasks: (() => void)[] = [];
    const q = new EvaluationQueue<string>((fn) => tasks.push(fn));
    const ran: string[] = [];
    const a = q.add(1, 'c', () => (ran.push('a'), 'a'));
    const b = q.add(1, 'c', () => (ran.push('b'), 'b'));
    while (tasks.length) tasks.shift()!();
    expect(await a).toBe(SUPERSEDED);
    expect(await b).toBe('b');
    expect(ran).toEqual(['b']);
  });

  it('tabs take turns: a flood from one tab delays another by one evaluation at most', async () => {
    const tasks: (() => void)[] = [];
    const q = new EvaluationQueue<string>((fn) => tasks.push(fn));
    const ran: string[] = [];
    for (let i = 0; i < 20; i++) void q.add(1, `flood-${i}`, () => (ran.push(`flood-${i}`), ''));
    void q.add(2, 'member', () => (ran.push('member'), ''));
    while (tasks.length) tasks.shift()!();
    expect(ran.indexOf('member')).toBeLessThanOrEqual(1);
    expect(ran).toHaveLength(21);
  });

  it('drops what a closed tab or a removed composer left waiting', async () => {
    const tasks: (() => void)[] = [];
    const q = new EvaluationQueue<string>((fn) => tasks.push(fn));
    const gone = q.add(3, 'x', () => 'x');
    const closed = q.add(4, 'y', () => 'y');
    q.drop(3, 'x');
    q.drop(4);
    while (tasks.length) tasks.shift()!();
    expect(await gone).toBe(SUPERSEDED);
    expect(await closed).toBe(SUPERSEDED);
    expect(q.size).toBe(0);
  });
});

describe('image JobQueue', () => {
  it("another owner's image runs right after the one running, newest first per owner, a cap on waiting", async () => {
    const q = new JobQueue<string>();
    const order: string[] = [];
    let release!: () => void;
    const first = q.add('1/c/a/0', () => new Promise<string>((r) => (release = () => r('first'))));
    const flood = Array.from({ length: 10 }, (_, i) => q.add(`1/c/f${i}/1`, async () => (order.push(`f${i}`), `f${i}`)));
    const other = q.add('2/c/m/2', async () => (order.push('member'), 'member'));
    expect(q.size).toBe(1 + MAX_WAITING + 1);
    release();
    expect(await first).toBe('first');
    expect(await other).toBe('member');
    const results = await Promise.all(flood);
    expect(results.filter((r) => r === 'cancelled')).toHaveLength(10 - MAX_WAITING);
    expect(order[0]).toBe('member');
    expect(order.slice(1)).toEqual(['f9', 'f8']);
  });
});
