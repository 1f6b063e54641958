// Size budgets that are deterministic for a build (timing belongs in bench/): what a learner on a
// phone downloads before the course home appears, and that lesson bodies and quiz banks stay out
// of that first load (they are fetched when opened).
import { readFileSync, statSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { ProblemList } from '../../src/lib/course/content-error';
import { loadContent } from '../../src/lib/course/load-content';
import { loadQuizzes } from '../../src/lib/quiz/load-quizzes';
import { courseUrl } from '../support/paths';

/** Bytes (uncompressed, as LMS servers often send them) for everything the home page loads. */
const firstLoadBudget = 320_000;
/** The offline single file carries every lesson, quiz, font and animation. */
const offlineFileBudget = 1_500_000;

const content = loadContent(process.cwd());
const catalog = loadQuizzes(process.cwd(), content, new ProblemList());
const quizStem = Object.values(catalog.banks)[0]!.items[0]!.stem.slice(0, 60);
// A run of plain words from the last nursing lesson (no quotes or dashes, which the markdown
// compiler may turn into typographic characters).
const lessonLine = readFileSync(content.lessons.at(-1)!.tracks.nursing!.file, 'utf8')
  .match(/\n[A-Z][a-z]+(?: [a-z]+){5,}/)![0]
  .trim();

test(`the course home loads within ${firstLoadBudget} bytes, without lesson bodies or quiz banks`, async ({
  page,
}) => {
  const bodies: string[] = [];
  let total = 0;
  page.on('response', async (response) => {
    const body = await response.body().catch(() => Buffer.alloc(0));
    total += body.length;
    bodies.push(body.toString('utf8'));
  });
  await page.goto(courseUrl);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(content.course.title);
  await page.waitForLoadState('networkidle');
  console.info(`first load: ${total} bytes in ${bodies.length} responses`);
  expect(total).toBeLessThanOrEqual(firstLoadBudget);
  expect(bodies.some((body) => body.includes(quizStem))).toBe(false);
  expect(bodies.some((body) => body.includes(lessonLine))).toBe(false);

  // The same text does arrive once the learner opens that lesson: the check above can see it.
  await page.goto(`${courseUrl}#/nursing/${content.lessons.at(-1)!.slug}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(bodies.some((body) => body.includes(lessonLine))).toBe(true);
  await page.goto(`${courseUrl}#/quiz/${catalog.quizzes[0]!.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(catalog.quizzes[0]!.title);
  await page.waitForLoadState('networkidle');
  expect(bodies.some((body) => body.includes(quizStem))).toBe(true);
});

test(`the offline single file stays within ${offlineFileBudget} bytes`, () => {
  const size = statSync(`${process.env.COURSE_OFFLINE_DIR ?? 'build-offline'}/index.html`).size;
  console.info(`offline single file: ${size} bytes`);
  expect(size).toBeLessThanOrEqual(offlineFileBudget);
});
