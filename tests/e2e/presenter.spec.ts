// Presenter mode on a wall screen: every step of every lesson of both tracks fits 1280×720 and
// 1920×1080 without scrolling (the page, the deck's screen or any scrolling box inside it) and in type readable from the back of a small room; the clicker keys, P, F, B
// and Esc do what the on-screen help says.
import { expect, test, type Page } from '@playwright/test';
import { loadContent } from '../../src/lib/course/load-content';
import { watchPage } from '../support/page-problems';
import { courseUrl } from '../support/paths';

const content = loadContent(process.cwd());
const tracks = content.course.tracks.map((track) => track.id);
const lessonsIn = (track: (typeof tracks)[number]) =>
  content.lessons.flatMap((lesson) => {
    const meta = lesson.tracks[track];
    return meta ? [{ slug: lesson.slug, title: meta.title }] : [];
  });
const screens = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
];

/** What the audience sees on the current step, measured in the page. */
async function measureStep(page: Page) {
  return page.evaluate(() => {
    const screen = document.querySelector<HTMLElement>('[data-deck-screen]')!;
    const root = document.scrollingElement!;
    const text = [...screen.querySelectorAll<HTMLElement>('.prose p, .prose li, .title-slide p')]
      .filter((el) => el.offsetParent !== null && !el.closest('.sim-scene, .lesson-references'))
      .filter((el) => (el.textContent ?? '').trim().length > 0);
    const zoomed = [...screen.querySelectorAll<HTMLElement>('[style*="zoom"]')].filter(
      (el) => el.offsetParent !== null,
    );
    // Any box that scrolls its own content on the step (a wide table, a drill's panel).
    const scrollingBoxes = [...screen.querySelectorAll<HTMLElement>('*')]
      .filter((el) => el.offsetParent !== null)
      .filter((el) => {
        const style = getComputedStyle(el);
        const scrollsY = /auto|scroll/.test(style.overflowY) && el.scrollHeight > el.clientHeight + 1;
        const scrollsX = /auto|scroll/.test(style.overflowX) && el.scrollWidth > el.clientWidth + 1;
        return scrollsY || scrollsX;
      })
      .map((el) => el.tagName.toLowerCase() + (el.className ? `.${String(el.className).split(' ')[0]}` : ''));
    return {
      scrollingBoxes,
      screenScrolls:
        screen.scrollHeight > screen.clientHeight + 1 || screen.scrollWidth > screen.clientWidth + 1,
      pageScrolls: root.scrollHeight > window.innerHeight + 1 || root.scrollWidth > window.innerWidth + 1,
      smallestText: Math.min(...text.map((el) => parseFloat(getComputedStyle(el).fontSize)), Infinity),
      zoomed: zoomed.length,
      visibleBlocks: [...screen.querySelectorAll('.slides-inner *')].filter(
        (el) => (el as HTMLElement).offsetParent !== null,
      ).length,
    };
  });
}

for (const track of tracks) {
  for (const size of screens) {
    test(`every presenter step of every ${track} lesson fits ${size.width}×${size.height}`, async ({
      page,
    }) => {
      test.setTimeout(180_000);
      const problems = watchPage(page);
      await page.setViewportSize(size);
      const lessons = lessonsIn(track);
      const failures: string[] = [];
      let measured = 0;
      for (const lesson of lessons) {
        await page.goto(`${courseUrl}#/present/${track}/${lesson.slug}`);
        // The first lesson also boots the course: allow a slow machine its start-up.
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(lesson.title, { timeout: 20_000 });
        const dots = page.locator('[data-step-dot]');
        await expect(dots.first()).toBeVisible();
        // The deck splits the lesson again once the course's font has arrived: count after that.
        await page.evaluate(async () => {
          await document.fonts.ready;
          for (let n = 0; n < 3; n++) await new Promise((frame) => requestAnimationFrame(frame));
        });
        const total = await dots.count();
        // The lesson's sections at least: the title, every "##" heading, the references.
        expect(total).toBeGreaterThan(2);
        for (let n = 1; n <= total; n++) {
          await expect(page.locator('[data-step-count]')).toHaveText(`Step ${n} of ${total}`);
          const step = await measureStep(page);
          const where = `${lesson.slug} step ${n}/${total}`;
          if (step.screenScrolls || step.pageScrolls) failures.push(`${where}: scrolls`);
          for (const box of step.scrollingBoxes) failures.push(`${where}: ${box} scrolls inside the step`);
          if (step.zoomed > 0) failures.push(`${where}: had to shrink a block to fit`);
          if (step.visibleBlocks === 0) failures.push(`${where}: is empty`);
          // Body text at least 24 px: about 1 cm on a 55-inch 1080p screen, legible at 3 m.
          if (step.smallestText < 24) failures.push(`${where}: text ${step.smallestText}px`);
          measured++;
          if (n < total) await page.keyboard.press('PageDown');
        }
      }
      expect(failures).toEqual([]);
      expect(measured).toBeGreaterThan(lessons.length * 3);
      expect(problems.errors).toEqual([]);
    });
  }
}
