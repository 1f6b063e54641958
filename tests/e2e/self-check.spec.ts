// The patient self-check of every patient lesson, as a patient uses it: each question answered by
// keyboard (radio group, then the Check button), the right, not-yet and not-sure feedback read from a
// live region and ending with what to do, axe clean in light and dark, and inside an LMS nothing of it
// reaches the learner's record. The words come from lessons/<lesson>/self-check.yaml through the
// content load, never written into the test.
import { expect, test, type FrameLocator, type Locator, type Page } from '@playwright/test';
import { loadContent } from '../../src/lib/course/load-content';
import type { SelfCheck, SelfCheckQuestion } from '../../src/lib/interactives/self-check/schema';
import { axeViolations } from '../support/axe';
import { watchPage } from '../support/page-problems';
import { courseUrl } from '../support/paths';

const content = loadContent(process.cwd());
const patientLessons = content.lessons.filter((lesson) => lesson.tracks.patient);
const selfCheckOf = (slug: string) => content.dataFiles[`lessons/${slug}/self-check.yaml`] as SelfCheck;
const first = patientLessons[0]!;
const data = selfCheckOf(first.slug);

const notSureLabel = 'I’m not sure';
const questionAt = (scope: Page | FrameLocator, question: SelfCheckQuestion) =>
  scope.locator(`[data-self-check] [data-question="${question.id}"]`);
const feedbackLines = (question: Locator) => question.locator('[data-feedback] p');

/** Chooses the radio at `index` with the arrow keys, then presses Check with Enter. */
async function answerByKeyboard(page: Page, question: Locator, index: number) {
  const radios = question.getByRole('radio');
  const checked = await radios.evaluateAll((all) => all.findIndex((r) => (r as HTMLInputElement).checked));
  let at = checked;
  if (at < 0) {
    await radios.first().focus();
    await page.keyboard.press('Space');
    at = 0;
  } else await radios.nth(at).focus();
  for (; at < index; at++) await page.keyboard.press('ArrowDown');
  for (; at > index; at--) await page.keyboard.press('ArrowUp');
  await expect(radios.nth(index)).toBeChecked();
  await expect(radios.nth(index)).toBeFocused();
  await page.keyboard.press('Tab');
  const check = question.getByRole('button', { name: 'Check my answer' });
  await expect(check).toBeFocused();
  // Focus is visible on the button the keyboard reached (WCAG 2.4.7).
  expect(await check.evaluate((button) => getComputedStyle(button).outlineStyle)).not.toBe('none');
  await page.keyboard.press('Enter');
}

test('every patient lesson has its self-check: each question with its answers and "I’m not sure"', async ({
  page,
}) => {
  for (const lesson of patientLessons) {
    const words = selfCheckOf(lesson.slug);
    await page.goto(`${courseUrl}#/patient/${lesson.slug}`);
    await expect(page.locator('[data-self-check]')).toBeVisible({ timeout: 20_000 });
    for (const question of words.questions) {
      const group = page.getByRole('group', { name: question.ask, exact: true });
      await expect(group.getByRole('radio')).toHaveCount(question.options.length + 1);
      for (const option of question.options)
        await expect(group.getByRole('radio', { name: option.text, exact: true })).not.toBeChecked();
      await expect(group.getByRole('radio').last()).toHaveAccessibleName(notSureLabel);
    }
  }
  // The nursing track has none: its students are assessed by the quizzes.
  await page.goto(`${courseUrl}#/nursing/${first.slug}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('[data-self-check]')).toHaveCount(0);
});

test('every question of a lesson by keyboard: right, not yet and not sure, each ending with what to do; axe clean', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const problems = watchPage(page);
  await page.goto(`${courseUrl}#/patient/${first.slug}`);
  await expect(page.locator('[data-self-check]')).toBeVisible({ timeout: 20_000 });
  const before = await page.evaluate(() => JSON.stringify({ ...localStorage }));

  for (const question of data.questions) {
    const item = questionAt(page, question);
    // The live region is in place (and in the accessibility tree) before anything is said in it.
    const status = item.locator('[data-feedback]');
    await expect(status).toHaveAttribute('role', 'status');
    await expect(status).toHaveAttribute('aria-live', 'polite');
    await expect(status).toBeAttached();
    expect(await status.evaluate((region) => getComputedStyle(region).display)).not.toBe('none');

    // Check with nothing chosen asks for a choice.
    await item.getByRole('button', { name: 'Check my answer' }).focus();
    await page.keyboard.press('Enter');
    await expect(feedbackLines(item)).toHaveText(['Choose an answer first.']);

    // "I'm not sure" (always last): kind, sends the patient to the nurse, then what to do.
    await answerByKeyboard(page, item, question.options.length);
    await expect(feedbackLines(item)).toHaveText(['That is OK.', question.notSure, question.whatToDo]);
    expect(question.notSure).toMatch(/nurse/);

    // Each answer that is not the key, then the key.
    const answerAt = question.options.findIndex((option) => option.id === question.answer);
    for (const [index, option] of question.options.entries()) {
      if (index === answerAt) continue;
      await answerByKeyboard(page, item, index);
      await expect(feedbackLines(item)).toHaveText(['Not quite.', option.feedback, question.whatToDo]);
    }
    await answerByKeyboard(page, item, answerAt);
    await expect(feedbackLines(item)).toHaveText([
      'That is right.',
      question.options[answerAt]!.feedback,
      question.whatToDo,
    ]);
    await expect(item.locator('.sources summary')).toHaveText(`Sources: ${question.references.join(', ')}`);
  }

  // One question left on "not sure" and one on a wrong answer, so every feedback state is on the page.
  const [, second, third] = data.questions;
  await answerByKeyboard(page, questionAt(page, second!), second!.options.length);
  const wrong = third!.options.findIndex((option) => option.id !== third!.answer);
  await answerByKeyboard(page, questionAt(page, third!), wrong);
  await expect(page.locator('[data-self-check] [data-verdict]')).toHaveText([
    'That is right.',
    'That is OK.',
    'Not quite.',
  ]);
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    expect(await axeViolations(page, '[data-self-check]'), scheme).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: 'light' });

  // Nothing of it is kept on the device.
  expect(await page.evaluate(() => JSON.stringify({ ...localStorage }))).toBe(before);
  expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
  expect(problems.errors).toEqual([]);
});

test('presenter mode: each question on a step of its own that fits 1280×720, answered by keyboard', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const problems = watchPage(page);
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(`${courseUrl}#/present/patient/${first.slug}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(first.tracks.patient!.title, {
    timeout: 20_000,
  });
  const dots = page.locator('[data-step-dot]');
  await expect(dots.first()).toBeVisible();
  const total = await dots.count();
  const count = page.locator('[data-step-count]');
  const stepsShowing: string[] = [];
  for (const question of data.questions) {
    const item = questionAt(page, question);
    for (let n = 1; n < total && !(await item.isVisible()); n++) await page.keyboard.press('PageDown');
    await expect(item).toBeInViewport({ ratio: 1 });
    stepsShowing.push((await count.textContent())!);
    // The other questions wait for their own step.
    for (const other of data.questions.filter((q) => q !== question))
      await expect(questionAt(page, other)).toBeHidden();
    await answerByKeyboard(page, item, question.options.length);
    await expect(feedbackLines(item)).toHaveText(['That is OK.', question.notSure, question.whatToDo]);
    await expect(feedbackLines(item).last()).toBeInViewport();
    // Back to the screen after the feedback: the clicker moves on from the focused button.
    await page.locator('[data-deck-screen]').focus();
  }
  expect(new Set(stepsShowing).size).toBe(data.questions.length);
  expect(problems.errors).toEqual([]);
});

test('inside an LMS, self-check answers never reach the learner’s record', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto(`/lms/scorm2004.html`);
  const frame = page.frameLocator('#sco');
  await expect(frame.getByRole('heading', { level: 1 })).toHaveText(content.course.title, {
    timeout: 20_000,
  });
  await frame.locator('a[href$="#/patient"]').first().click();
  await frame.locator(`a[href$="#/patient/${first.slug}"]`).first().click();
  await expect(frame.locator('[data-self-check]')).toBeVisible();
  const lms = () =>
    page.evaluate(() => {
      const harness = (
        window as unknown as {
          lms: { calls: { name: string; args: unknown[] }[]; stored: () => Record<string, unknown> };
        }
      ).lms;
      return {
        record: JSON.stringify(harness.stored()),
        written: harness.calls
          .filter((call) => /SetValue$/.test(call.name))
          .map((call) => call.args.map(String).join(' = ')),
      };
    });
  // Opening the lesson is saved at once (its place in the course): wait for it, then take the record.
  await expect
    .poll(async () => (await lms()).written.some((line) => line.startsWith('cmi.location')))
    .toBe(true);
  const before = await lms();

  for (const question of data.questions) {
    const item = questionAt(frame, question);
    for (const index of [question.options.length, 0, 1]) {
      await item.getByRole('radio').nth(index).focus();
      await page.keyboard.press('Space');
      await item.getByRole('button', { name: 'Check my answer' }).focus();
      await page.keyboard.press('Enter');
      await expect(feedbackLines(item).last()).toHaveText(question.whatToDo);
    }
  }
  // Answering wrote nothing: the record is as it was, and no value was sent.
  const after = await lms();
  expect(after.record).toBe(before.record);
  expect(after.written).toEqual(before.written);

  // Moving on makes the course save the learner's place and record: the answers are not in it.
  await frame.locator('a[rel="next"]').click();
  await expect(frame.getByRole('heading', { level: 1 })).toHaveText(patientLessons[1]!.tracks.patient!.title);
  await expect.poll(async () => (await lms()).written.length).toBeGreaterThan(before.written.length);
  const moved = await lms();
  const sent = moved.written.slice(before.written.length);
  const ids = data.questions.flatMap((question) => [question.id, ...question.options.map((o) => o.text)]);
  expect(sent.filter((line) => /interactions|score|self-check/i.test(line))).toEqual([]);
  expect(sent.filter((line) => ids.some((id) => line.includes(id)))).toEqual([]);
  const stored = JSON.parse(moved.record) as Record<string, unknown>;
  const storedBefore = JSON.parse(before.record) as Record<string, unknown>;
  // No interaction, score or success was recorded (lesson completion, which moving on records, aside).
  const graded = (record: Record<string, unknown>) =>
    Object.fromEntries(
      Object.entries(record).filter(([key]) => /interactions|score|success_status/.test(key)),
    );
  expect(Object.keys(graded(storedBefore)).length).toBeGreaterThan(0);
  expect(graded(stored)).toEqual(graded(storedBefore));
});
