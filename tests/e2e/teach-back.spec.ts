// The teach-back step that ends every patient lesson, as a nurse uses it: ticks by keyboard, the
// one-click jump back to re-teach a missed point (reading view and presenter mode), the printable
// session summary, and nothing about the session kept beyond the tab or sent to the LMS. The words
// come from lessons/<lesson>/teach-back.yaml, read here, never written into the test.
import { readFileSync } from 'node:fs';
import { expect, test, type FrameLocator, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { loadContent } from '../../src/lib/course/load-content';
import type { TeachBack } from '../../src/lib/teach-back/schema';
import { watchPage } from '../support/page-problems';
import { courseUrl } from '../support/paths';

const content = loadContent(process.cwd());
const patientLessons = content.lessons.filter((lesson) => lesson.tracks.patient);
const teachBackOf = (slug: string) =>
  parse(readFileSync(`lessons/${slug}/teach-back.yaml`, 'utf8')) as TeachBack;
const first = patientLessons[0]!;
const data = teachBackOf(first.slug);

/** Everything the page keeps on this device. */
const storedOnDevice = (page: Page) =>
  page.evaluate(() => JSON.stringify({ local: { ...localStorage }, session: { ...sessionStorage } }));

const tick = (page: Page | FrameLocator, ask: string) =>
  page.getByRole('checkbox', { name: `Explained in their own words ${ask}`, exact: true });

test('every patient lesson ends with its teach-back step', async ({ page }) => {
  for (const lesson of patientLessons) {
    const words = teachBackOf(lesson.slug);
    await page.goto(`${courseUrl}#/patient/${lesson.slug}`);
    const step = page.locator('[data-teach-back]');
    await expect(step.getByRole('heading', { name: 'Teach-back' })).toBeVisible({ timeout: 20_000 });
    await expect(step.locator('.prompt')).toHaveText(words.prompt);
    await expect(step.locator('.ask')).toHaveText(words.points.map((point) => point.ask));
    await expect(step.getByRole('button', { name: /^Re-teach: / })).toHaveText(
      words.points.map((point) => `Re-teach: ${point.reteach}`),
    );
    await expect(page.locator('[data-teach-back-next] .closing')).toHaveText(words.closing);
    // The step comes after the lesson text and before the end of the lesson.
    const inOrder = await page.evaluate(() => {
      const [body, step, end] = ['.lesson-body', '[data-teach-back]', '[data-lesson-end]'].map((selector) =>
        document.querySelector(selector)!,
      );
      const follows = (a: Element, b: Element) =>
        !!(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);
      return follows(body!, step!) && follows(step!, end!);
    });
    expect(inOrder).toBe(true);
  }
  // The nursing track has none.
  await page.goto(`${courseUrl}#/nursing/${first.slug}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('[data-teach-back]')).toHaveCount(0);
});

test('reading view: tick by keyboard, re-teach a missed point in one click, print the session summary', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const problems = watchPage(page);
  await page.goto(`${courseUrl}#/patient/${first.slug}`);
  await expect(page.locator('[data-teach-back]')).toBeVisible({ timeout: 20_000 });
  const before = await storedOnDevice(page);
  const [explained, missed] = data.points;

  // What to listen for and how to re-teach it another way are folded for the nurse, with the sources.
  const listen = page.locator(`[data-point="${explained!.id}"] details.listen`);
  await listen.locator(':scope > summary').click();
  await expect(listen.locator(':scope > ul > li')).toHaveText(explained!.listenFor);
  await expect(listen.locator('[data-say-again]')).toHaveText(
    `If a point is missed, say it another way: “${explained!.sayAgain}” Then ask again.`,
  );
  await expect(listen.locator('.sources summary')).toHaveText(`Sources: ${explained!.references.join(', ')}`);

  await tick(page, explained!.ask).focus();
  await page.keyboard.press('Space');
  await expect(tick(page, explained!.ask)).toBeChecked();
  await expect(page.locator('[data-teach-back-count]')).toHaveText(
    `1 of ${data.points.length} points explained in their own words.`,
  );

  // Re-teach: one click moves to the lesson section that explains the point.
  await page.getByRole('button', { name: `Re-teach: ${missed!.reteach}` }).click();
  // The lesson shows the author's straight quotes curly ("…" as “…”).
  const heading = new RegExp(`^${escape(missed!.reteach).replace(/"/g, '["“”]')}$`);
  const section = page.locator('.lesson-body h2').filter({ hasText: heading });
  await expect(section).toHaveCount(1);
  await expect(page.locator('.lesson-body h2:focus')).toHaveCount(1);
  await expect(page.locator('.lesson-body h2:focus')).toHaveText(await section.first().innerText());
  await expect(page.locator('.lesson-body h2:focus')).toBeInViewport();

  // Nothing about the session is stored on the device.
  expect(await storedOnDevice(page)).toBe(before);

  await page.getByRole('link', { name: 'Session summary to print' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Teaching session summary');
  await expect(page.locator('[data-session-privacy]')).toContainText(
    'Nothing about the session is saved on this device or sent to a learning system',
  );
  const lesson = page.locator(`[data-session-lesson="${first.slug}"]`);
  await expect(lesson.getByRole('heading')).toHaveText(
    `Lesson ${first.number}: ${first.tracks.patient!.title}`,
  );
  await expect(lesson.locator('li[data-explained="true"]')).toHaveText([new RegExp(escape(explained!.ask))]);
  await expect(lesson.locator('li[data-explained="false"]')).toHaveCount(data.points.length - 1);
  await expect(lesson.locator(`li[data-point="${missed!.id}"]`)).toContainText(
    `Go over again: “${missed!.reteach}”`,
  );
  await expect(page.locator('[data-session-lesson]')).toHaveCount(1);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Print this summary' })).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(lesson).toBeVisible();
  await page.emulateMedia({ media: 'screen' });

  // Back on the lesson (same tab) the tick is still there; a reload forgets the session.
  await page.goBack();
  await expect(tick(page, explained!.ask)).toBeChecked();
  await page.reload();
  await expect(tick(page, explained!.ask)).not.toBeChecked({ timeout: 20_000 });
  await page.goto(`${courseUrl}#/session`);
  await expect(page.locator('[data-session-empty]')).toBeVisible();
  expect(problems.errors).toEqual([]);
});

test('presenter mode: the teach-back steps, re-teach and back, by clicker keys alone', async ({ page }) => {
  test.setTimeout(90_000);
  const problems = watchPage(page);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto(`${courseUrl}#/present/patient/${first.slug}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(first.tracks.patient!.title, {
    timeout: 20_000,
  });
  const count = page.locator('[data-step-count]');
  const teachBack = page.getByRole('heading', { name: 'Teach-back' });
  // The deck is split into steps once the font is in; then forward with the clicker to the teach-back.
  const dots = page.locator('[data-step-dot]');
  await expect(dots.first()).toBeVisible();
  const total = await dots.count();
  for (let n = 1; n < total && !(await teachBack.isVisible()); n++) await page.keyboard.press('PageDown');
  await expect(teachBack).toBeVisible();
  const step = (await count.textContent())!;
  const [explained, missed] = data.points;
  const box = tick(page, explained!.ask);
  await box.focus();
  await page.keyboard.press('Space');
  await expect(box).toBeChecked();

  await page.getByRole('button', { name: `Re-teach: ${missed!.reteach}` }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('.prose > h2:focus')).toBeVisible();
  await expect(teachBack).toBeHidden();
  await expect(count).not.toHaveText(step);
  await page.getByRole('button', { name: 'Back to teach-back' }).click();
  await expect(count).toHaveText(step);
  await expect(tick(page, explained!.ask)).toBeChecked();

  // A later step (the points may run over two steps) says what to do and how many were explained.
  const next = page.getByRole('heading', { name: 'What to do next' });
  for (let n = 0; n < 3 && !(await next.isVisible()); n++) await page.keyboard.press('PageDown');
  await expect(next).toBeVisible();
  await expect(page.locator('[data-teach-back-count]')).toHaveText(
    `1 of ${data.points.length} points explained in their own words.`,
  );
  await expect(page.locator('[data-teach-back-next] .closing')).toBeVisible();
  expect(problems.errors).toEqual([]);
});

test('inside an LMS, ticked teach-back points never reach it', async ({ page }) => {
  await page.goto(`/lms/scorm2004.html`);
  const frame = page.frameLocator('#sco');
  await expect(frame.getByRole('heading', { level: 1 })).toHaveText(content.course.title, {
    timeout: 20_000,
  });
  await frame.locator('a[href$="#/patient"]').first().click();
  await frame.locator(`a[href$="#/patient/${first.slug}"]`).first().click();
  await expect(frame.locator('[data-teach-back]')).toBeVisible();
  for (const point of data.points) await tick(frame, point.ask).check();
  await expect(frame.locator('[data-teach-back-count]')).toHaveText(
    `${data.points.length} of ${data.points.length} points explained in their own words.`,
  );
  // Moving on makes the course save the learner's place and record: the ticks are not in it.
  await frame.locator('a[rel="next"]').click();
  await expect(frame.getByRole('heading', { level: 1 })).toHaveText(patientLessons[1]!.tracks.patient!.title);
  const written = await page.evaluate(() =>
    (window as unknown as { lms: { calls: { name: string; args: unknown[] }[] } }).lms.calls
      .filter((call) => /SetValue$/.test(call.name))
      .map((call) => call.args.map(String).join(' = ')),
  );
  expect(written.some((line) => line.startsWith('cmi.location'))).toBe(true);
  const leaks = written.filter(
    (line) => /teach/i.test(line) || data.points.some((point) => line.includes(point.id)),
  );
  expect(leaks).toEqual([]);
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
