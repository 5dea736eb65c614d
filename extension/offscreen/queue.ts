// One image at a time (the checks already use both cores), in arrival order;
// a removed image's job is dropped if waiting and aborted if running.
export class JobQueue<T> {
  private readonly waiting: { id: string; start: (signal: AbortSignal) => Promise<T>; resolve: (v: T | 'cancelled') => void; reject: (e: unknown) => void }[] = [];
  private running: { id: string; controller: AbortController } | undefined;

  /** Resolves with the job's result, or 'cancelled'. */
  add(id: string, start: (signal: AbortSignal) => Promise<T>): Promise<T | 'cancelled'> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ id, start, resolve, reject });
      this.pump();
    });
  }

  cancel(id: string): void {
    const i = this.waiting.findIndex((j) => j.id === id);
    if (i >= 0) this.waiting.splice(i, 1)[0]!.resolve('cancelled');
    if (this.running?.id === id) this.running.controller.abort();
  }

  get size(): number {
    return this.waiting.length + (this.running ? 1 : 0);
  }

  private pump(): void {
    if (this.running) return;
    const job = this.waiting.shift();
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
