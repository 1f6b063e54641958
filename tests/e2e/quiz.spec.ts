// Takes every quiz in the built course along a pass path and a fail path, answering each drawn item
// through its real inputs. The right answers come from the banks in lessons/quizzes/ (read here
// with the course's own loader), never from constants in this test.
import { axeViolations } from '../support/axe';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { loadContent } from '../../src/lib/course/load-content';
import type { QuizItem, SimpleItem } from '../../src/lib/quiz/item-types';
import { watchPage } from '../support/page-problems';
import { answerNgn } from '../support/ngn-answers';
import { courseUrl } from '../support/paths';
import { seedRandom } from '../support/seed-random';

const content = loadContent(process.cwd());
const catalog = content.quizzes;
const itemsById = new Map<string, QuizItem>(
  Object.values(catalog.banks).flatMap((bank) => bank.items.map((item) => [item.id, item] as const)),
);
const bankTypes = (quizId: string) => {
  const quiz = catalog.quizzes.find((q) => q.id === quizId);
  return new Set(
    quiz?.draw.flatMap((d) => (d.bank ? catalog.banks[d.bank]?.items.map((i) => i.type) : []) ?? []),
  );
};
const finalQuiz = catalog.quizzes.find((q) => q.isFinal)!;
/** Blueprint rows plus one item per critical safety group. */
const finalCount = finalQuiz.draw.reduce((sum, d) => sum + d.count, 0) + finalQuiz.critical.length;
const allTypes = new Set(Object.values(catalog.banks).flatMap((bank) => bank.items.map((item) => item.type)));
const criticalGroupOf = (itemId: string) => finalQuiz.critical.find((group) => group.items.includes(itemId));

type Path = 'pass' | 'fail';

/** Answers one scored item inside `scope` through its inputs: rightly on the pass path, wrongly on the fail path. */
async function answerSimple(page: Page, scope: Locator, item: SimpleItem, path: Path) {
  const right = path === 'pass';
  switch (item.type) {
    case 'single':
    case 'true-false': {
      const id = right ? item.correct : item.options.find((o) => o.id !== item.correct)!.id;
      const text = item.options.find((o) => o.id === id)!.text;
      await scope.getByRole('radio', { name: text, exact: true }).check();
      break;
    }
    case 'hotspot': {
      const id = right ? item.correct : item.options.find((o) => o.id !== item.correct)!.id;
      // The diagram's radio group is the keyboard route to the hotspot.
      await scope.locator(`input[type="radio"][value="${id}"]`).check();
      break;
    }
    case 'multiple': {
      const ids = right
        ? item.correct
        : item.options.filter((o) => !item.correct.includes(o.id)).map((o) => o.id);
      for (const id of ids) {
        await scope
          .getByRole('checkbox', { name: item.options.find((o) => o.id === id)!.text, exact: true })
          .check();
      }
      break;
    }
    case 'matching':
      for (const prompt of item.prompts) {
        const target = right ? prompt.match : item.targets.find((t) => t.id !== prompt.match)!.id;
        await scope.getByLabel(prompt.text, { exact: true }).selectOption(target);
      }
      break;
    case 'numeric': {
      // Fail path: the right number in the wrong unit must still be marked wrong.
      await scope.getByLabel('Your answer (number)').fill(String(item.answer));
      await scope
        .getByLabel('Unit')
        .selectOption(right ? item.unit : item.units.find((u) => u !== item.unit)!);
      break;
    }
    case 'ordering':
      // Fail path: keep the shown order, which is never the right one.
      if (right) await putInOrder(scope, item);
      break;
    case 'matrix':
      // By keyboard only: focus each cell's control (named "row column") and press Space.
      for (const row of item.rows) {
        const columns = item.columns.filter((c) => row.correct.includes(c.id) === right);
        for (const column of item.select === 'one' ? columns.slice(0, 1) : columns) {
          const cell = scope.getByRole(item.select === 'one' ? 'radio' : 'checkbox', {
            name: `${row.text} ${column.text}`,
            exact: true,
          });
          await cell.focus();
          await page.keyboard.press('Space');
          await expect(cell).toBeChecked();
        }
      }
      break;
    case 'cloze':
    case 'highlight':
    case 'bowtie':
      await answerNgn(page, scope, item, right);
      break;
  }
}

async function putInOrder(scope: Locator, item: SimpleItem & { type: 'ordering' }) {
  const textOf = (id: string) => item.options.find((o) => o.id === id)!.text;
  for (const [target, id] of item.correct.entries()) {
    const shown = await scope.locator('.quiz-ordering .step-text').allTextContents();
    let at = shown.findIndex((text) => text.trim() === textOf(id));
    while (at > target) {
      await scope.locator('.quiz-ordering li').nth(at).getByRole('button', { name: 'Move up' }).click();
      at--;
    }
  }
  await expect(scope.locator('.quiz-ordering .step-text')).toHaveText(item.correct.map(textOf));
}

/** Answers the drawn item on screen; returns its type and its scored parts. */
async function answerCurrent(
  page: Page,
  path: Path,
): Promise<{ type: QuizItem['type']; parts: SimpleItem[] }> {
  const element = page.locator('section.quiz-question > [data-item-id]');
  const id = await element.getAttribute('data-item-id');
  const item = itemsById.get(id ?? '');
  expect(item, `item ${id} is in a bank`).toBeDefined();
  if (!item) throw new Error('unreachable');
  const parts = item.type === 'case' ? item.items : [item];
  for (const part of parts) {
    // A case set holds one .quiz-item per linked item; a single item is its own container.
    const scope = item.type === 'case' ? element.locator(`.quiz-item[data-item-id="${part.id}"]`) : element;
    await answerSimple(page, scope, part, path);
  }
  return { type: item.type, parts };
}

function expectedLabel(path: Path) {
  return path === 'pass' ? /^Correct$/ : /^(Incorrect|Partly correct)$/;
}

async function takePractice(page: Page, quizId: string, path: Path) {
  const problems = watchPage(page);
  await page.goto(`${courseUrl}#/quiz/${quizId}`);
  const quiz = catalog.quizzes.find((q) => q.id === quizId)!;
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(quiz.title);
  const count = quiz.draw.reduce((sum, d) => sum + d.count, 0);
  const seen = new Set<string>();
  for (let n = 1; n <= count; n++) {
    await expect(page.getByRole('heading', { name: `Question ${n} of ${count}` })).toBeVisible();
    const shownType = await page
      .locator('section.quiz-question > [data-item-id]')
      .getAttribute('data-item-type');
    if (n === 1 && shownType !== 'ordering') {
      // Checking before answering asks for an answer instead of scoring nothing (an ordering item
      // always has an answer: the order on screen).
      await page.getByRole('button', { name: 'Check answer' }).click();
      await expect(page.getByRole('alert')).toHaveText(/^(Choose an answer|Answer every part)/);
      await expect(page.locator('.quiz-feedback')).toHaveCount(0);
    }
    const { type, parts } = await answerCurrent(page, path);
    seen.add(type);
    await page.getByRole('button', { name: 'Check answer' }).click();
    // Immediate feedback: one block per scored part, with the result and every rationale.
    const feedback = page.locator('section.quiz-question .quiz-feedback');
    await expect(feedback).toHaveCount(parts.length);
    await expect(feedback.first()).toBeFocused();
    for (const [i, part] of parts.entries()) {
      await expect(feedback.nth(i).locator('.result strong')).toHaveText(expectedLabel(path));
      const rationale =
        part.type === 'numeric'
          ? part.rationale
          : part.type === 'matching'
            ? part.prompts[0]!.rationale
            : part.type === 'matrix'
              ? part.rows[0]!.rationale
              : part.type === 'cloze'
                ? part.blanks[0]!.options[0]!.rationale
                : part.type === 'bowtie'
                  ? part.zones[0]!.options[0]!.rationale
                  : part.options[0]!.rationale;
      await expect(feedback.nth(i)).toContainText(rationale.slice(0, 40));
    }
    // Answers are locked once their feedback is shown.
    await expect(
      page.locator('section.quiz-question :is(input, select, .quiz-ordering button):enabled'),
    ).toHaveCount(0);
    await page.getByRole('button', { name: n < count ? 'Next question' : 'See your score' }).click();
  }
  expect([...seen].sort()).toEqual([...bankTypes(quizId)].sort());
  await expectResult(page, path);
  expect(problems.errors).toEqual([]);
}

async function expectResult(page: Page, path: Path) {
  await expect(page.getByRole('heading', { name: 'Your result' })).toBeFocused();
  const verdict = page.getByTestId('quiz-verdict');
  await expect(verdict).toHaveAttribute('data-passed', path === 'pass' ? 'true' : 'false');
  if (path === 'pass') await expect(page.getByTestId('quiz-score')).toContainText('100%');
}

for (const quizId of ['indications', 'adverse-effects']) {
  for (const path of ['pass', 'fail'] as const) {
    test(`practice quiz "${quizId}": ${path} path with feedback after every question`, async ({ page }) => {
      test.setTimeout(120_000);
      await takePractice(page, quizId, path);
      // The quiz list keeps best and last scores.
      await page.getByRole('link', { name: 'Back to quizzes' }).click();
      const entry = page.locator(`[data-quiz-id="${quizId}"]`);
      await expect(entry.locator('[data-stat="attempts"]')).toHaveText('1');
      if (path === 'pass') await expect(entry.locator('[data-stat="best"]')).toHaveText('100%');
      else await expect(entry.locator('[data-stat="last"]')).not.toHaveText('100%');
    });
  }
}

for (const path of ['pass', 'fail'] as const) {
  test(`final assessment: ${path} path, feedback only on the review screen`, async ({ page }) => {
    test.setTimeout(180_000);
    const problems = watchPage(page);
    const final = finalQuiz;
    const count = finalCount;
    await page.goto(`${courseUrl}#/quiz/${final.id}`);
    const seen = new Set<string>();
    const drawn: SimpleItem[] = [];
    for (let n = 1; n <= count; n++) {
      await expect(page.getByRole('heading', { name: `Question ${n} of ${count}` })).toBeVisible();
      const { type, parts } = await answerCurrent(page, path);
      seen.add(type);
      drawn.push(...parts);
      // No feedback before the end.
      await expect(page.locator('.quiz-feedback')).toHaveCount(0);
      if (n < count) await page.getByRole('button', { name: 'Next', exact: true }).click();
    }
    // A blueprint draws by topic: at least four item types, all of them from the banks.
    expect(seen.size).toBeGreaterThanOrEqual(4);
    for (const type of seen) expect(allTypes.has(type as QuizItem['type'])).toBe(true);
    await page.getByRole('button', { name: 'Finish assessment' }).click();
    await expectResult(page, path);
    // The fail path misses every critical safety question, and the result screen names each one.
    const missed = page.getByTestId('critical-missed').locator('li');
    if (path === 'pass') await expect(missed).toHaveCount(0);
    else
      await expect(missed).toHaveText(
        final.critical.map((group) => new RegExp(`^${escapeRegExp(group.title)}`)),
        { useInnerText: true },
      );

    // Review: every scored part with the learner's answer, the correct answer, rationales and sources.
    const review = page.locator('.quiz-review .quiz-feedback');
    await expect(review).toHaveCount(drawn.length);
    for (const [i, part] of drawn.entries()) {
      const block = review.nth(i);
      await expect(block.locator('.result strong')).toHaveText(expectedLabel(path));
      await expect(block).toContainText('Correct answer');
      await expect(block.locator('.sources')).toContainText(part.references[0]!);
    }
    expect(problems.errors).toEqual([]);
  });
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

test('one critical safety question wrong: the score stays as earned, the attempt does not pass, and both screens say which', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const problems = watchPage(page);
  await page.goto(`${courseUrl}#/quiz/${finalQuiz.id}`);
  let missedGroup: (typeof finalQuiz.critical)[number] | undefined;
  let parts = 0;
  for (let n = 1; n <= finalCount; n++) {
    await expect(page.getByRole('heading', { name: `Question ${n} of ${finalCount}` })).toBeVisible();
    const id =
      (await page.locator('section.quiz-question > [data-item-id]').getAttribute('data-item-id')) ?? '';
    const group = criticalGroupOf(id);
    const item = itemsById.get(id)!;
    const wrongHere = !missedGroup && group !== undefined && item.type !== 'case';
    if (wrongHere) missedGroup = group;
    await answerCurrent(page, wrongHere ? 'fail' : 'pass');
    parts += item.type === 'case' ? item.items.length : 1;
    if (n < finalCount) await page.getByRole('button', { name: 'Next', exact: true }).click();
  }
  expect(missedGroup, 'the attempt asked a single-item critical question').toBeDefined();
  await page.getByRole('button', { name: 'Finish assessment' }).click();
  await expect(page.getByRole('heading', { name: 'Your result' })).toBeFocused();
  // Only one part of the attempt is wrong, so the score is at least the pass mark …
  const percent = Math.round(((parts - 1) / parts) * 1000) / 10;
  expect(percent).toBeGreaterThanOrEqual(finalQuiz.passMark);
  await expect(page.getByTestId('quiz-score')).toContainText(`${percent}%`);
  // … and the attempt still does not pass.
  await expect(page.getByTestId('quiz-verdict')).toHaveAttribute('data-passed', 'false');
  await expect(page.getByTestId('quiz-verdict')).toContainText('every critical safety question right');
  await expect(page.getByTestId('critical-missed').locator('li')).toHaveCount(1);
  await expect(page.getByTestId('critical-missed')).toContainText(missedGroup!.title);
  const flagged = page.locator('.quiz-review [data-critical="missed"]');
  await expect(flagged).toHaveCount(1);
  await expect(flagged.locator('.critical-flag')).toContainText(
    `Critical safety question: ${missedGroup!.title}.`,
  );
  await expect(flagged.locator('.critical-flag')).toContainText('Missed: passing needs this question right.');
  await expect(page.locator('.quiz-review [data-critical="right"]')).toHaveCount(
    finalQuiz.critical.length - 1,
  );
  // The progress page agrees: not passed.
  await page.goto(`${courseUrl}#/progress`);
  await expect(page.getByText(/Not passed yet, best score/)).toBeVisible();
  expect(problems.errors).toEqual([]);
});

test('a quiz in progress survives a reload, and a retry draws a fresh set', async ({ page }) => {
  test.setTimeout(120_000);
  // A fixed draw: the retry's questions are compared with the first attempt's, so the outcome must
  // not depend on which questions an unseeded draw happens to pick.
  await seedRandom(page, 20261202);
  const final = finalQuiz;
  await page.goto(`${courseUrl}#/quiz/${final.id}`);
  const firstIds: string[] = [];
  for (let n = 1; n <= 2; n++) {
    firstIds.push(
      (await page.locator('section.quiz-question > [data-item-id]').getAttribute('data-item-id')) ?? '',
    );
    await answerCurrent(page, 'pass');
    await page.getByRole('button', { name: 'Next', exact: true }).click();
  }
  await expect(page.getByRole('heading', { name: 'Question 3 of' })).toBeFocused();
  // A reload starts the page's generator again; a real browser's does not repeat itself, so the page
  // after the reload gets a sequence of its own (the later init script replaces Math.random).
  await seedRandom(page, 20261203);
  await page.reload();
  await expect(page.getByRole('heading', { name: `Question 3 of` })).toBeVisible();
  await expect(page.getByText(`2 of ${finalCount} answered`)).toBeVisible();
  await page.getByRole('button', { name: 'Previous' }).click();
  await expect(page.locator('section.quiz-question > [data-item-id]')).toHaveAttribute(
    'data-item-id',
    firstIds[1]!,
  );

  // Finish with most questions unanswered: a confirmation first, then the result.
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  while (await page.getByRole('button', { name: 'Next', exact: true }).isVisible()) {
    await page.getByRole('button', { name: 'Next', exact: true }).click();
  }
  await page.getByRole('button', { name: 'Finish assessment' }).click();
  await expect(page.getByRole('heading', { name: /questions? not answered/ })).toBeFocused();
  await page.getByRole('button', { name: 'Finish and see my result' }).click();
  await expect(page.getByTestId('quiz-verdict')).toHaveAttribute('data-passed', 'false');

  await page.getByRole('button', { name: 'Try again with new questions' }).click();
  await expect(page.getByRole('heading', { name: /^Question 1 of/ })).toBeFocused();
  const retryIds: string[] = [];
  for (let n = 0; n < 3; n++) {
    retryIds.push(
      (await page.locator('section.quiz-question > [data-item-id]').getAttribute('data-item-id')) ?? '',
    );
    await page.getByRole('button', { name: 'Next', exact: true }).click();
  }
  expect(retryIds.slice(0, 2)).not.toEqual(firstIds);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`quiz list, every item type, practice feedback and the review screen pass axe (WCAG 2.2 AA, ${scheme})`, async ({
    page,
  }) => {
    test.setTimeout(180_000);
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`${courseUrl}#/quiz`);
    await expect(page.locator('[data-quiz-id]').first()).toBeVisible();
    expect(await axeViolations(page), 'quiz list').toEqual([]);

    // Practice feedback after Check answer. Links, not page.goto: in hash routing an edited address
    // reloads the page, and a reload under axe destroys its context.
    await page.locator('a[href$="/quiz/indications"]').first().click();
    await answerCurrent(page, 'fail');
    await page.getByRole('button', { name: 'Check answer' }).click();
    await expect(page.locator('.quiz-feedback').first()).toBeVisible();
    expect(await axeViolations(page), 'practice feedback').toEqual([]);

    // Every item type on the final assessment, then its review screen.
    const final = finalQuiz;
    await page.getByRole('link', { name: 'Quizzes', exact: true }).click();
    await page.locator(`a[href$="/quiz/${final.id}"]`).first().click();
    const checked = new Set<string>();
    for (;;) {
      const type = await page
        .locator('section.quiz-question > [data-item-id]')
        .getAttribute('data-item-type');
      if (type && !checked.has(type)) {
        checked.add(type);
        expect(await axeViolations(page), `item type ${type}`).toEqual([]);
      }
      await answerCurrent(page, 'pass');
      const next = page.getByRole('button', { name: 'Next', exact: true });
      if (!(await next.isVisible())) break;
      await next.click();
    }
    expect(checked.size).toBeGreaterThanOrEqual(4);
    await page.getByRole('button', { name: 'Finish assessment' }).click();
    await expect(page.getByRole('heading', { name: 'Your result' })).toBeVisible();
    expect(await axeViolations(page), 'review screen').toEqual([]);
  });
}
