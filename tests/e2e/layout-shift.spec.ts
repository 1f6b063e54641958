// No layout shift on a phone: the home page, a lesson with an animation scene, a quiz, a returning
// learner's resume offer and the course inside an LMS frame all draw once and stay put. Cumulative
// layout shift (the sum of layout-shift values, Layout Instability API) is a count, not a timing:
// it must be exactly 0 after each page has settled.
import { readFileSync } from 'node:fs';
import { expect, test, type Frame, type Page } from '@playwright/test';
import { loadContent } from '../../src/lib/course/load-content';
import { layoutShifts, recordLayoutShifts, settle } from '../support/layout-shift';
import { courseUrl } from '../support/paths';

const content = loadContent(process.cwd());
const catalog = content.quizzes;
const sceneLessons = content.lessons.filter((lesson) =>
  /<\w*Scene\b/.test(readFileSync(lesson.tracks.nursing!.file, 'utf8')),
);

// A mid-size phone in portrait (CSS pixels), as Lighthouse's mobile run emulates.
test.use({ viewport: { width: 412, height: 823 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });

async function expectNoShift(target: Page | Frame) {
  await settle(target);
  const shifts = await layoutShifts(target);
  const total = shifts.reduce((sum, shift) => sum + shift.value, 0);
  expect(shifts.map((shift) => `${shift.value.toFixed(4)}: ${shift.sources.join(', ')}`)).toEqual([]);
  expect(total).toBe(0);
}

test.beforeEach(async ({ page }) => {
  await recordLayoutShifts(page);
});

test('the course home draws without a layout shift on a phone', async ({ page }) => {
  await page.goto(courseUrl);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(content.course.title);
  await expect(page.locator('[data-save-target]')).toBeVisible();
  await expectNoShift(page);
});

test('lessons with an animation scene draw without a layout shift on a phone', async ({ page }) => {
  expect(sceneLessons.length).toBeGreaterThanOrEqual(2);
  for (const lesson of sceneLessons) {
    await page.goto(`${courseUrl}#/nursing/${lesson.slug}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(lesson.tracks.nursing!.title);
    await expect(page.locator('[data-scene]').first()).toBeVisible();
    await expectNoShift(page);
    // A fresh document per lesson, so each lesson's shifts are its own.
    await page.goto('about:blank');
  }
});

test('a quiz draws without a layout shift on a phone', async ({ page }) => {
  const quiz = catalog.quizzes[0]!;
  await page.goto(`${courseUrl}#/quiz/${quiz.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(quiz.title);
  await expectNoShift(page);
});

test('the resume offer for a returning learner is there from the first frame', async ({ page }) => {
  const lesson = content.lessons[1]!;
  await page.goto(`${courseUrl}#/nursing/${lesson.slug}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(lesson.tracks.nursing!.title);
  await settle(page);
  await page.goto('about:blank');
  await page.goto(courseUrl);
  await expect(page.locator('[data-resume-prompt]')).toBeVisible();
  await expectNoShift(page);
});

test('when the browser refuses to save, the notice is there from the first frame', async ({ page }) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('blocked', 'SecurityError');
    };
  });
  await page.goto(courseUrl);
  await expect(page.locator('[data-progress-notice]')).toBeVisible();
  await expectNoShift(page);
});

test('inside the SCORM 2004 test LMS frame the course draws without a layout shift', async ({ page }) => {
  await page.goto('/lms/scorm2004.html');
  const frame = page.frame({ url: /scormcontent/ }) ?? (await page.waitForEvent('frameattached'));
  await expect(page.frameLocator('#sco').getByRole('heading', { level: 1 })).toHaveText(content.course.title);
  await expectNoShift(page.frame({ url: /scormcontent/ }) ?? frame);
});
