// The course shell as an LMS and its learners meet it: deep sub-path, iframe, deep-link reload,
// keyboard focus, small screens, a strict CSP, and no request outside the course's own folder.
import { expect, test, type Page } from '@playwright/test';
import { loadContent } from '../../src/lib/course/load-content';
import { foreignRequests, watchPage } from '../support/page-problems';
import { coursePath, courseUrl } from '../support/paths';

const content = loadContent(process.cwd());
const tracks = content.course.tracks.map((t) => t.id);
const lessonsOf = (track: (typeof tracks)[number]) =>
  content.lessons.flatMap((l) => (l.tracks[track] ? [{ slug: l.slug, title: l.tracks[track].title }] : []));

async function expectHeading(page: Page, text: string) {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(text);
}

test('home page at a deep LMS path shows the title, both tracks and the outline', async ({
  page,
  baseURL,
}) => {
  const problems = watchPage(page);
  await page.goto(courseUrl);
  await expectHeading(page, content.course.title);
  for (const track of content.course.tracks) {
    await expect(page.getByRole('link', { name: new RegExp(track.title) }).first()).toBeVisible();
  }
  const outline = page.getByRole('list').filter({ has: page.getByRole('link', { name: /^Lesson 1:/ }) });
  await expect(outline.getByRole('listitem')).toHaveCount(lessonsOf('nursing').length);
  expect(problems.errors).toEqual([]);
  expect(foreignRequests(problems.requests, [`${baseURL}${coursePath}`])).toEqual([]);
});

for (const track of tracks) {
  test(`walks every ${track} lesson with Next at the deep path`, async ({ page, baseURL }) => {
    const problems = watchPage(page);
    const lessons = lessonsOf(track);
    await page.goto(`${courseUrl}#/${track}`);
    await page.getByRole('link', { name: `Lesson 1: ${lessons[0]?.title}` }).click();
    for (const [index, lesson] of lessons.entries()) {
      await expectHeading(page, lesson.title);
      await expect(page.getByText(`Lesson ${index + 1} of ${lessons.length}`)).toBeVisible();
      // Every lesson renders its numbered reference list.
      await expect(page.getByRole('heading', { name: 'References', level: 2 })).toBeVisible();
      const next = lessons[index + 1];
      if (next) await page.getByRole('link', { name: new RegExp(`^Next ${escape(next.title)}`) }).click();
    }
    await expect(page.getByRole('link', { name: /Back to all lessons/ })).toBeVisible();
    expect(problems.errors).toEqual([]);
    expect(foreignRequests(problems.requests, [`${baseURL}${coursePath}`])).toEqual([]);
  });
}

test('walks every lesson of both tracks inside an LMS iframe', async ({ page, baseURL }) => {
  const problems = watchPage(page);
  await page.goto('/lms/frame.html');
  const frame = page.frameLocator('#sco');
  await expect(frame.getByRole('heading', { level: 1 })).toHaveText(content.course.title);
  for (const track of tracks) {
    const lessons = lessonsOf(track);
    await frame.getByRole('link', { name: 'Lessons', exact: true }).click();
    await frame
      .getByRole('link', { name: new RegExp(content.course.tracks.find((t) => t.id === track)!.title) })
      .first()
      .click();
    await frame.getByRole('link', { name: `Lesson 1: ${lessons[0]?.title}` }).click();
    for (const [index, lesson] of lessons.entries()) {
      await expect(frame.getByRole('heading', { level: 1 })).toHaveText(lesson.title);
      const next = lessons[index + 1];
      if (next) await frame.getByRole('link', { name: new RegExp(`^Next ${escape(next.title)}`) }).click();
    }
  }
  expect(problems.errors).toEqual([]);
  expect(foreignRequests(problems.requests, [`${baseURL}/lms/`])).toEqual([]);
});

test('a deep link survives a reload, and an unknown lesson says so', async ({ page }) => {
  const lesson = lessonsOf('patient').at(-1)!;
  await page.goto(`${courseUrl}#/patient/${lesson.slug}`);
  await expectHeading(page, lesson.title);
  await page.reload();
  await expectHeading(page, lesson.title);
  await page.goto(`${courseUrl}#/patient/99-no-such-lesson`);
  await expectHeading(page, 'We could not find that page');
});

test('navigation moves focus to the new heading; the skip link reaches the content', async ({ page }) => {
  const [first, second] = lessonsOf('nursing');
  await page.goto(`${courseUrl}#/nursing/${first!.slug}`);
  await page.getByRole('link', { name: new RegExp(`^Next ${escape(second!.title)}`) }).click();
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(second!.title);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test('a citation moves focus to its entry in the reference list', async ({ page }) => {
  const first = lessonsOf('nursing')[0]!;
  await page.goto(`${courseUrl}#/nursing/${first.slug}`);
  const cite = page.locator('a.cite').first();
  const key = await cite.getAttribute('data-ref');
  await cite.click();
  await expect(page.locator(`#ref-${key}`)).toBeFocused();
  await expectHeading(page, first.title); // the hash router did not navigate away
});

test('ships a Content-Security-Policy without unsafe-eval and violates none of it', async ({ page }) => {
  const violations: string[] = [];
  await page.exposeFunction('reportViolation', (v: string) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { reportViolation: (v: string) => void }).reportViolation(
        `${e.violatedDirective} ${e.blockedURI}`,
      ),
    );
  });
  await page.goto(courseUrl);
  const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
  expect(csp).toContain("default-src 'self'");
  expect(csp).toMatch(/script-src 'self' 'sha256-/);
  expect(csp).not.toContain('unsafe-eval');
  await page.getByRole('link', { name: /^Lesson 1:/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(violations).toEqual([]);
});

test('fits a 320 px wide phone screen without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const path of [
    '',
    `#/nursing/${lessonsOf('nursing')[0]!.slug}`,
    `#/patient/${lessonsOf('patient')[0]!.slug}`,
  ]) {
    // Each page as a fresh load: a hash change on a loaded page may reload it under the check.
    await page.goto('about:blank');
    await page.goto(`${courseUrl}${path}`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `horizontal overflow on "${path || 'home'}"`).toBeLessThanOrEqual(0);
  }
});

test('the offline single-file build runs from file:// and requests nothing else', async ({ page }) => {
  const problems = watchPage(page);
  const file = `file://${process.cwd()}/${process.env.COURSE_OFFLINE_DIR ?? 'build-offline'}/index.html`;
  await page.goto(file);
  await expectHeading(page, content.course.title);
  const lesson = lessonsOf('patient')[0]!;
  await page
    .getByRole('link', { name: /Patient/ })
    .first()
    .click();
  await page.getByRole('link', { name: `Lesson 1: ${lesson.title}` }).click();
  await expectHeading(page, lesson.title);
  expect(problems.errors).toEqual([]);
  expect(
    problems.requests.filter(
      (url) => url !== file && !url.startsWith(`${file}#`) && !/^(data|blob):/.test(url),
    ),
  ).toEqual([]);
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
