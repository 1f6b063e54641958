// Frame-time benchmark of the animations at their densest settings, in headless Chromium with 4× CPU
// throttling (Chrome DevTools Protocol). Not part of npm test. Needs a built course:
//   npm run build && npm run bench          (or COURSE_BUILD_DIR=build-x npm run bench)
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { chromium } from 'playwright-core';
import { benchScenes } from './densest-settings';
import { frameProbe, type FrameSample } from './frame-probe';
import { frameBudget, summarize } from './frame-stats';
import { serveBuild } from './serve-build';

const buildDir = process.env.COURSE_BUILD_DIR ?? 'build';
const throttle = Number(process.env.BENCH_CPU_THROTTLE ?? 4);
const warmUpMs = 2000;
const windowMs = Number(process.env.BENCH_WINDOW_MS ?? 8000);

// Playwright's own Chromium where installed; otherwise the system one (docs/build-notes.md §5).
function chromiumPath(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  if (existsSync(chromium.executablePath())) return undefined;
  return ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => existsSync(path));
}

const served = await serveBuild(buildDir);
const browser = await chromium.launch({
  executablePath: chromiumPath(),
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});

let failed = false;
try {
  console.log(`CPU throttling ${throttle}×, ${windowMs / 1000} s window after ${warmUpMs / 1000} s warm-up`);
  console.log(
    `budget: p95 frame ≤ ${frameBudget.p95FrameMs} ms, no long task > ${frameBudget.longTaskMs} ms`,
  );
  // Other work on the machine shows up as long frames too; the paused baseline measures that floor.
  console.log(`machine load average (1 min): ${loadavg()[0]?.toFixed(1)}\n`);
  const ms = (value: number) => `${value.toFixed(1)} ms`;
  for (const scene of benchScenes) {
    console.log(`${scene.name} — ${scene.setting}`);
    for (const state of ['running', 'paused baseline'] as const) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      await page.goto(`${served.origin}/index.html${scene.hash}`);
      await page.locator(`[data-scene="${scene.name}"]`).waitFor();
      await scene.prepare(page);
      if (state !== 'running')
        await page.locator(`[data-scene="${scene.name}"] [data-control="play"]`).click();
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
      await page.waitForTimeout(warmUpMs);
      const sample = (await page.evaluate(frameProbe(windowMs))) as FrameSample;
      const result = summarize(sample.frameDeltas, sample.longTasks);
      if (state === 'running') failed ||= !result.withinBudget;
      console.log(
        `  ${state.padEnd(15)} frames ${result.frames}: p50 ${ms(result.p50)}, p95 ${ms(result.p95)}, ` +
          `max ${ms(result.max)}; long tasks ${result.longTasks}, longest ${ms(result.longestTask)}` +
          (state === 'running' ? ` → ${result.withinBudget ? 'within budget' : 'OVER BUDGET'}` : ''),
      );
      await page.close();
    }
  }
} finally {
  await browser.close();
  await served.close();
}
process.exitCode = failed ? 1 : 0;
