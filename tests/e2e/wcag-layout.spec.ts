// WCAG 2.2 layout checks on a representative set of pages taken from the course outline (a lesson with
// a scene, a lesson with a drill, a quiz question, the handout, the glossary): text spacing (1.4.12),
// reflow at 320 CSS px, the 400 % zoom equivalent (1.4.10), target size (2.5.8) and focus not
// obscured (2.4.11). Each check is measured in the page; a failure names the element.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { catalog, content, courseRoutes } from '../support/course-routes';
import { courseUrl } from '../support/paths';
import { seedRandom } from '../support/seed-random';

type Track = keyof (typeof content.lessons)[number]['tracks'];
const tracks = content.course.tracks.map((track) => track.id as Track);

/** The first lesson of `track` that embeds `tag`, or null when none does. */
function lessonWith(tag: 'Scene' | 'Drill', track: Track): string | null {
  const lesson = content.lessons.find((entry) =>
    entry.tracks[track]?.embeds.some((embed) => embed.tag === tag),
  );
  return lesson ? `/${track}/${lesson.slug}` : null;
}

/** The first lesson with `tag` in each track that has one (a drill differs between the tracks). */
function lessonsWith(tag: 'Scene' | 'Drill', name: string) {
  const found = tracks.flatMap((track) => {
    const path = lessonWith(tag, track);
    return path ? [{ name: `a ${track} lesson with ${name}`, path }] : [];
  });
  if (found.length === 0) throw new Error(`no lesson embeds a ${tag}`);
  return found;
}

/** The lesson page with the longest source: the most to tab through. */
function longestLesson(): string {
  const pages = tracks.flatMap((track) =>
    content.lessons.flatMap((lesson) => {
      const meta = lesson.tracks[track];
      return meta
        ? [{ path: `/${track}/${lesson.slug}`, length: readFileSync(meta.file, 'utf8').length }]
        : [];
    }),
  );
  return pages.sort((a, b) => b.length - a.length)[0]!.path;
}

const practiceQuiz = catalog.quizzes.find((quiz) => !quiz.isFinal)!;
const pages = [
  lessonsWith('Scene', 'a scene')[0]!,
  ...lessonsWith('Drill', 'a drill'),
  { name: 'a quiz question', path: `/quiz/${practiceQuiz.id}` },
  { name: 'the handout', path: '/handout' },
  { name: 'the glossary', path: '/glossary' },
];
const known = new Set(courseRoutes.map((route) => route.path));

/** WCAG 1.4.12's own test values: line height 1.5, paragraph spacing 2em, letter 0.12em, word 0.16em. */
const textSpacing = `
  * { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
  p { margin-bottom: 2em !important; }
`;

async function open(page: Page, path: string) {
  await seedRandom(page, 15);
  await page.goto(`${courseUrl}#${path}`);
  await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible({ timeout: 20_000 });
  await expect(page).not.toHaveTitle('Page not found');
  await page.evaluate(() => document.fonts.ready);
}

/** Text cut off: a box that hides overflow while its text is larger than it (not 1 px screen-reader text). */
function clippedText(page: Page) {
  return page.evaluate(() => {
    const name = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${[...el.classList].map((c) => `.${c}`).join('')} "${(el.textContent ?? '').trim().slice(0, 40)}"`;
    const found: string[] = [];
    for (const el of document.body.querySelectorAll<HTMLElement>('*')) {
      if (!(el instanceof HTMLElement) || !el.checkVisibility() || !(el.textContent ?? '').trim()) continue;
      if (el.clientWidth <= 1 || el.clientHeight <= 1) continue;
      const style = getComputedStyle(el);
      const clipsX = /hidden|clip/.test(style.overflowX);
      const clipsY = /hidden|clip/.test(style.overflowY);
      if (clipsY && el.scrollHeight > el.clientHeight + 1) found.push(`${name(el)} cut off at the bottom`);
      if (clipsX && el.scrollWidth > el.clientWidth + 1) found.push(`${name(el)} cut off at the side`);
      // Text spilling out of a box of fixed height runs into what follows it.
      if (!clipsY && style.overflowY === 'visible' && el.scrollHeight > el.clientHeight + 1)
        found.push(`${name(el)} spills out of its box`);
    }
    return found;
  });
}

/** Text that lies beyond the left or right edge of the viewport, outside any box that scrolls sideways. */
function textOffScreen(page: Page) {
  return page.evaluate(() => {
    const found: string[] = [];
    const scrollsSideways = (el: Element | null): boolean => {
      for (let up = el; up && up !== document.body; up = up.parentElement)
        if (/auto|scroll/.test(getComputedStyle(up).overflowX)) return true;
      return false;
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      // A drop-down's options are drawn by the browser; a picture's labels scale with the picture.
      if (!(node.textContent ?? '').trim() || !parent?.checkVisibility() || parent.closest('select, svg'))
        continue;
      // Screen-reader text: a 1 px box that clips its one long line.
      const box = parent.getBoundingClientRect();
      if (box.width <= 1 || box.height <= 1) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const rect = range.getBoundingClientRect();
      if (rect.width <= 1) continue;
      if ((rect.left < -1 || rect.right > window.innerWidth + 1) && !scrollsSideways(node.parentElement))
        found.push(
          `"${node.textContent!.trim().slice(0, 40)}" at ${Math.round(rect.left)}–${Math.round(rect.right)} px`,
        );
    }
    for (const picture of document.body.querySelectorAll('svg, img, canvas, video')) {
      if (picture.parentElement?.closest('svg') || !picture.checkVisibility()) continue;
      const rect = picture.getBoundingClientRect();
      if ((rect.left < -1 || rect.right > window.innerWidth + 1) && !scrollsSideways(picture))
        found.push(
          `${picture.tagName.toLowerCase()} at ${Math.round(rect.left)}–${Math.round(rect.right)} px`,
        );
    }
    return found;
  });
}

const scrollsHorizontally = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1);

for (const { name, path } of pages) {
  test(`${name} (${path}) keeps every text whole with WCAG text spacing (1.4.12)`, async ({ page }) => {
    expect(known).toContain(path);
    await page.setViewportSize({ width: 1280, height: 800 });
    await open(page, path);
    await page.addStyleTag({ content: textSpacing });
    await page.evaluate(
      () => new Promise((frame) => requestAnimationFrame(() => requestAnimationFrame(frame))),
    );
    expect(await clippedText(page)).toEqual([]);
    expect(await scrollsHorizontally(page)).toBe(false);
  });

  test(`${name} (${path}) reflows at 320 CSS px without loss (1.4.10, 400 % zoom)`, async ({ page }) => {
    // 1280 px at 400 % zoom: 320 × 256 CSS px.
    await page.setViewportSize({ width: 320, height: 256 });
    await open(page, path);
    expect(await scrollsHorizontally(page)).toBe(false);
    expect(await textOffScreen(page)).toEqual([]);
    expect(await clippedText(page)).toEqual([]);
  });

  test(`${name} (${path}): every control is a 24 × 24 px target or spaced as one (2.5.8)`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await open(page, path);
    const small = await page.evaluate(() => {
      const selector =
        'a[href], button, input:not([type="hidden"]), select, textarea, summary, [role="button"], [role="tab"], [role="checkbox"], [role="radio"], [role="slider"], [tabindex]:not([tabindex="-1"])';
      const name = (el: Element) =>
        `${el.tagName.toLowerCase()}${[...el.classList].map((c) => `.${c}`).join('')} "${(el.textContent || el.getAttribute('aria-label') || '').trim().slice(0, 30)}"`;
      // A control inside a sentence is exempt (2.5.8 "Inline"): its size is set by the line of text.
      const inline = (el: Element) => {
        if (getComputedStyle(el).display !== 'inline') return false;
        const block = el.closest('p, li, td, th, dd, dt, figcaption, label, h1, h2, h3, h4');
        return !!block && (block.textContent ?? '').trim().length > (el.textContent ?? '').trim().length;
      };
      const targets = [...document.querySelectorAll<HTMLElement>(selector)]
        .filter((el) => el.checkVisibility() && !inline(el))
        .map((el) => {
          // A radio or checkbox is hit through its label too: the label is the target.
          const label = el instanceof HTMLInputElement ? el.closest('label') : null;
          const rect = (label ?? el).getBoundingClientRect();
          return { el, rect, name: name(label ?? el) };
        })
        .filter(({ rect }) => rect.width > 1 && rect.height > 1);
      const undersized = (rect: DOMRect) => rect.width < 23.5 || rect.height < 23.5;
      const centre = (rect: DOMRect) => ({ x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 });
      const distanceToRect = (point: { x: number; y: number }, rect: DOMRect) =>
        Math.hypot(
          Math.max(rect.left - point.x, 0, point.x - rect.right),
          Math.max(rect.top - point.y, 0, point.y - rect.bottom),
        );
      // The spacing exception: a 24 px circle on the small target's centre meets no other target
      // and no other small target's circle.
      return targets
        .filter(({ rect }) => undersized(rect))
        .filter(({ el, rect }) =>
          targets.some((other) => {
            if (other.el === el || other.el.contains(el) || el.contains(other.el)) return false;
            const c = centre(rect);
            return undersized(other.rect)
              ? Math.hypot(c.x - centre(other.rect).x, c.y - centre(other.rect).y) < 24
              : distanceToRect(c, other.rect) < 12;
          }),
        )
        .map(({ rect, name }) => `${name}: ${Math.round(rect.width)}×${Math.round(rect.height)} px`);
    });
    expect(small).toEqual([]);
  });
}

/** What of the focused element no fixed or sticky box covers, and whether it is on screen at all. */
function focusedHidden(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return null;
    const rect = el.getBoundingClientRect();
    const label = `${el.tagName.toLowerCase()} "${(el.textContent || el.getAttribute('aria-label') || '').trim().slice(0, 30)}"`;
    if (rect.bottom <= 0 || rect.top >= window.innerHeight) return `${label} is off screen`;
    for (const box of document.body.querySelectorAll<HTMLElement>('*')) {
      const position = getComputedStyle(box).position;
      if ((position !== 'fixed' && position !== 'sticky') || box.contains(el) || !box.checkVisibility())
        continue;
      const cover = box.getBoundingClientRect();
      const visibleTop = Math.max(rect.top, 0);
      const visibleBottom = Math.min(rect.bottom, window.innerHeight);
      if (
        rect.left >= cover.left &&
        rect.right <= cover.right &&
        visibleTop >= cover.top &&
        visibleBottom <= cover.bottom
      )
        return `${label} is hidden under ${box.tagName.toLowerCase()}.${[...box.classList].join('.')}`;
    }
    return null;
  });
}

for (const size of [
  { width: 1280, height: 720 },
  { width: 320, height: 256 },
]) {
  test(`tabbing through the longest lesson never hides focus under a sticky box at ${size.width}×${size.height} (2.4.11)`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const path = longestLesson();
    await page.setViewportSize(size);
    await open(page, path);
    const hidden: string[] = [];
    let stops = 0;
    // Forwards to the end of the page, then backwards: going up is where a header at the top hides focus.
    for (const key of ['Tab', 'Shift+Tab']) {
      for (let n = 0; n < 400; n++) {
        await page.keyboard.press(key);
        const atEnd = await page.evaluate(() => document.activeElement === document.body);
        if (atEnd) break;
        const problem = await focusedHidden(page);
        if (problem) hidden.push(`${key} ${n + 1}: ${problem}`);
        stops++;
      }
    }
    expect(hidden).toEqual([]);
    // The page has something to tab through: at least its links and controls, both ways.
    expect(stops).toBeGreaterThan(40);
  });
}
