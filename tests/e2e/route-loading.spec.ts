// A slow first visit to a page (inside an LMS every chunk goes through its file server) shows an
// accessible "Loading the page…" status after about 300 ms, without moving the page, and it goes
// away when the page appears; a fast navigation shows nothing.
import { expect, test } from '@playwright/test';
import { loadContent } from '../../src/lib/course/load-content';
import { courseUrl } from '../support/paths';

const content = loadContent(process.cwd());
const lessons = content.lessons.filter((lesson) => lesson.tracks.nursing);

test('a slow page shows a loading status, then the page; nothing shifts', async ({ page }) => {
  await page.goto(`${courseUrl}#/`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const indicator = page.locator('[data-route-loading]');
  await expect(indicator).toHaveAttribute('data-route-loading', 'hidden');
  await expect(indicator).toHaveAttribute('role', 'status');
  // Hold every script chunk fetched from now on for 1.5 s, as a slow LMS file server would.
  await page.route('**/_app/immutable/**/*.js', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await route.continue();
  });
  const main = await page.locator('main').boundingBox();
  const lesson = lessons.at(-1)!;
  await page.evaluate((hash) => (location.hash = hash), `#/nursing/${lesson.slug}`);
  await expect(page.getByRole('status').filter({ hasText: 'Loading the page…' })).toBeVisible();
  expect(await page.locator('main').boundingBox()).toEqual(main);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(lesson.tracks.nursing!.title);
  await expect(indicator).toHaveAttribute('data-route-loading', 'hidden');
});

test('a fast navigation (a page already loaded once) shows no loading status', async ({ page }) => {
  await page.goto(`${courseUrl}#/progress`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your progress');
  await page.evaluate((hash) => (location.hash = hash), `#/nursing/${lessons[0]!.slug}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(lessons[0]!.tracks.nursing!.title);
  const seen = await page.evaluate(async () => {
    const states: string[] = [];
    const indicator = document.querySelector('[data-route-loading]')!;
    const observer = new MutationObserver(() => states.push(indicator.getAttribute('data-route-loading')!));
    observer.observe(indicator, { attributes: true });
    location.hash = '#/progress';
    await new Promise((resolve) => setTimeout(resolve, 200));
    observer.disconnect();
    return states;
  });
  expect(seen).not.toContain('shown');
});
