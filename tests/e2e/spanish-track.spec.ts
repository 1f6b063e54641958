// The Spanish patient track, played where learners meet it: inside the test LMS's iframe, with the
// course at the deep LMS sub-path. The language switch works by keyboard; every lesson and its
// presenter mode opens in Spanish with <html lang="es-US">, English passages marked lang="en", no
// English interface message left and no axe violation; the choice is kept in the LMS's suspend_data
// and in the browser, and a relaunch opens in Spanish. A term leads to the Spanish glossary, and the
// teaching session summary shows the Spanish teach-back.
import { readFileSync } from 'node:fs';
import { expect, test, type FrameLocator, type Locator, type Page } from '@playwright/test';
import { loadContent } from '../../src/lib/course/load-content';
import { axeViolations } from '../support/axe';
import { courseUrl } from '../support/paths';

const content = loadContent(process.cwd());
const spanish = content.translations.es!;
const lessons = content.lessons.map((lesson) => ({
  slug: lesson.slug,
  number: lesson.number,
  title: spanish.lessons[lesson.slug]!.title,
  english: lesson.tracks.patient!.title,
}));

type Messages = Record<string, string>;
const readMessages = (language: string): Messages => {
  const { $schema: _schema, ...messages } = JSON.parse(
    readFileSync(`lessons/messages/${language}.json`, 'utf8'),
  ) as Messages;
  return messages;
};
const english = readMessages('en');
const spanishMessages = readMessages('es');
/**
 * The words of each English interface message that must not reach a Spanish page: its text between
 * {placeholders}. A message whose Spanish text is the same (a brand, "English", a key name) is left
 * out, since it reads the same in both languages.
 */
const englishFragments = Object.entries(english)
  .filter(([key, text]) => spanishMessages[key] !== text)
  .flatMap(([key, text]) =>
    text
      .split(/\{[^}]*\}/)
      .map((part) => part.trim())
      .filter((part) => /\p{L}{3}/u.test(part))
      .map((part) => ({ key, part })),
  );

/** A pattern that finds `part` only where it is not the start or the end of a longer word. */
const wholeWords = (part: string) =>
  new RegExp(`(?<!\\p{L})${part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?!\\p{L})`, 'u');

/** The page's text and accessible names, leaving out passages marked as English (lang="en"). */
async function spanishText(frame: FrameLocator | Page): Promise<string> {
  return frame.locator('body').evaluate((body) => {
    const english = (node: Node) =>
      (node instanceof Element ? node : node.parentElement)?.closest('[lang]')?.getAttribute('lang') === 'en';
    const parts: string[] = [];
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (english(node)) continue;
      if (node instanceof Element) {
        if (['SCRIPT', 'STYLE'].includes(node.tagName)) continue;
        for (const name of ['aria-label', 'title', 'alt', 'placeholder'])
          if (node.hasAttribute(name)) parts.push(node.getAttribute(name)!);
      } else if (!node.parentElement?.closest('script, style')) parts.push(node.textContent ?? '');
    }
    return parts.join(' ').replace(/\s+/g, ' ');
  });
}

async function expectSpanishPage(frame: FrameLocator | Page, page: Page, where: string) {
  await expect(frame.locator('html')).toHaveAttribute('lang', 'es-US');
  // Every other passage names its language: English, or Spanish like the page.
  const langs = await frame
    .locator('body [lang]')
    .evaluateAll((els) => els.map((el) => el.getAttribute('lang')));
  expect(
    langs.filter((lang) => !['en', 'es', 'es-US'].includes(lang ?? '')),
    where,
  ).toEqual([]);
  const text = await spanishText(frame);
  // Whole words only: "Resume" must not match inside the Spanish "Resumen".
  const left = englishFragments.filter(({ part }) => wholeWords(part).test(text));
  expect(left, `${where}: English interface text on a Spanish page`).toEqual([]);
  expect(await axeViolations(page), where).toEqual([]);
}

async function expectSwitch(scope: Locator, current: 'English' | 'Español') {
  const english = scope.getByRole('link', { name: 'English', exact: true });
  const spanishLink = scope.getByRole('link', { name: 'Español', exact: true });
  await expect(english).toHaveAttribute('lang', 'en');
  await expect(spanishLink).toHaveAttribute('lang', 'es');
  await expect(current === 'English' ? english : spanishLink).toHaveAttribute('aria-current', 'true');
  await expect(current === 'English' ? spanishLink : english).not.toHaveAttribute('aria-current');
}

/** Presses a link with the keyboard: Tab moves focus until it lands on it, then Enter. */
async function pressByKeyboard(page: Page, link: Locator) {
  await link.evaluate((el) => {
    // Start the Tab walk just before the link, as a keyboard user arriving from the header would.
    const before = el.closest('nav')?.previousElementSibling as HTMLElement | null;
    (before?.querySelector('a, button') as HTMLElement | null)?.focus();
  });
  for (let n = 0; n < 40 && !(await link.evaluate((el) => el === document.activeElement)); n++)
    await page.keyboard.press('Tab');
  await expect(link).toBeFocused();
  await page.keyboard.press('Enter');
}

async function openLms(page: Page, preload: unknown): Promise<FrameLocator> {
  await page.addInitScript((data) => {
    (window as unknown as { lmsPreload: unknown }).lmsPreload = data;
  }, preload);
  await page.goto('/lms/scorm2004.html');
  const frame = page.frameLocator('#sco');
  await expect(frame.getByRole('heading', { level: 1 })).toBeVisible();
  return frame;
}

const lmsStored = (page: Page) =>
  page.evaluate(() => (window as unknown as { lms: { stored: () => Record<string, string> } }).lms.stored());

test('the Spanish patient track in an LMS iframe: every lesson and its presenter mode, remembered by the LMS', async ({
  page,
  browser,
}) => {
  test.setTimeout(300_000);
  const learner = { learner_name: 'Doe, Jane', mode: 'normal', credit: 'credit' };
  const frame = await openLms(page, learner);
  const header = frame.getByRole('banner');
  await expectSwitch(header, 'English');
  await pressByKeyboard(page, header.getByRole('link', { name: 'Español', exact: true }));
  await expect(frame.locator('html')).toHaveAttribute('lang', 'es-US');
  await expect.poll(() => frame.locator('body').evaluate(() => location.hash)).toBe('#/es');
  await expectSwitch(frame.getByRole('banner'), 'Español');
  await expectSpanishPage(frame, page, 'Spanish home');
  // The choice reaches the LMS's record at once.
  await expect.poll(async () => JSON.parse((await lmsStored(page))['cmi.suspend_data'] ?? '{}').g).toBe('es');

  for (const [index, lesson] of lessons.entries()) {
    await frame.locator(`a[href="#/es/patient/${lesson.slug}"]`).first().click();
    await expect(frame.getByRole('heading', { level: 1 })).toHaveText(lesson.title);
    await expectSwitch(frame.getByRole('banner'), 'Español');
    await expect(frame.locator('[data-teach-back]')).toBeVisible();
    await frame.locator('[data-lesson-end]').scrollIntoViewIfNeeded();
    await expectSpanishPage(frame, page, `lesson ${index + 1}`);

    // Presenter mode of the same lesson, in Spanish, with the switch in its control bar.
    await frame.locator(`a[href="#/es/present/patient/${lesson.slug}"]`).click();
    const deck = frame.locator('[data-presenter]');
    await expect(deck.getByRole('heading', { level: 1 })).toHaveText(lesson.title);
    await expectSwitch(deck, 'Español');
    await expect(frame.locator('[data-step-count]')).toHaveText(/ 1 /);
    await frame.locator('[data-deck-screen]').focus();
    await page.keyboard.press('PageDown');
    await expect(frame.locator('[data-step-count]')).toHaveText(/ 2 /);
    await expectSpanishPage(frame, page, `presenter, lesson ${index + 1}`);
    // The teach-back step is in the deck too, in Spanish.
    await expect(frame.locator('[data-presenter] [data-teach-back]')).toHaveCount(1);
    await page.keyboard.press('Escape');
    await expect(frame.getByRole('heading', { level: 1 })).toHaveText(lesson.title);
    await frame
      .getByRole('banner')
      .getByRole('link', { name: /^(Lessons|Lecciones)$/ })
      .click();
  }

  const stored = await lmsStored(page);
  const record = JSON.parse(stored['cmi.suspend_data']!) as { g: string; k: Record<string, string> };
  expect(record.g).toBe('es');
  // Each Spanish lesson read counts for the patient track, as the English one does.
  expect(Object.values(record.k).filter((codes) => codes[1] === 'c')).toHaveLength(lessons.length);

  // A relaunch with what the LMS stored opens the course in Spanish.
  const context = await browser.newContext();
  const again = await context.newPage();
  const frame2 = await openLms(again, {
    ...learner,
    entry: 'resume',
    suspend_data: stored['cmi.suspend_data'],
  });
  await expect(frame2.locator('html')).toHaveAttribute('lang', 'es-US');
  await expect.poll(() => frame2.locator('body').evaluate(() => location.hash)).toBe('#/es');
  await context.close();
});

test('standalone: the switch is remembered after a reload, and English comes back by keyboard', async ({
  page,
}) => {
  await page.goto(`${courseUrl}#/patient/${lessons[0]!.slug}`);
  const header = page.getByRole('banner');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(lessons[0]!.english);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await pressByKeyboard(page, header.getByRole('link', { name: 'Español', exact: true }));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(lessons[0]!.title);
  await expect(page).toHaveURL(new RegExp(`#/es/patient/${lessons[0]!.slug}$`));
  await expect(page.locator('html')).toHaveAttribute('lang', 'es-US');

  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(lessons[0]!.title);
  await expect(page.locator('html')).toHaveAttribute('lang', 'es-US');

  // A new launch at the course home, in the same browser, opens in Spanish.
  const again = await page.context().newPage();
  await again.goto(`${courseUrl}#/`);
  await expect(again).toHaveURL(/#\/es$/);
  await expect(again.locator('html')).toHaveAttribute('lang', 'es-US');
  await expectSwitch(again.getByRole('banner'), 'Español');

  await pressByKeyboard(again, again.getByRole('banner').getByRole('link', { name: 'English', exact: true }));
  await expect(again).toHaveURL(/#\/patient$/);
  await expect(again.locator('html')).toHaveAttribute('lang', 'en');
  const third = await page.context().newPage();
  await third.goto(`${courseUrl}#/`);
  await expect(third.getByRole('heading', { level: 1 })).toHaveText(content.course.title);
  await expect(third).toHaveURL(/#\/$/);
  await expect(third.locator('html')).toHaveAttribute('lang', 'en');
});

test('the nursing track and the Spanish handout: no switch on nursing pages, the handout in Spanish', async ({
  page,
}) => {
  await page.goto(`${courseUrl}#/nursing/${lessons[0]!.slug}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('[data-language-switch]')).toHaveCount(0);
  await page.goto(`${courseUrl}#/es/nursing/${lessons[0]!.slug}`);
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(lessons[0]!.title);

  await page.goto(`/lms/frame.html?course=${encodeURIComponent(`${courseUrl}#/es/handout`)}`);
  const frame = page.frameLocator('#sco');
  await expect(frame.getByRole('heading', { name: /Llame al 911/ })).toBeVisible();
  await expectSwitch(frame.getByRole('banner'), 'Español');
  await expectSpanishPage(frame, page, 'Spanish handout');
});

interface TeachBackPoints {
  points: { id: string; ask: string; reteach: string }[];
}
const teachBack = (slug: string, suffix: '' | '.es') =>
  content.dataFiles[`lessons/${slug}/teach-back${suffix}.yaml`] as TeachBackPoints;

test('a term on a Spanish page opens the Spanish glossary; the session summary is in Spanish, then English', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const lesson = lessons[0]!;
  const [explained, missed] = teachBack(lesson.slug, '.es').points;
  const [explainedEnglish] = teachBack(lesson.slug, '').points;
  await page.goto(`${courseUrl}#/es/patient/${lesson.slug}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(lesson.title);
  // The nurse ticks the first point the patient explained in their own words.
  await page
    .getByRole('checkbox', { name: `${spanishMessages.teach_back_explained} ${explained!.ask}`, exact: true })
    .check();

  const term = page.locator('a.term-link').first();
  const termHref = (await term.getAttribute('href'))!;
  expect(termHref).toMatch(/^#\/es\/glossary\?term=/);
  const id = decodeURIComponent(termHref.split('term=')[1]!);
  const entry = spanish.glossary.find((e) => e.id === id)!;
  await term.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(spanishMessages.glossary_title!);
  await expect(page.locator(`#term-${id}`)).toBeFocused();
  await expect(page.locator(`#term-${id}`)).toHaveText(entry.term);
  await expect(page.locator('.terms dt')).toHaveCount(spanish.glossary.length);
  await expect(
    page.getByRole('banner').getByRole('link', { name: spanishMessages.nav_glossary, exact: true }),
  ).toHaveAttribute('aria-current', 'page');
  await expectSwitch(page.getByRole('banner'), 'Español');
  await expectSpanishPage(page, page, 'Spanish glossary');

  // Back to the lesson in the same tab, then on to the session summary it links to.
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(lesson.title);
  await page.getByRole('link', { name: spanishMessages.teach_back_summary_link, exact: true }).click();
  await expect(page).toHaveURL(/#\/es\/session$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Resumen de la sesión educativa');
  const summary = page.locator(`[data-session-lesson="${lesson.slug}"]`);
  await expect(summary.getByRole('heading')).toHaveText(`Lección ${lesson.number}: ${lesson.title}`);
  await expect(summary.locator('li[data-explained="true"]')).toHaveCount(1);
  await expect(summary.locator('li[data-explained="true"]')).toContainText(explained!.ask);
  await expect(summary.locator(`li[data-point="${missed!.id}"]`)).toContainText(
    `Volver a explicar: “${missed!.reteach}”`,
  );
  await expectSpanishPage(page, page, 'Spanish session summary');

  // The same session in English: the same tick, under the English teach-back's words.
  await pressByKeyboard(page, page.getByRole('banner').getByRole('link', { name: 'English', exact: true }));
  await expect(page).toHaveURL(/#\/session$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Teaching session summary');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(summary.locator('li[data-explained="true"]')).toContainText(explainedEnglish!.ask);
});
