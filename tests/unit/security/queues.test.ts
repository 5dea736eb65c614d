// Bounded work in the background: drafts (latest per composer, tabs in turn)
// and images (per owner newest first, a cap on waiting, owners in turn).
import { describe, expect, it } from 'vitest';
import { EvaluationQueue, HEAVY_MS, REST_FACTOR, SUPERSEDED, type QueueClock } from '../../../extension/background/evaluation-queue';
import { JobQueue, MAX_WAITING } from '../../../extension/offscreen/queue';

/** A clock whose tasks the test runs itself; time stands still (every evaluation is light). */
function manualClock(tasks: (() => void)[]): QueueClock {
  return { now: () => 0, later: (fn) => void tasks.push(fn) };
}

describe('EvaluationQueue', () => {
  it('a tab whose evaluations are heavy rests between them; another tab never waits for its rest, light drafts never rest', async () => {
    const tasks: (() => void)[] = [];
    const time = { now: 0 };
    const waits: number[] = [];
    const clock: QueueClock = { now: () => time.now, later: (fn, ms) => void tasks.push(() => (waits.push(ms), (time.now += ms), fn())) };
    const q = new EvaluationQueue<string>(clock);
    const ran: string[] = [];
    const heavy = (name: string) => () => ((time.now += 200), ran.push(name), name);
    void q.add(1, 'big-a', heavy('big-a'));
    void q.add(1, 'big-b', heavy('big-b'));
    void q.add(2, 'member', () => ((time.now += 2), ran.push('member'), 'member'));
    while (tasks.length) tasks.shift()!();
    expect(ran).toEqual(['big-a', 'member', 'big-b']);
    // big-b waited for tab 1's rest (200 ms × REST_FACTOR, less the member's 2 ms), the member did not.
    expect(Math.max(...waits)).toBe(200 * REST_FACTOR - 2);
    expect(HEAVY_MS).toBeLessThan(200);
    // A light draft after a light one: no rest.
    waits.length = 0;
    void q.add(2, 'member', () => ((time.now += 2), 'again'));
    void q.add(2, 'member-2', () => ((time.now += 2), 'again'));
    while (tasks.length) tasks.shift()!();
    expect(waits.every((w) => w === 0)).toBe(true);
  });

  it("a draft from another tab is taken at once while a heavy tab rests (it does not wait for the rest's wake-up)", async () => {
    const tasks: { fn: () => void; ms: number }[] = [];
    let now = 0;
    const q = new EvaluationQueue<string>({ now: () => now, later: (fn, ms) => void tasks.push({ fn, ms }) });
    void q.add(1, 'big-a', () => ((now += 500), 'big-a'));
    void q.add(1, 'big-b', () => ((now += 500), 'big-b'));
    tasks.shift()!.fn(); // big-a runs; tab 1 now rests, a wake-up is set
    expect(tasks.map((t) => t.ms)).toEqual([0]);
    tasks.shift()!.fn(); // nothing ready: only the wake-up is left
    expect(tasks.map((t) => t.ms)).toEqual([500 * REST_FACTOR]);
    const member = q.add(2, 'member', () => 'member');
    const immediate = tasks.find((t) => t.ms === 0);
    expect(immediate).toBeDefined();
    immediate!.fn();
    expect(await member).toBe('member');
  });

  it('evaluates only the latest draft of a composer; older waiting ones are superseded', async () => {
    const tasks: (() => void)[] = [];
    const q = new EvaluationQueue<string>(manualClock(tasks));
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
    const q = new EvaluationQueue<string>(manualClock(tasks));
    const ran: string[] = [];
    for (let i = 0; i < 20; i++) void q.add(1, `flood-${i}`, () => (ran.push(`flood-${i}`), ''));
    void q.add(2, 'member', () => (ran.push('member'), ''));
    while (tasks.length) tasks.shift()!();
    expect(ran.indexOf('member')).toBeLessThanOrEqual(1);
    expect(ran).toHaveLength(21);
  });

  it('drops what a closed tab or a removed composer left waiting', async () => {
    const tasks: (() => void)[] = [];
    const q = new EvaluationQueue<string>(manualClock(tasks));
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
