// Commits now, and when the LMS refuses (Commit "false", e.g. 391), retries with growing delays up to a
// fixed number of times: never a tight loop, never a dropped change (each attempt sends the whole
// current record, so a later success carries everything; SCORM RTE: the LMS may refuse a Commit, and
// the content tries again later rather than in a loop).
// A change of little weight (an answer ticked during the final) is saved "soon": changes within a few
// seconds share one commit, so answering a question costs one save, not one per click. Anything
// weightier saves at once and carries it; a hidden page flushes it.

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
/** How long a change of little weight may wait for others to share its commit. */
export const SOON_MS = 5000;

export class SaveScheduler {
  private pending: unknown = null;
  private soon: unknown = null;
  private failures = 0;

  constructor(
    private readonly attempt: () => boolean,
    private readonly onOutcome: (outcome: SaveOutcome) => void,
    private readonly timers: Timers = realTimers,
    private readonly delays: readonly number[] = RETRY_DELAYS_MS,
  ) {}

  /** Saves at once, unless a retry is already scheduled: that retry will carry this change too. */
  request(): void {
    this.cancelSoon();
    if (this.pending !== null) return;
    this.run();
  }

  /** Saves within SOON_MS, with whatever else changes meanwhile; a retry or a save now carries it. */
  requestSoon(): void {
    if (this.pending !== null || this.soon !== null) return;
    this.soon = this.timers.set(() => {
      this.soon = null;
      this.request();
    }, SOON_MS);
  }

  /** Saves at once even if a retry is waiting (page being hidden: there may be no later). */
  flush(): boolean {
    this.cancel();
    return this.run();
  }

  cancel(): void {
    this.cancelSoon();
    if (this.pending !== null) this.timers.clear(this.pending);
    this.pending = null;
  }

  private cancelSoon(): void {
    if (this.soon !== null) this.timers.clear(this.soon);
    this.soon = null;
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
