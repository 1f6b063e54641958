// Turns irregular animation-frame times into a whole number of fixed model steps, so a model advances
// the same way on a fast desktop, a throttled phone or in a test (docs/architecture.md, "Determinism").

export interface FixedStepClock {
  /** Adds real elapsed time (ms) scaled by `speed`; returns how many model steps to run now. */
  advance(elapsedMs: number, speed: number): number;
  reset(): void;
}

export function createFixedStepClock(stepSeconds: number, maxStepsPerFrame = 8): FixedStepClock {
  let owedSeconds = 0;
  return {
    advance(elapsedMs, speed) {
      // A long pause (background tab, debugger) must not release a burst of catch-up steps.
      owedSeconds += (Math.min(elapsedMs, 250) / 1000) * speed;
      const steps = Math.min(maxStepsPerFrame, Math.floor(owedSeconds / stepSeconds + 1e-9));
      owedSeconds = steps === maxStepsPerFrame ? 0 : owedSeconds - steps * stepSeconds;
      return steps;
    },
    reset() {
      owedSeconds = 0;
    },
  };
}
