// A trailing debounce for handlers that run inside the page's input handling:
// each poke only moves the deadline, and the one pending timer re-arms itself
// for what is left when it fires early — no timer cleared and set per keystroke.

export class RearmingTimer {
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** When `fire` is due (performance.now()); each poke moves it later. */
  private due = 0;

  constructor(
    private readonly ms: number,
    private readonly fire: () => void,
  ) {}

  poke(): void {
    this.due = performance.now() + this.ms;
    this.timer ??= setTimeout(this.tick, this.ms);
  }

  cancel(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private readonly tick = (): void => {
    const left = this.due - performance.now();
    if (left >= 1) {
      this.timer = setTimeout(this.tick, left);
      return;
    }
    this.timer = undefined;
    this.fire();
  };
}
