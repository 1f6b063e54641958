// Progress with scorm-again as the LMS (SCORM 1.2 and 2004): complete the lessons of a track, check
// what the LMS stored, relaunch with that data and resume, finish once; standalone reset.
import { axeViolations } from '../support/axe';
import { expect, test, type FrameLocator, type Page } from '@playwright/test';
import { loadContent } from '../../src/lib/course/load-content';
import { finalCount, finalQuiz, journalParts, passFinalAssessment } from '../support/final-assessment';
import { expectedLmsIdentifier } from '../support/lms-identifier';
import { courseUrl } from '../support/paths';

const content = loadContent(process.cwd());
const nursing = content.lessons
  .filter((l) => l.tracks.nursing)
  .map((l) => ({ id: l.id, slug: l.slug, title: l.tracks.nursing!.title }));

type Stored = Record<string, string>;

async function openLms(page: Page, version: '12' | '2004', preload: unknown): Promise<FrameLocator> {
  await page.addInitScript((data) => {
    (window as unknown as { lmsPreload: unknown }).lmsPreload = data;
  }, preload);
  await page.goto(`/lms/scorm${version}.html`);
  const frame = page.frameLocator('#sco');
  await expect(frame.getByRole('heading', { level: 1 })).toHaveText(content.course.title);
  return frame;
}

const lms = <T>(page: Page, read: string): Promise<T> =>
  page.evaluate((code) => new Function(`return (${code})(window.lms)`)(), read) as Promise<T>;
const stored = (page: Page) => lms<Stored>(page, '(l) => l.stored()');
const lastSet = (page: Page, element: string) =>
  lms<string | undefined>(page, `(l) => l.lastSet(${JSON.stringify(element)})`);

/** Opens each nursing lesson in turn, scrolls to its end, then follows Next. */
async function completeNursingLessons(frame: FrameLocator) {
  await frame.getByRole('link', { name: `Lesson 1: ${nursing[0]!.title}` }).click();
  for (const [index, lesson] of nursing.entries()) {
    await expect(frame.getByRole('heading', { level: 1 })).toHaveText(lesson.title);
    await frame.locator('[data-lesson-end]').scrollIntoViewIfNeeded();
    const next = nursing[index + 1];
    if (next) await frame.locator('a[rel="next"]').click();
  }
}

/** Indexes n of the cmi.interactions.n.id values the course wrote. */
const interactionIds = (page: Page) =>
  lms<string[]>(
    page,
    `(l) => l.calls.filter((c) => /SetValue$/.test(c.name) && /^cmi\\.interactions\\.\\d+\\.id$/.test(c.args[0])).map((c) => c.args[1])`,
  );

async function expectOutlineCompleted(frame: FrameLocator) {
  await frame.getByRole('link', { name: 'Lessons', exact: true }).click();
  await expect(frame.locator('[data-lesson-status="completed"]')).toHaveCount(nursing.length);
}

test('SCORM 1.2: lessons, then the final passed; status, score, interactions, location, suspend_data and time stored; relaunch resumes', async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  const frame = await openLms(page, '12', {
    core: { student_name: 'Doe, Jane', lesson_mode: 'normal', credit: 'credit', entry: 'ab-initio' },
    student_data: { mastery_score: '80' },
  });
  await expect(
    frame.getByRole('status').filter({ hasText: 'Progress saved to your learning system' }),
  ).toBeVisible();
  await completeNursingLessons(frame);
  const last = nursing.at(-1)!;

  await expect.poll(async () => (await stored(page))['cmi.core.lesson_location']).toBe(`/nursing/${last.id}`);
  const cmi = await stored(page);
  // The final is not passed yet: the attempt stays incomplete (passed needs the final, docs/lms-behaviour.md §3).
  expect(cmi['cmi.core.lesson_status']).toBe('incomplete');
  expect(cmi['cmi.suspend_data']!.length).toBeGreaterThan(0);
  expect(cmi['cmi.suspend_data']!.length).toBeLessThanOrEqual(4096);
  expect(await lastSet(page, 'cmi.core.session_time')).toMatch(/^\d{4}:\d{2}:\d{2}\.\d{2}$/);
  expect(await lastSet(page, 'cmi.core.exit')).toBe('suspend');
  expect(await lms<unknown[]>(page, '(l) => l.refused()')).toEqual([]);
  await expectOutlineCompleted(frame);

  // Pass the final: status passed, raw on 0–100, one interaction per scored item, all accepted.
  const parts = (await passFinalAssessment(frame)).length;
  await expect.poll(async () => (await stored(page))['cmi.core.lesson_status']).toBe('passed');
  const graded = await stored(page);
  expect([graded['cmi.core.score.raw'], graded['cmi.core.score.min'], graded['cmi.core.score.max']]).toEqual([
    '100',
    '0',
    '100',
  ]);
  expect(await interactionIds(page)).toHaveLength(Math.min(parts, journalParts));
  expect(await lms<unknown[]>(page, '(l) => l.refused()')).toEqual([]);
  expect(graded['cmi.suspend_data']!.length).toBeLessThanOrEqual(4096);

  // The certificate carries the LMS's learner name, the course version and the score.
  await frame.getByRole('link', { name: 'Progress', exact: true }).click();
  await frame.getByRole('link', { name: 'View and print your certificate' }).click();
  const certificate = frame.locator('[data-certificate]');
  await expect(certificate.locator('[data-certificate-name]')).toHaveText('Jane Doe');
  await expect(certificate.locator('[data-certificate-score]')).toHaveText('100%');
  await expect(certificate).toContainText(content.course.version);
  await frame.getByRole('link', { name: 'Lessons', exact: true }).click();
  await frame.getByRole('link', { name: `Lesson ${nursing.length}: ${last.title}` }).click();
  await expect.poll(async () => (await stored(page))['cmi.core.lesson_location']).toBe(`/nursing/${last.id}`);
  const cmiFinal = await stored(page);

  // Relaunch in a fresh browser context with what the LMS stored.
  const context = await browser.newContext();
  const again = await context.newPage();
  const frame2 = await openLms(again, '12', {
    core: {
      student_name: 'Doe, Jane',
      lesson_mode: 'normal',
      credit: 'credit',
      entry: 'resume',
      lesson_location: cmiFinal['cmi.core.lesson_location'],
    },
    suspend_data: cmiFinal['cmi.suspend_data'],
    student_data: { mastery_score: '80' },
  });
  await expect(frame2.getByRole('heading', { name: 'Resume where you left off?' })).toBeVisible();
  await expect(frame2.locator('[data-lesson-status="completed"]')).toHaveCount(nursing.length);
  await frame2.getByRole('link', { name: 'Resume', exact: true }).click();
  await expect(frame2.getByRole('heading', { level: 1 })).toHaveText(last.title);
  await frame2.getByRole('link', { name: 'Quizzes', exact: true }).click();
  await expect(frame2.locator(`[data-quiz-id="${finalQuiz.id}"] [data-stat="best"]`)).toHaveText('100%');

  // Finish once; leaving afterwards does not terminate again.
  await frame2.getByRole('link', { name: 'Progress', exact: true }).click();
  await frame2.getByRole('button', { name: 'Finish and save' }).click();
  await expect(frame2.getByText('You can close this window.')).toBeVisible();
  await again.evaluate(() => document.getElementById('sco')!.remove());
  expect(await lms<number>(again, '(l) => l.terminated')).toBe(1);
  await context.close();
});

test('SCORM 2004: completion, success, score and progress reported separately; interactions; ISO time; relaunch resumes', async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  const frame = await openLms(page, '2004', {
    learner_name: 'Doe, Jane',
    mode: 'normal',
    credit: 'credit',
    scaled_passing_score: '0.8',
  });
  await completeNursingLessons(frame);
  const last = nursing.at(-1)!;

  await expect.poll(async () => (await stored(page))['cmi.completion_status']).toBe('completed');
  const cmi = await stored(page);
  expect(cmi['cmi.success_status']).toBe('unknown');
  expect(cmi['cmi.progress_measure']).toBe('1');
  expect(cmi['cmi.location']).toBe(`/nursing/${last.id}`);
  expect(cmi['cmi.objectives.0.id']).toBe(expectedLmsIdentifier(`lesson-${nursing[0]!.id}`));
  expect(cmi['cmi.objectives.0.completion_status']).toBe('completed');
  expect(await lastSet(page, 'cmi.session_time')).toMatch(/^PT(\d+H)?(\d+M)?([\d.]+S)?$/);
  expect(await lastSet(page, 'cmi.exit')).toBe('suspend');
  expect(await lms<unknown[]>(page, '(l) => l.refused()')).toEqual([]);

  const parts = (await passFinalAssessment(frame)).length;
  await expect.poll(async () => (await stored(page))['cmi.success_status']).toBe('passed');
  const graded = await stored(page);
  expect([
    graded['cmi.score.scaled'],
    graded['cmi.score.raw'],
    graded['cmi.score.min'],
    graded['cmi.score.max'],
  ]).toEqual(['1', '100', '0', '100']);
  expect(graded['cmi.completion_status']).toBe('completed');
  expect(await interactionIds(page)).toHaveLength(Math.min(parts, journalParts));
  expect(graded['cmi.interactions.0.result']).toBe('correct');
  expect(await lms<unknown[]>(page, '(l) => l.refused()')).toEqual([]);

  // Closing the course (pagehide) commits and terminates exactly once.
  await page.evaluate(() => document.getElementById('sco')!.remove());
  expect(await lms<number>(page, '(l) => l.terminated')).toBe(1);

  const context = await browser.newContext();
  const again = await context.newPage();
  const frame2 = await openLms(again, '2004', {
    learner_name: 'Doe, Jane',
    mode: 'normal',
    credit: 'credit',
    entry: 'resume',
    location: graded['cmi.location'],
    suspend_data: graded['cmi.suspend_data'],
  });
  await expect(frame2.getByRole('heading', { name: 'Resume where you left off?' })).toBeVisible();
  await frame2.getByRole('link', { name: 'Resume', exact: true }).click();
  // The learner was last on the final assessment's page.
  await expect(frame2.getByRole('heading', { level: 1 })).toHaveText(finalQuiz.title);
  await frame2.getByRole('link', { name: 'Progress', exact: true }).click();
  await expect(frame2.locator('[data-lessons-completed]')).toHaveText(
    `${nursing.length} of ${nursing.length}`,
  );
  await context.close();
});

test('standalone: progress kept in this browser, shown on the progress page, reset after confirmation', async ({
  page,
}) => {
  await page.goto(courseUrl);
  await expect(page.getByRole('status').filter({ hasText: 'Progress saved in this browser' })).toBeVisible();
  await page.getByRole('link', { name: `Lesson 1: ${nursing[0]!.title}` }).click();
  await page.locator('[data-lesson-end]').scrollIntoViewIfNeeded();
  // Next, from the foot of lesson 1: lesson 2 opens at its top and is not completed by the old scroll position.
  await page.locator('a[rel="next"]').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(nursing[1]!.title);
  await page.getByRole('link', { name: 'Progress', exact: true }).click();
  await expect(page.locator('[data-lessons-completed]')).toHaveText(`1 of ${nursing.length}`);
  const lessonTwoRow = page.getByRole('row', { name: new RegExp(`^2\\. `) }).first();
  await expect(lessonTwoRow.locator('[data-lesson-status]')).toHaveAttribute(
    'data-lesson-status',
    'in-progress',
  );
  await page.reload();
  await expect(page.locator('[data-lessons-completed]')).toHaveText(`1 of ${nursing.length}`);
  await page.getByRole('button', { name: 'Clear my progress…' }).click();
  await expect(page.getByRole('heading', { name: 'Clear all your progress in this browser?' })).toBeFocused();
  await page.getByRole('button', { name: 'Yes, clear my progress' }).click();
  await expect(page.locator('[data-lessons-completed]')).toHaveText(`0 of ${nursing.length}`);
  await page.reload();
  await expect(page.locator('[data-lessons-completed]')).toHaveText(`0 of ${nursing.length}`);
});

async function expectNoAxeViolations(page: Page) {
  expect(await axeViolations(page)).toEqual([]);
}

test('standalone: the final passed, a typed name on a printable certificate; progress, resume and certificate pages pass axe', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await page.goto(`${courseUrl}#/certificate`);
  await expect(
    page.getByText('Your certificate becomes available once you pass the final assessment'),
  ).toBeVisible();
  await expectNoAxeViolations(page);

  await passFinalAssessment(page);
  await page.getByRole('link', { name: 'Progress', exact: true }).click();
  await expect(page.locator('[data-final-status]')).toContainText('Passed, best score 100%');
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await expectNoAxeViolations(page);
  }
  await page.emulateMedia({ colorScheme: 'light' });
  await page.getByRole('link', { name: 'View and print your certificate' }).click();
  await page.getByLabel('Your name as it should appear on the certificate').fill('Ada Nurse');
  await page.getByLabel('Your name as it should appear on the certificate').blur();
  await expect(page.locator('[data-certificate-name]')).toHaveText('Ada Nurse');
  await expectNoAxeViolations(page);
  await page.reload();
  await expect(page.locator('[data-certificate-name]')).toHaveText('Ada Nurse');
  await expect(page.locator('[data-certificate]')).toContainText(content.course.title);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByLabel('Your name as it should appear on the certificate')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print certificate' })).toBeHidden();
  await expect(page.locator('[data-certificate]')).toBeVisible();
  await page.emulateMedia({ media: 'screen' });

  // Relaunch at home: the resume offer names where the learner was, and passes axe.
  await page.goto(courseUrl);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Resume where you left off?' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'No, stay here' }).click();
  await expect(page.getByRole('heading', { name: 'Resume where you left off?' })).toBeHidden();
});

test('the final assessment is judged against the mastery score the LMS sets', async ({ page }) => {
  const mastery = content.course.passMark === 60 ? 70 : 60;
  const frame = await openLms(page, '12', {
    core: { student_name: 'Doe, Jane', lesson_mode: 'normal', credit: 'credit', entry: 'ab-initio' },
    student_data: { mastery_score: String(mastery) },
  });
  await frame.getByRole('link', { name: 'Quizzes', exact: true }).click();
  await frame.getByRole('link', { name: finalQuiz.title }).click();
  await expect(frame.getByRole('heading', { level: 1 })).toHaveText(finalQuiz.title);
  // Go to the end and finish without answering: the result screen states the pass mark in force.
  for (let i = 1; i < finalCount; i++) await frame.getByRole('button', { name: 'Next', exact: true }).click();
  await frame.getByRole('button', { name: 'Finish assessment' }).click();
  await frame.getByRole('button', { name: 'Finish and see my result' }).click();
  await expect(frame.getByTestId('quiz-verdict')).toContainText(`the pass mark is ${mastery}%`);
});
