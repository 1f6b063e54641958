// Runs inside the page: records requestAnimationFrame deltas and long tasks over a fixed window.
// Kept as source text: tsx rewrites compiled functions with helpers that do not exist in the page.

export interface FrameSample {
  frameDeltas: number[];
  longTasks: number[];
}

export function frameProbe(windowMs: number): string {
  return `new Promise((resolve) => {
    const frameDeltas = [];
    const longTasks = [];
    let observer;
    try {
      observer = new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) longTasks.push(entry.duration);
      });
      observer.observe({ type: 'longtask' });
    } catch {
      // Long-task timing unsupported: report none rather than fail the frame measurement.
    }
    const start = performance.now();
    let last = start;
    const tick = (now) => {
      frameDeltas.push(now - last);
      last = now;
      if (now - start < ${Number(windowMs)}) requestAnimationFrame(tick);
      else {
        observer?.disconnect();
        resolve({ frameDeltas: frameDeltas.slice(1), longTasks });
      }
    };
    requestAnimationFrame(tick);
  })`;
}
