// Glossary terms in lesson text: the definition appears on keyboard focus and on hover, Escape
// dismisses it (WCAG 1.4.13), screen readers get it as the link's description, and the link
// opens the glossary at that term.
import { expect, test } from '@playwright/test';
import { loadContent } from '../../src/lib/course/load-content';
import { courseUrl } from '../support/paths';

const content = loadContent(process.cwd());
const lesson = content.lessons[0]!;

test('a term shows its definition on focus and hover, and Escape dismisses it', async ({ page }) => {
  await page.goto(`${courseUrl}#/patient/${lesson.slug}`);
  const term = page.locator('a.term-link').first();
  const id = new URL(
    (await term.getAttribute('href'))!.replace('#', 'http://x'),
    'http://x',
  ).searchParams.get('term');
  const entry = content.glossary.find((e) => e.id === id)!;
  expect(entry, `glossary entry for ${id}`).toBeTruthy();

  await term.focus();
  const tip = page.getByRole('tooltip');
  await expect(tip).toBeVisible();
  await expect(tip).toContainText(entry.definition);
  await expect(term).toHaveAccessibleDescription(
    new RegExp(entry.definition.slice(0, 30).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')),
  );
  await page.keyboard.press('Escape');
  await expect(tip).toBeHidden();
  await expect(term).toBeFocused();

  await term.blur();
  await term.hover();
  await expect(page.getByRole('tooltip')).toBeVisible();
});

test('the term link opens the glossary with that term in view', async ({ page }) => {
  await page.goto(`${courseUrl}#/patient/${lesson.slug}`);
  const term = page.locator('a.term-link').first();
  const name = (await term.textContent())!.trim();
  await term.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Glossary/);
  await expect(page.locator(':focus')).toContainText(new RegExp(name, 'i'));
});
