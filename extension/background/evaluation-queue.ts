// Drafts waiting to be evaluated. Only the latest draft of each composer is
// kept (an older one still waiting is answered as superseded: its answer
// would be dropped by the content script anyway), and tabs take turns, one
// evaluation per task. So a tab that sends drafts without pause delays
// another tab's warning by one evaluation at most, never by its backlog.

export const SUPERSEDED = Symbol('superseded');

interface Waiting<T> {
  run: () => T;
  resolve: (value: T | typeof SUPERSEDED) => void;
}

export class EvaluationQueue<T> {
  /** Per tab, per composer, in arrival order. */
  private readonly tabs = new Map<number, Map<string, Waiting<T>>>();
  /** Tabs with work, in turn order. */
  private readonly turns: number[] = [];
  private pumping = false;
  /** Whose draft ran last: another tab goes before it next. */
  private lastTab: number | undefined;

  constructor(private readonly nextTask: (fn: () => void) => void = (fn) => setTimeout(fn, 0)) {}

  /** Queues `run` for this composer, replacing (and answering SUPERSEDED to) its draft still waiting. */
  add(tabId: number, composerId: string, run: () => T): Promise<T | typeof SUPERSEDED> {
    return new Promise((resolve) => {
      let tab = this.tabs.get(tabId);
      if (!tab) {
        this.tabs.set(tabId, (tab = new Map()));
        this.turns.push(tabId);
      }
      const older = tab.get(composerId);
      if (older) {
        tab.delete(composerId);
        older.resolve(SUPERSEDED);
      }
      tab.set(composerId, { run, resolve });
      this.schedule();
    });
  }

  /** A composer went away: its waiting draft is not evaluated. */
  drop(tabId: number, composerId?: string): void {
    const tab = this.tabs.get(tabId);
    if (!tab) return;
    for (const [id, job] of tab) {
      if (composerId !== undefined && id !== composerId) continue;
      tab.delete(id);
      job.resolve(SUPERSEDED);
    }
    if (!tab.size) this.forgetTab(tabId);
  }

  /** Drafts waiting, all tabs. */
  get size(): number {
    let n = 0;
    for (const tab of this.tabs.values()) n += tab.size;
    return n;
  }

  private forgetTab(tabId: number): void {
    this.tabs.delete(tabId);
    const i = this.turns.indexOf(tabId);
    if (i >= 0) this.turns.splice(i, 1);
  }

  private schedule(): void {
    if (this.pumping) return;
    this.pumping = true;
    this.nextTask(() => this.pump());
  }

  private pump(): void {
    this.pumping = false;
    if (this.turns.length > 1 && this.turns[0] === this.lastTab) this.turns.push(this.turns.shift()!);
    const tabId = this.turns.shift();
    if (tabId === undefined) return;
    const tab = this.tabs.get(tabId)!;
    const [composerId, job] = tab.entries().next().value!;
    tab.delete(composerId);
    if (tab.size) this.turns.push(tabId);
    else this.tabs.delete(tabId);
    this.lastTab = tabId;
    try {
      job.resolve(job.run());
    } finally {
      if (this.turns.length) this.schedule();
    }
  }
}
