// One image at a time (the checks already use both cores). Jobs are grouped
// by their owner (the tab, the part of the job id before the first '/'):
// owners take turns, each owner's newest image goes first, and an owner has at
// most MAX_WAITING images waiting — an older one beyond that is dropped
// (answered 'cancelled'). So a tab attaching image after image delays another
// tab's image by the one check running at most. A removed image's job is
// dropped if waiting and aborted if running.

/** Images one owner may have waiting (besides the one running). */
export const MAX_WAITING = 2;

interface Job<T> {
  id: string;
  owner: string;
  start: (signal: AbortSignal) => Promise<T>;
  resolve: (v: T | 'cancelled') => void;
  reject: (e: unknown) => void;
}

export function ownerOf(jobId: string): string {
  const slash = jobId.indexOf('/');
  return slash < 0 ? '' : jobId.slice(0, slash);
}

export class JobQueue<T> {
  /** Waiting jobs per owner, oldest first. */
  private readonly waiting = new Map<string, Job<T>[]>();
  /** Owners with waiting jobs, in turn order. */
  private readonly turns: string[] = [];
  private running: { id: string; controller: AbortController } | undefined;
  /** Whose job ran last: another owner goes before it next. */
  private lastOwner: string | undefined;

  /** Resolves with the job's result, or 'cancelled'. */
  add(id: string, start: (signal: AbortSignal) => Promise<T>): Promise<T | 'cancelled'> {
    return new Promise((resolve, reject) => {
      const owner = ownerOf(id);
      let list = this.waiting.get(owner);
      if (!list) {
        this.waiting.set(owner, (list = []));
        this.turns.push(owner);
      }
      list.push({ id, owner, start, resolve, reject });
      while (list.length > MAX_WAITING) list.shift()!.resolve('cancelled');
      this.pump();
    });
  }

  cancel(id: string): void {
    const list = this.waiting.get(ownerOf(id));
    const i = list?.findIndex((j) => j.id === id) ?? -1;
    if (list && i >= 0) {
      list.splice(i, 1)[0]!.resolve('cancelled');
      if (!list.length) this.forget(ownerOf(id));
    }
    if (this.running?.id === id) this.running.controller.abort();
  }

  get size(): number {
    let n = this.running ? 1 : 0;
    for (const list of this.waiting.values()) n += list.length;
    return n;
  }

  private forget(owner: string): void {
    this.waiting.delete(owner);
    const i = this.turns.indexOf(owner);
    if (i >= 0) this.turns.splice(i, 1);
  }

  /** The next owner's newest job. */
  private next(): Job<T> | undefined {
    if (this.turns.length > 1 && this.turns[0] === this.lastOwner) this.turns.push(this.turns.shift()!);
    const owner = this.turns.shift();
    if (owner === undefined) return undefined;
    const list = this.waiting.get(owner)!;
    const job = list.pop()!;
    if (list.length) this.turns.push(owner);
    else this.waiting.delete(owner);
    this.lastOwner = owner;
    return job;
  }

  private pump(): void {
    if (this.running) return;
    const job = this.next();
    if (!job) return;
    const controller = new AbortController();
    this.running = { id: job.id, controller };
    job
      .start(controller.signal)
      .then(
        (v) => job.resolve(controller.signal.aborted ? 'cancelled' : v),
        (e: unknown) => (controller.signal.aborted ? job.resolve('cancelled') : job.reject(e)),
      )
      .finally(() => {
        this.running = undefined;
        this.pump();
      });
  }
}
