// axe-core with the WCAG 2.2 A and AA rule tags the course is held to; a violation reads as
// "rule: the elements it found", so a failing test names what to fix.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** `within`: a CSS selector to check instead of the whole page (the rest was checked before). */
export async function axeViolations(page: Page, within?: string): Promise<string[]> {
  await settleTransitions(page);
  const builder = new AxeBuilder({ page }).withTags(wcagTags);
  const results = await (within ? builder.include(within) : builder).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/**
 * Waits for every finite CSS transition and animation to end. A colour scheme switch starts the
 * buttons' background transition; axe reading a colour halfway through it reports a contrast the
 * reader never sees at rest.
 */
async function settleTransitions(page: Page) {
  await page.evaluate(async () => {
    await new Promise((frame) => requestAnimationFrame(frame));
    const finite = document
      .getAnimations()
      .filter((animation) => animation.effect?.getComputedTiming().endTime !== Infinity);
    await Promise.all(finite.map((animation) => animation.finished.catch(() => undefined)));
  });
}
