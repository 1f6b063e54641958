// Frame times of each animation scene at its densest setting, running and paused (the paused
// baseline shows what other work on the machine costs), under the given CPU throttling.
import type { Browser } from 'playwright-core';
import { benchScenes } from './densest-settings';
import { frameProbe, type FrameSample } from './frame-probe';
import { summarize, type FrameSummary } from './frame-stats';

export interface FrameResult extends FrameSummary {
  scene: string;
  setting: string;
  throttle: number;
  state: 'running' | 'paused baseline';
}

export async function measureFrames(
  browser: Browser,
  courseUrl: string,
  throttle: number,
  { warmUpMs = 2000, windowMs = 8000 } = {},
): Promise<FrameResult[]> {
  const results: FrameResult[] = [];
  for (const scene of benchScenes) {
    for (const state of ['running', 'paused baseline'] as const) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      await page.goto(`${courseUrl}${scene.hash}`);
      await page.locator(`[data-scene="${scene.name}"]`).waitFor();
      await scene.prepare(page);
      if (state !== 'running')
        await page.locator(`[data-scene="${scene.name}"] [data-control="play"]`).click();
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
      await page.waitForTimeout(warmUpMs);
      const sample = (await page.evaluate(frameProbe(windowMs))) as FrameSample;
      results.push({
        scene: scene.name,
        setting: scene.setting,
        throttle,
        state,
        ...summarize(sample.frameDeltas, sample.longTasks),
      });
      await page.close();
    }
  }
  return results;
}
