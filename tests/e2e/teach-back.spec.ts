// The teach-back step that ends every patient lesson: its words in every lesson, and nothing about the
// session sent to the LMS. The words come from lessons/<lesson>/teach-back.yaml, read here, never
// written into the test.
import { readFileSync } from 'node:fs';
import { expect, test, type FrameLocator, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { loadContent } from '../../src/lib/course/load-content';
import type { TeachBack } from '../../src/lib/teach-back/schema';
import { courseUrl } from '../support/paths';

const content = loadContent(process.cwd());
const patientLessons = content.lessons.filter((lesson) => lesson.tracks.patient);
const teachBackOf = (slug: string) =>
  parse(readFileSync(`lessons/${slug}/teach-back.yaml`, 'utf8')) as TeachBack;
const first = patientLessons[0]!;
const data = teachBackOf(first.slug);

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
