// Commits now, and when the LMS refuses (Commit "false", e.g. 391), retries with growing delays up to a
// fixed number of times: never a tight loop, never a dropped change (each attempt sends the whole
// current record, so a later success carries everything). NOTES.md §4: retry later, never loop.

export interface Timers {
  set(run: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

export const realTimers: Timers = {
  set: (run, ms) => setTimeout(run, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export type SaveOutcome = 'saved' | 'retrying' | 'failed';

export const RETRY_DELAYS_MS = [1000, 2000, 4000, 8000, 16000, 30000];

export class SaveScheduler {
  private pending: unknown = null;
  private failures = 0;

  constructor(
    private readonly attempt: () => boolean,
    private readonly onOutcome: (outcome: SaveOutcome) => void,
    private readonly timers: Timers = realTimers,
    private readonly delays: readonly number[] = RETRY_DELAYS_MS,
  ) {}

  /** Saves at once, unless a retry is already scheduled: that retry will carry this change too. */
  request(): void {
    if (this.pending !== null) return;
    this.run();
  }

  /** Saves at once even if a retry is waiting (page being hidden: there may be no later). */
  flush(): boolean {
    this.cancel();
    return this.run();
  }

  cancel(): void {
    if (this.pending !== null) this.timers.clear(this.pending);
    this.pending = null;
  }

  get retrying(): boolean {
    return this.pending !== null;
  }

  private run(): boolean {
    this.pending = null;
    if (this.attempt()) {
      this.failures = 0;
      this.onOutcome('saved');
      return true;
    }
    const delay = this.delays[this.failures];
    if (delay === undefined) {
      // Out of retries: stop until the learner's next change asks again.
      this.failures = 0;
      this.onOutcome('failed');
      return false;
    }
    this.failures += 1;
    this.pending = this.timers.set(() => this.run(), delay);
    this.onOutcome('retrying');
    return false;
  }
}
