// How to put each scene in its most demanding state through its own controls, as a learner would.
import type { Page } from 'playwright-core';

export interface BenchScene {
  name: string;
  hash: string;
  setting: string;
  prepare: (page: Page) => Promise<void>;
}

export const benchScenes: BenchScene[] = [
  {
    name: 'receptor-density',
    hash: '#/nursing/01-her2-biology',
    setting: 'HER2-positive preset (most receptors drawn)',
    prepare: async (page) => {
      const scene = page.locator('[data-scene="receptor-density"]');
      await scene.locator('[data-preset="her2-positive"]').click();
      await scene.locator('[data-scene-canvas]').scrollIntoViewIfNeeded();
    },
  },
  {
    name: 'trastuzumab-action',
    hash: '#/nursing/02-how-herceptin-works',
    // Most shapes on screen: every antibody present, bound receptors still signalling, stumps and
    // vesicles forming. ADCC stays off: a destroyed cell stops drawing signals.
    setting: 'antibody level 100%, dampening off, cleavage and internalization on',
    prepare: async (page) => {
      const scene = page.locator('[data-scene="trastuzumab-action"]');
      await scene.locator('[data-control="dose"]').fill('100');
      await scene.locator('[data-mechanism="signalDampening"]').setChecked(false);
      await scene.locator('[data-mechanism="blockCleavage"]').setChecked(true);
      await scene.locator('[data-mechanism="internalization"]').setChecked(true);
      await scene.locator('[data-scene-svg]').scrollIntoViewIfNeeded();
    },
  },
];
