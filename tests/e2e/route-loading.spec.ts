// A slow first visit to a page (inside an LMS every chunk goes through its file server) shows an
// accessible "Loading the page…" status after about 300 ms, without moving the page, and it goes
// away when the page appears; a fast navigation shows nothing. Navigation is by clicking links, as a
// learner does (in hash routing an edited address reloads the whole page).
import { expect, test } from '@playwright/test';
import { courseUrl } from '../support/paths';

const loading = 'Loading the page…';

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
  const header = await page.locator('header').first().boundingBox();
  await page.getByRole('link', { name: 'Glossary', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: loading })).toBeVisible();
  // The status floats over the page: the header does not move while it shows.
  expect(await page.locator('header').first().boundingBox()).toEqual(header);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Glossary', { timeout: 15_000 });
  await expect(indicator).toHaveAttribute('data-route-loading', 'hidden');
  await expect(page.getByText(loading)).toHaveCount(0);
});

test('a fast navigation (a page already loaded once) shows no loading status', async ({ page }) => {
  await page.goto(`${courseUrl}#/progress`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your progress');
  await page.getByRole('link', { name: 'Lessons', exact: true }).click();
  await expect(page.getByRole('link', { name: /^Lesson 1:/ }).first()).toBeVisible();
  // Both pages are loaded now: record every state the indicator takes while going back and forth.
  await page.evaluate(() => {
    const indicator = document.querySelector('[data-route-loading]')!;
    const states: string[] = [];
    (window as unknown as { routeLoadingStates: string[] }).routeLoadingStates = states;
    new MutationObserver(() => states.push(indicator.getAttribute('data-route-loading')!)).observe(
      indicator,
      {
        attributes: true,
      },
    );
  });
  await page.getByRole('link', { name: 'Progress', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your progress');
  await page.waitForTimeout(400); // longer than the 300 ms delay: a late "shown" would be recorded
  const states = await page.evaluate(
    () => (window as unknown as { routeLoadingStates: string[] }).routeLoadingStates,
  );
  expect(states).toEqual([]);
});
