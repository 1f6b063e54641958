// WCAG 2.2 A and AA checks with axe on every page the course can show, in the light and the dark
// colour scheme: the route list comes from the route files and the course outline
// (tests/support/course-routes.ts), so a new page or lesson is checked without editing this test.
// Each run of pages is walked in one document, moving by link. Presenter mode is checked on its
// first and last step and on every step that shows a scene, a drill or the teach-back. Quiz items
// in every state are checked in keyboard-course.spec.ts. Also the print stylesheet (a lesson
// prints as a clean handout).
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from '../support/axe';
import { courseRoutes, type CourseRoute } from '../support/course-routes';
import { courseUrl } from '../support/paths';

/** The presenter's "Step n of total", in the language of the page at `path` (lessons/messages). */
function stepCount(path: string, current: number, total: number): string {
  const language = /^\/(es)\//.exec(path)?.[1] ?? 'en';
  const messages = JSON.parse(readFileSync(`lessons/messages/${language}.json`, 'utf8')) as Record<
    string,
    string
  >;
  return messages
    .presenter_step_count!.replace('{current}', String(current))
    .replace('{total}', String(total));
}

const isPresenter = (route: CourseRoute) => route.route.startsWith('/[[lang=lang]]/present/');
const presenterRoutes = courseRoutes.filter(isPresenter);
const pageRoutes = courseRoutes.filter((route) => !isPresenter(route));

/** Runs of at most `size` routes: each run is one test, so two workers share the walk. */
function runs(routes: CourseRoute[], size: number): CourseRoute[][] {
  return Array.from({ length: Math.ceil(routes.length / size) }, (_, n) =>
    routes.slice(n * size, (n + 1) * size),
  );
}

/**
 * Opens `path`: the first page of a walk as a fresh document, each next one the way a learner goes
 * there, through a link in the page (the router handles the hash; nothing reloads).
 */
async function open(page: Page, path: string) {
  const heading = page.getByRole('heading', { level: 1 }).first();
  if (!page.url().includes(courseUrl)) {
    await page.goto(`${courseUrl}#${path}`);
  } else {
    const before = await page.title();
    await page.evaluate((target) => {
      const link = Object.assign(document.createElement('a'), { href: `#${target}` });
      document.body.append(link);
      link.click();
      link.remove();
    }, path);
    await expect(page, `${path} opens`).not.toHaveTitle(before);
  }
  // The first page also boots the course: allow a slow machine its start-up.
  await expect(heading).toBeVisible({ timeout: 20_000 });
  await expect(page, `${path} opens a page, not the error page`).not.toHaveTitle('Page not found');
}

/** Waits until the deck has split the lesson with the course's own font (it splits again when it arrives). */
async function presenterReady(page: Page) {
  await expect(page.locator('[data-step-dot]').first()).toBeVisible();
  await page.evaluate(async () => {
    await document.fonts.ready;
    for (let n = 0; n < 3; n++) await new Promise((frame) => requestAnimationFrame(frame));
  });
}

/** Whether the presenter's current step shows a scene, a drill or the teach-back. */
const showsInteractive = (page: Page) =>
  page
    .locator('[data-deck-screen]')
    .locator('.sim-scene, .interactive, [data-teach-back]')
    .evaluateAll((elements) => elements.some((element) => (element as HTMLElement).offsetParent !== null));

test('the route list holds every kind of page and every lesson of both tracks', () => {
  const lessonPages = courseRoutes.filter((route) => route.route === '/[[lang=lang]]/[track=track]/[slug]');
  expect(lessonPages.length).toBeGreaterThanOrEqual(12);
  expect(presenterRoutes.length).toBe(lessonPages.length);
  for (const path of [
    '/',
    '/glossary',
    '/es/glossary',
    '/session',
    '/es/session',
    '/progress',
    '/certificate',
    '/about',
    '/accessibility',
    '/handout',
    '/quiz',
  ])
    expect(courseRoutes.map((route) => route.path)).toContain(path);
});

for (const scheme of ['light', 'dark'] as const) {
  for (const run of runs(pageRoutes, 10)) {
    test(`${run[0]!.path} … ${run.at(-1)!.path}: no WCAG A/AA violations (${scheme})`, async ({ page }) => {
      test.setTimeout(120_000);
      await page.emulateMedia({ colorScheme: scheme });
      const found: string[] = [];
      for (const { path } of run) {
        await open(page, path);
        found.push(...(await axeViolations(page)).map((violation) => `${path}: ${violation}`));
      }
      expect(found).toEqual([]);
    });
  }

  for (const run of runs(presenterRoutes, 6)) {
    test(`presenter ${run[0]!.path} … ${run.at(-1)!.path}: no WCAG A/AA violations (${scheme})`, async ({
      page,
    }) => {
      test.setTimeout(150_000);
      await page.setViewportSize({ width: 1280, height: 720 });
      await page.emulateMedia({ colorScheme: scheme });
      const found: string[] = [];
      let checked = 0;
      for (const { path } of run) {
        await open(page, path);
        await presenterReady(page);
        const total = await page.locator('[data-step-dot]').count();
        expect(total, `${path} has steps`).toBeGreaterThan(2);
        for (let n = 1; n <= total; n++) {
          await expect(page.locator('[data-step-count]')).toHaveText(stepCount(path, n, total));
          if (n === 1 || n === total || (await showsInteractive(page))) {
            found.push(...(await axeViolations(page)).map((violation) => `${path} step ${n}: ${violation}`));
            checked++;
          }
          if (n < total) await page.keyboard.press('PageDown');
        }
      }
      expect(found).toEqual([]);
      expect(checked).toBeGreaterThanOrEqual(run.length * 2);
    });
  }
}

test('a lesson prints without navigation and with its references', async ({ page }) => {
  const lesson = courseRoutes.find(
    (route) => route.route === '/[[lang=lang]]/[track=track]/[slug]' && route.path.startsWith('/patient/'),
  )!;
  await page.goto(`${courseUrl}#${lesson.path}`);
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
