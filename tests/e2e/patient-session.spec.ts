// A patient-education session: the nurse presents a patient lesson with a clicker on a wall screen,
// then prints the take-home handout.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { splitFrontmatter } from '../../src/lib/course/frontmatter';
import { loadContent } from '../../src/lib/course/load-content';
import { watchPage } from '../support/page-problems';
import { courseUrl } from '../support/paths';

const content = loadContent(process.cwd());
const [first, second] = content.lessons;
const handoutSources = (
  splitFrontmatter(readFileSync('lessons/handout.svx', 'utf8')).data as { sources: { text: string }[] }
).sources;
const sectionCount = (file: string) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => /^## /.test(l)).length + 1;

test('the patient track offers presenting and the handout from the home page', async ({ page }) => {
  await page.goto(`${courseUrl}#/patient`);
  await page.getByRole('link', { name: 'Present lesson 1' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(first!.tracks.patient!.title);
  await expect(page.locator('[data-step-count]')).toHaveText(/^Step 1 of/);
  await page.goto(`${courseUrl}#/patient/${first!.slug}`);
  await page.getByRole('link', { name: 'Take-home handout' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/take-home sheet/);
});

test('presenter mode: clicker keys, P, F, B and Esc, and on to the next lesson', async ({ page }) => {
  const problems = watchPage(page);
  await page.setViewportSize({ width: 1920, height: 1080 });
  const meta = first!.tracks.patient!;
  await page.goto(`${courseUrl}#/present/patient/${first!.slug}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(meta.title);
  const count = page.locator('[data-step-count]');
  const dots = page.getByRole('navigation', { name: 'Steps' }).getByRole('button');
  await expect(dots.first()).toBeVisible();
  const total = await dots.count();
  await expect(count).toHaveText(`Step 1 of ${total}`);
  // At least one step per "##" section and the title.
  expect(total).toBeGreaterThanOrEqual(sectionCount(meta.file));
  await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0);

  await page.keyboard.press('PageDown');
  await expect(count).toHaveText(`Step 2 of ${total}`);
  await expect(page.locator('.prose > h2').first()).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(count).toHaveText(`Step 3 of ${total}`);
  await page.keyboard.press('PageUp');
  await page.keyboard.press('ArrowLeft');
  await expect(count).toHaveText(`Step 1 of ${total}`);
  await page.keyboard.press(' ');
  await expect(count).toHaveText(`Step 2 of ${total}`);
  await expect(page.getByRole('button', { name: /^Step 2:/ })).toHaveAttribute('aria-current', 'step');

  // P pauses and resumes the animation on the step that shows it.
  const play = page.locator('[data-control="play"]').filter({ visible: true });
  for (let n = 2; n < total && (await play.count()) === 0; n++) await page.keyboard.press('PageDown');
  await expect(play).toBeVisible();
  const before = (await play.textContent())!.trim();
  await page.keyboard.press('p');
  await expect(play).not.toHaveText(before);
  await page.keyboard.press('p');
  await expect(play).toHaveText(before);

  await page.keyboard.press('f');
  await expect
    .poll(() => page.evaluate(() => document.fullscreenElement?.hasAttribute('data-presenter')))
    .toBe(true);
  await page.keyboard.press('f');
  await expect.poll(() => page.evaluate(() => document.fullscreenElement)).toBeNull();

  await page.keyboard.press('b');
  await expect(page.getByRole('button', { name: /Screen blanked/ })).toBeVisible();
  await page.keyboard.press('b');
  await expect(page.getByRole('button', { name: /Screen blanked/ })).toBeHidden();

  await page.keyboard.press('End');
  await expect(count).toHaveText(`Step ${total} of ${total}`);
  await page.keyboard.press('PageDown');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(second!.tracks.patient!.title);
  await expect(count).toHaveText(/^Step 1 of/);

  await page.keyboard.press('Escape');
  await expect(page.getByText(/^Lesson 2 of \d+ · about/)).toBeVisible();
  expect(problems.errors).toEqual([]);
});

test('the handout prints cleanly and stores nothing the nurse could type', async ({ page }) => {
  await page.goto(`${courseUrl}#/handout`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/take-home sheet/);
  await expect(page.getByRole('heading', { name: /Call your care team right away/ })).toBeVisible();
  await expect(page.locator('input, textarea, select')).toHaveCount(0);
  const cite = page.locator('a.cite').first();
  await cite.click();
  await expect(page.locator(`#ref-${await cite.getAttribute('data-ref')}`)).toBeFocused();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/take-home sheet/);
  // On screen the full numbered list; printed, one short "Sources" line for patients instead.
  await expect(page.getByRole('heading', { name: 'References' })).toBeVisible();
  await expect(page.locator('[data-sources-line]')).toBeHidden();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Print this handout' })).toBeHidden();
  await expect(page.getByRole('heading', { name: 'References' })).toBeHidden();
  await expect(cite).toBeHidden();
  const line = page.locator('[data-sources-line]');
  await expect(line).toBeVisible();
  for (const source of handoutSources) await expect(line).toContainText(source.text);
});
