// Fixes a page's Math.random with a seeded generator in every frame (mulberry32, independent of the
// course's own generator), so what depends on a random draw, such as which quiz questions an
// attempt asks, is the same on every run.
import type { Page } from '@playwright/test';

export async function seedRandom(page: Page, seed: number): Promise<void> {
  await page.addInitScript((start) => {
    let state = start >>> 0;
    Math.random = () => {
      state = (state + 0x6d2b79f5) >>> 0;
      let t = state;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }, seed);
}
