// The NCSBN Next Generation items inside the real SCORM 1.2 and 2004 packages, launched by the
// Moodle-like test LMS, taken by keyboard only: the adverse-effects practice quiz, drawn from a seed
// that holds the unfolding case study (record tabs, updates, six CJMM steps), a matrix, a cloze, a
// highlight and a bow-tie item. Each new item type and its feedback pass axe (WCAG 2.2 AA); the LMS
// receives every part as an interaction in the course's identifier scheme, with partial credit as
// a decimal result. The right answers come from lessons/quizzes, never from this test.
import { axeViolations as axeWithin } from '../support/axe';
import { resolve, join } from 'node:path';
import { expect, test, type FrameLocator, type Page } from '@playwright/test';
import { drawAttempt } from '../../src/lib/quiz/draw-attempt';
import type { CaseItem, QuizItem, SimpleItem } from '../../src/lib/quiz/item-types';
import { answerCorrectly, catalog, itemsById } from '../support/final-assessment';
import { LessonKeys } from '../../src/lib/progress/lesson-keys';
import { decodeSuspendData } from '../../src/lib/progress/suspend-codec';
import { answerNgn, type NgnItem } from '../support/ngn-answers';
import {
  content,
  leave,
  openPlayer,
  resetAttempt,
  settled,
  storedInteractions,
  type Launch,
} from '../support/moodle-player';
import { watchPage } from '../support/page-problems';
import { buildPackages, unpack, type UnpackedPackage, type Version } from '../support/scorm-packages';

test.describe.configure({ mode: 'default' });

const quiz = catalog.quizzes.find((q) => q.id === 'adverse-effects')!;
const count = quiz.draw.reduce((sum, row) => sum + row.count, 0);
const unfolding = catalog.banks['adverse-effects']!.items.find(
  (item): item is CaseItem => item.type === 'case' && item.items.length === 6,
)!;
const ngnTypes = new Set<string>(['matrix', 'cloze', 'highlight', 'bowtie']);

/** The first seed whose first attempt asks the unfolding case study (the draw covers every type). */
const seed = (() => {
  for (let candidate = 1; candidate < 10_000; candidate++) {
    const items = drawAttempt(quiz, catalog.banks, candidate, 0);
    if (items.some((item) => item.id === unfolding.id)) return candidate;
  }
  throw new Error('no seed draws the unfolding case study');
})();

const packages: Partial<Record<Version, UnpackedPackage>> = {};
test.beforeAll(() => {
  const distDir = resolve('.test-output/ngn-dist');
  buildPackages(distDir);
  for (const version of ['1.2', '2004'] as const)
    packages[version] = unpack(distDir, version, join('ngn/pluginfile.php/7/mod_scorm/content/1', version));
});

/** axe on the course inside the LMS player's frame. */
const axeViolations = (page: Page) => axeWithin(page, '#sco');

/** Record tabs by keyboard: arrow keys move the selection and focus, the panel follows. */
async function checkTabs(frame: FrameLocator, page: Page, item: CaseItem) {
  const record = frame.locator('.quiz-exhibits').first();
  const tabs = record.getByRole('tab');
  await expect(tabs).toHaveText(item.exhibits.map((tab) => tab.title));
  await tabs.first().focus();
  await page.keyboard.press('ArrowRight');
  await expect(tabs.nth(1)).toBeFocused();
  await expect(tabs.nth(1)).toHaveAttribute('aria-selected', 'true');
  await expect(record.getByRole('tabpanel')).toHaveCount(1);
  await page.keyboard.press('End');
  await expect(tabs.last()).toBeFocused();
  await page.keyboard.press('Home');
  await expect(tabs.first()).toHaveAttribute('aria-selected', 'true');
  // A part that changes the record shows it again, with the changed tabs marked in words.
  const changed = item.items.findIndex((part, i) => i > 0 && (part.exhibits?.length ?? 0) > 0);
  const later = frame.locator('.quiz-exhibits').nth(1);
  await expect(later.getByRole('heading')).toHaveText('Client record, updated');
  for (const tab of item.items[changed]!.exhibits!)
    await expect(later.getByRole('tab', { name: `${tab.title} (updated)` })).toBeVisible();
}

/** Answers one part by keyboard: right, except the standalone bow-tie, one action swapped for a wrong one. */
async function answerPart(page: Page, frame: FrameLocator, item: QuizItem, part: SimpleItem) {
  const scope = frame.locator(`section.quiz-question .quiz-item[data-item-id="${part.id}"]`);
  if (ngnTypes.has(part.type))
    await answerNgn(page, scope, part as NgnItem, true, item.type === 'bowtie' ? 1 : 0);
  else await answerCorrectly(scope, part);
}

for (const version of ['1.2', '2004'] as const) {
  test(`SCORM ${version}: Next Generation items and an unfolding case by keyboard, axe-clean, each part reported`, async ({
    page,
    request,
  }) => {
    test.setTimeout(240_000);
    const attempt = `ngn-${version.replace('.', '')}`;
    await resetAttempt(request, attempt);
    const problems = watchPage(page);
    // The course draws its attempt from one Math.random() call (newSeed); make that call the seed.
    await page.addInitScript((value) => {
      if (window === window.top) return; // only the course, in the LMS page's frame
      const random = Math.random;
      let first = true;
      Math.random = () => (first ? ((first = false), value / 4294967296) : random());
    }, seed);
    const launch: Launch = { version, attempt, pkg: packages[version]! };
    const frame = await openPlayer(page, launch);
    await frame.getByRole('link', { name: 'Quizzes', exact: true }).click();
    await frame.locator(`a[href$="/quiz/${quiz.id}"]`).first().click();

    const seen = new Set<string>();
    const asked: QuizItem[] = [];
    for (let n = 1; n <= count; n++) {
      await expect(frame.getByRole('heading', { name: `Question ${n} of ${count}` })).toBeVisible();
      const shown = frame.locator('section.quiz-question > [data-item-id]');
      const item = itemsById.get((await shown.getAttribute('data-item-id')) ?? '')!;
      asked.push(item);
      const parts = item.type === 'case' ? item.items : [item];
      const fresh = parts.some((part) => ngnTypes.has(part.type) && !seen.has(part.type));
      parts.forEach((part) => seen.add(part.type));
      if (item.id === unfolding.id) await checkTabs(frame, page, item as CaseItem);
      if (fresh || item.id === unfolding.id)
        expect(await axeViolations(page), `${item.id} question`).toEqual([]);
      for (const part of parts) await answerPart(page, frame, item, part);
      await frame.getByRole('button', { name: 'Check answer' }).click();
      const feedback = frame.locator('section.quiz-question .quiz-feedback');
      await expect(feedback).toHaveCount(parts.length);
      if (item.type === 'bowtie') {
        // One of the two actions wrong: 4 of 5 points under the 0/1 rule.
        await expect(feedback.locator('.result')).toHaveText(/Partly correct\s*\(80% credit\)/);
      } else {
        for (let i = 0; i < parts.length; i++)
          await expect(feedback.nth(i).locator('.result strong')).toHaveText('Correct');
      }
      if (item.id === unfolding.id) {
        // The review names each part's clinical judgment step.
        await expect(feedback.locator('.cjmm')).toHaveText(
          unfolding.items.map(
            (part) => new RegExp(`^Clinical judgment step: ${part.cjmm!.replace('-', ' ')}`, 'i'),
          ),
        );
      }
      if (fresh || item.id === unfolding.id)
        expect(await axeViolations(page), `${item.id} feedback`).toEqual([]);
      await frame.getByRole('button', { name: n < count ? 'Next question' : 'See your score' }).click();
    }
    expect(asked.map((item) => item.id)).toContain(unfolding.id);
    for (const type of ngnTypes) expect(seen, `the attempt asked a ${type} item`).toContain(type);
    await expect(frame.getByRole('heading', { name: 'Your result' })).toBeVisible();
    expect(problems.errors).toEqual([]);
    await leave(page);

    // What the LMS holds: a practice attempt is kept in the course's own record (its score in
    // suspend_data), not in the LMS's interaction journal, which carries the graded final only (the
    // unload budget, README "Leaving the course"). The final's journal is checked in package.spec.ts.
    const { tracks } = await settled(request, attempt);
    expect(storedInteractions(tracks)).toEqual([]);
    const record = decodeSuspendData(tracks['cmi.suspend_data'] ?? '', LessonKeys.of(content));
    expect(record?.quizzes[quiz.id]?.attempts).toBe(1);
  });
}
