// WCAG 2.2 AA checks with axe on the course's page types, in light and dark colour schemes,
// plus the print stylesheet (a lesson prints as a clean handout).
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { loadContent } from '../../src/lib/course/load-content';
import { courseUrl } from '../support/paths';

const content = loadContent(process.cwd());
const first = content.lessons[0]!;
const pages = [
  { name: 'home', hash: '' },
  { name: 'nursing lesson', hash: `#/nursing/${first.slug}` },
  { name: 'patient lesson', hash: `#/patient/${first.slug}` },
  { name: 'last lesson', hash: `#/nursing/${content.lessons.at(-1)!.slug}` },
];

for (const scheme of ['light', 'dark'] as const) {
  for (const { name, hash } of pages) {
    test(`${name} has no WCAG A/AA violations (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`${courseUrl}${hash}`);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      const summary = results.violations.map(
        (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
      );
      expect(summary).toEqual([]);
    });
  }
}

test('a lesson prints without navigation and with its references', async ({ page }) => {
  await page.goto(`${courseUrl}#/patient/${first.slug}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Animation controls' })).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  // The animation prints as a picture with its readouts; its controls do not.
  await expect(page.getByRole('group', { name: 'Animation controls' })).toBeHidden();
  await expect(page.getByRole('definition').first()).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Lessons' })).toBeHidden();
  await expect(page.getByRole('heading', { name: 'References' })).toBeVisible();
});
