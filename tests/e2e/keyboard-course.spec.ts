// The whole nursing course with the keyboard alone (WCAG 2.1.1): from the course home, every lesson
// read to its end and every drill in it used until it gives feedback, both practice quizzes and the
// final assessment answered, and the certificate opened and named. Every control is reached with Tab
// and used with keys (tests/support/keyboard.ts). Each practice quiz is drawn from a seed whose
// attempt asks every item type its bank holds, a case with its record tabs among them, so every type
// the course can show is answered by keyboard; on the way axe (WCAG 2.2 A and AA) checks each item
// type unanswered, answered and with its feedback, and each quiz's review, in both colour schemes.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { drawAttempt } from '../../src/lib/quiz/draw-attempt';
import type { Quiz, QuizItem } from '../../src/lib/quiz/item-types';
import { axeViolations } from '../support/axe';
import { catalog, finalQuiz, itemsById } from '../support/final-assessment';
import { content } from '../support/course-routes';
import {
  activate,
  answerByKeyboard,
  chooseRadio,
  readRecordTabs,
  tabTo,
  typeInto,
} from '../support/keyboard';
import { watchPage } from '../support/page-problems';
import { courseUrl } from '../support/paths';

type ItemType = QuizItem['type'];
const nursing = content.lessons.filter((lesson) => lesson.tracks.nursing);
/** The types of an item and of its parts (a case holds items of other types). */
const typesOf = (item: QuizItem): ItemType[] => [
  item.type,
  ...(item.type === 'case' ? item.items.map((part) => part.type) : []),
];
const allTypes = new Set(Object.values(catalog.banks).flatMap((bank) => bank.items.flatMap(typesOf)));
const withRecord = (item: QuizItem) => item.type === 'case' && item.exhibits.length > 0;

/**
 * The first seed whose first attempt asks every type the quiz's bank holds and a case with a record.
 * The course draws an attempt from one Math.random() call (newSeed), which the test answers with it.
 */
function coveringSeed(quiz: Quiz): number {
  const bank = catalog.banks[quiz.id]!.items;
  const wanted = new Set(bank.flatMap(typesOf));
  for (let seed = 1; seed < 10_000; seed++) {
    const items = drawAttempt(quiz, catalog.banks, seed, 0);
    const asked = new Set(items.flatMap(typesOf));
    if ([...wanted].every((type) => asked.has(type)) && items.some(withRecord) === bank.some(withRecord))
      return seed;
  }
  throw new Error(`no seed draws every item type of ${quiz.id}`);
}

/** Makes the page's next Math.random() call return `seed` / 2^32, so the next attempt drawn has that seed. */
async function seedNextDraw(page: Page, seed: number) {
  await page.evaluate((value) => {
    const random = Math.random;
    Math.random = () => ((Math.random = random), value / 4294967296);
  }, seed);
}

/** axe on the page, or on `within`, in the light and the dark scheme. */
async function expectAxeClean(page: Page, state: string, within?: string) {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    expect(await axeViolations(page, within), `${state}, ${scheme}`).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

/** The item types checked by axe in each quiz state. */
const axeChecked = {
  unanswered: new Set<ItemType>(),
  answered: new Set<ItemType>(),
  feedback: new Set<ItemType>(),
};
let reviewsChecked = 0;

/** Checks the quiz question on screen in `state` if it shows a type not yet checked in that state. */
async function axeQuizState(page: Page, state: keyof typeof axeChecked, item: QuizItem) {
  const fresh = typesOf(item).filter((type) => !axeChecked[state].has(type));
  if (fresh.length === 0) return;
  // The page around the question is checked once unanswered; after that the question itself.
  const whole = state === 'unanswered' && axeChecked.unanswered.size === 0;
  await expectAxeClean(
    page,
    `${item.id} (${fresh.join(', ')}) ${state}`,
    whole ? undefined : 'section.quiz-question',
  );
  for (const type of fresh) axeChecked[state].add(type);
}

/** Uses one drill by keyboard until it answers; each drill the course has must be known here. */
const drills: Record<string, (page: Page, panel: Locator) => Promise<void>> = {
  'HER2 case classifier': async (page, panel) => {
    await chooseRadio(page, panel.getByRole('radio', { name: /^HER2-positive/ }));
    await activate(page, panel.getByRole('button', { name: 'Check answer' }));
    await expect(panel.getByRole('status').first()).toContainText(/Correct\.|Not quite\./);
  },
  'Dose-calculation drill': async (page, panel) => {
    await typeInto(page, panel.getByLabel(/^Dose to give/), '500');
    await typeInto(page, panel.getByLabel(/^Volume of reconstituted solution/), '20');
    await activate(page, panel.getByRole('button', { name: 'Check answer' }));
    await expect(panel.getByRole('status')).toContainText(/Dose: (not )?correct\./);
  },
  'Look-alike drill': async (page, panel) => {
    await chooseRadio(page, panel.getByRole('radio', { name: 'Kadcyla' }));
    await activate(page, panel.getByRole('button', { name: 'Check answer' }));
    await expect(panel.getByRole('status')).toContainText(/Correct|Not this one\./);
  },
  'Cardiac hold simulator': async (page, panel) => {
    await activate(page, panel.getByRole('button', { name: 'Load case' }));
    await chooseRadio(page, panel.getByRole('radio', { name: 'Hold', exact: true }));
    await activate(page, panel.getByRole('button', { name: /^Apply the rules to week/ }));
    await expect(panel.getByRole('status')).toContainText('Decision:');
  },
};

async function useDrills(page: Page): Promise<string[]> {
  const used: string[] = [];
  const panels = page.locator('main section.interactive');
  for (let i = 0; i < (await panels.count()); i++) {
    const panel = panels.nth(i);
    const title = (await panel.getByRole('heading', { level: 3 }).first().innerText()).trim();
    const name = Object.keys(drills).find((known) => title.startsWith(known));
    expect(name, `a keyboard route for the drill "${title}"`).toBeDefined();
    await drills[name!]!(page, panel);
    used.push(name!);
  }
  return used;
}

/**
 * Answers every question of the quiz on screen by keyboard, reading each case record's tabs, and
 * checks each quiz state with axe; returns the item types asked and the record tabs read.
 */
async function takeQuiz(page: Page, practice: boolean): Promise<{ types: Set<ItemType>; tabs: number }> {
  const types = new Set<ItemType>();
  let tabs = 0;
  for (let n = 1; ; n++) {
    // The quiz page opens with focus on its title; each next question moves focus to its heading.
    const heading = page.getByRole('heading', { name: /^Question \d+ of \d+$/ });
    if (n === 1) await expect(heading).toBeVisible();
    else await expect(heading).toBeFocused();
    const shown = page.locator('section.quiz-question > [data-item-id]');
    const item = itemsById.get((await shown.getAttribute('data-item-id')) ?? '');
    if (!item) throw new Error('the question on screen is not an item of lessons/quizzes');
    typesOf(item).forEach((type) => types.add(type));
    await axeQuizState(page, 'unanswered', item);
    const records = shown.locator('.quiz-exhibits');
    for (let r = 0; r < (await records.count()); r++) {
      const read = await readRecordTabs(page, records.nth(r));
      expect(read.length, `${item.id}: record tabs read`).toBeGreaterThan(1);
      tabs += read.length;
    }
    for (const part of item.type === 'case' ? item.items : [item]) {
      const scope = item.type === 'case' ? shown.locator(`.quiz-item[data-item-id="${part.id}"]`) : shown;
      await answerByKeyboard(page, scope, part);
    }
    await axeQuizState(page, 'answered', item);
    if (practice) {
      await activate(page, page.getByRole('button', { name: 'Check answer' }));
      await expect(page.locator('.quiz-feedback').first()).toBeFocused();
      await axeQuizState(page, 'feedback', item);
      const next = page.getByRole('button', { name: 'Next question' });
      if (await next.isVisible()) await activate(page, next);
      else {
        await activate(page, page.getByRole('button', { name: 'See your score' }));
        break;
      }
    } else {
      const next = page.getByRole('button', { name: 'Next', exact: true });
      if (await next.isVisible()) await activate(page, next);
      else {
        await activate(page, page.getByRole('button', { name: 'Finish assessment' }));
        break;
      }
    }
  }
  await expect(page.getByRole('heading', { name: 'Your result' })).toBeFocused();
  await expect(page.getByTestId('quiz-verdict')).toHaveAttribute('data-passed', 'true');
  // The review: every answer with its rationale (folded on a practice quiz, opened by keyboard).
  if (practice) await activate(page, page.locator('summary', { hasText: 'Review your answers' }));
  await expect(page.locator('.quiz-review').first()).toBeVisible();
  await expectAxeClean(page, 'review', 'section.quiz-result');
  reviewsChecked++;
  return { types, tabs };
}

test('the nursing course, completed with the keyboard alone', async ({ page }) => {
  test.setTimeout(900_000);
  const problems = watchPage(page);
  await page.goto(courseUrl);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(content.course.title, { timeout: 20_000 });
  // No pointer from here on: every step below is Tab, Shift+Tab, Enter, Space, arrows or typing.
  await activate(page, page.getByRole('link', { name: `Lesson 1: ${nursing[0]!.tracks.nursing!.title}` }));
  const usedDrills: string[] = [];
  for (const [index, lesson] of nursing.entries()) {
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(lesson.tracks.nursing!.title);
    usedDrills.push(...(await useDrills(page)));
    // Read to the end: the End key scrolls the page there, which completes the lesson.
    await page.keyboard.press('End');
    await expect(page.locator('[data-lesson-end]')).toBeInViewport();
    const next = nursing[index + 1];
    if (next) await activate(page, page.locator('a[rel="next"]'));
  }
  expect(usedDrills.sort()).toEqual(Object.keys(drills).sort());
  await activate(page, page.getByRole('link', { name: 'Lessons', exact: true }));
  await expect(page.locator('[data-lesson-status="completed"]')).toHaveCount(nursing.length);

  const asked = new Set<ItemType>();
  let recordTabs = 0;
  const quizzes = [...catalog.quizzes].sort((a, b) => Number(a.isFinal) - Number(b.isFinal));
  for (const quiz of quizzes) {
    await activate(page, page.getByRole('link', { name: 'Quizzes', exact: true }));
    if (!quiz.isFinal) await seedNextDraw(page, coveringSeed(quiz));
    await activate(page, page.getByRole('link', { name: quiz.title, exact: true }));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(quiz.title);
    const taken = await takeQuiz(page, !quiz.isFinal);
    taken.types.forEach((type) => asked.add(type));
    recordTabs += taken.tabs;
  }
  expect(finalQuiz.isFinal).toBe(true);
  // Every item type the banks hold, and a case's record tabs, were used by keyboard ...
  expect([...asked].sort()).toEqual([...allTypes].sort());
  expect(recordTabs).toBeGreaterThan(1);
  // ... and checked by axe unanswered, answered and with feedback; every quiz's review too.
  for (const [state, types] of Object.entries(axeChecked))
    expect([...types].sort(), `item types checked by axe ${state}`).toEqual([...allTypes].sort());
  expect(reviewsChecked).toBe(catalog.quizzes.length);

  await activate(page, page.getByRole('link', { name: 'Progress', exact: true }));
  await activate(page, page.getByRole('link', { name: 'View and print your certificate' }));
  await typeInto(page, page.getByLabel('Your name as it should appear on the certificate'), 'Ana Teclado');
  await page.keyboard.press('Tab');
  await expect(page.locator('[data-certificate-name]')).toHaveText('Ana Teclado');
  await tabTo(page, page.getByRole('button', { name: /Print/ }));
  expect(problems.errors).toEqual([]);
});
