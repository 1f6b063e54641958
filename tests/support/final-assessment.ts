// Takes the final assessment in the built course the way a learner does, answering every part
// correctly through its real inputs. The right answers come from lessons/quizzes, never the test.
import { expect, type FrameLocator, type Locator, type Page } from '@playwright/test';
import { loadContent } from '../../src/lib/course/load-content';
import type { QuizItem, SimpleItem } from '../../src/lib/quiz/item-types';
import { criticalItemIds } from '../../src/lib/quiz/draw-attempt';
import { answerNgn } from './ngn-answers';

const content = loadContent(process.cwd());
export const catalog = content.quizzes;
export const finalQuiz = catalog.quizzes.find((quiz) => quiz.isFinal)!;
/** Blueprint rows plus one item per critical safety group (lessons/quizzes/final.yaml). */
export const finalCount =
  finalQuiz.draw.reduce((sum, draw) => sum + draw.count, 0) + finalQuiz.critical.length;
/**
 * How many parts of an attempt the LMS journal holds: the first 32, so the record sent as the page
 * unloads fits the beacon budget (README "Leaving the course"). A final with the six-part case has more.
 */
export const journalParts = 32;
export const itemsById = new Map<string, QuizItem>(
  Object.values(catalog.banks).flatMap((bank) => bank.items.map((item) => [item.id, item] as const)),
);

/** Answers one scored part correctly through its real inputs. */
export async function answerCorrectly(scope: Locator, item: SimpleItem): Promise<void> {
  const text = (id: string) => ('options' in item ? (item.options.find((o) => o.id === id)?.text ?? id) : id);
  switch (item.type) {
    case 'cloze':
    case 'highlight':
    case 'bowtie':
      await answerNgn(scope.page(), scope, item, true);
      break;
    case 'single':
    case 'true-false':
      await scope.getByRole('radio', { name: text(item.correct), exact: true }).check();
      break;
    case 'hotspot':
      await scope.locator(`input[type="radio"][value="${item.correct}"]`).check();
      break;
    case 'multiple':
      for (const id of item.correct)
        await scope.getByRole('checkbox', { name: text(id), exact: true }).check();
      break;
    case 'matching':
      for (const prompt of item.prompts)
        await scope.getByLabel(prompt.text, { exact: true }).selectOption(prompt.match);
      break;
    case 'numeric':
      await scope.getByLabel('Your answer (number)').fill(String(item.answer));
      await scope.getByLabel('Unit').selectOption(item.unit);
      break;
    case 'matrix':
      for (const row of item.rows)
        for (const column of item.columns.filter((c) => row.correct.includes(c.id)))
          await scope
            .getByRole(item.select === 'one' ? 'radio' : 'checkbox', {
              name: `${row.text} ${column.text}`,
              exact: true,
            })
            .check();
      break;
    case 'ordering':
      for (const [target, id] of item.correct.entries()) {
        const shown = await scope.locator('.quiz-ordering .step-text').allTextContents();
        for (let at = shown.findIndex((t) => t.trim() === text(id)); at > target; at--) {
          await scope.locator('.quiz-ordering li').nth(at).getByRole('button', { name: 'Move up' }).click();
        }
      }
      break;
  }
}

/**
 * Opens the final from the quiz list and answers it: each scored part for which `answers` is true
 * (given the part's index in the attempt and the question it belongs to) is answered correctly, the
 * others are left unanswered. Returns the parts answered, in order.
 */
async function takeFinalAssessment(
  scope: FrameLocator | Page,
  answers: (partIndex: number, question: QuizItem) => boolean,
): Promise<SimpleItem[]> {
  await scope.getByRole('link', { name: 'Quizzes', exact: true }).click();
  await scope.locator(`a[href$="/quiz/${finalQuiz.id}"]`).first().click();
  const answered: SimpleItem[] = [];
  let partIndex = 0;
  for (let n = 1; n <= finalCount; n++) {
    await expect(scope.getByRole('heading', { name: `Question ${n} of ${finalCount}` })).toBeVisible();
    const shown = scope.locator('section.quiz-question > [data-item-id]');
    const item = itemsById.get((await shown.getAttribute('data-item-id')) ?? '');
    if (!item) throw new Error('the question on screen is not an item of lessons/quizzes');
    for (const part of item.type === 'case' ? item.items : [item]) {
      if (!answers(partIndex++, item)) continue;
      await answerCorrectly(
        scope.locator(`section.quiz-question .quiz-item[data-item-id="${part.id}"]`),
        part,
      );
      answered.push(part);
    }
    if (n < finalCount) await scope.getByRole('button', { name: 'Next', exact: true }).click();
  }
  await scope.getByRole('button', { name: 'Finish assessment' }).click();
  return answered;
}

/** Opens the final from the quiz list and passes it; returns the scored parts answered, in order. */
export async function passFinalAssessment(scope: FrameLocator | Page): Promise<SimpleItem[]> {
  const answered = await takeFinalAssessment(scope, () => true);
  await expect(scope.getByTestId('quiz-verdict')).toHaveAttribute('data-passed', 'true');
  return answered;
}

/**
 * Opens the final and fails it: answers only the first `correctParts` scored parts (correctly) and
 * leaves the rest unanswered, confirming the finish. Returns the parts answered.
 */
export async function failFinalAssessment(
  scope: FrameLocator | Page,
  correctParts: number,
): Promise<SimpleItem[]> {
  const answered = await takeFinalAssessment(scope, (index) => index < correctParts);
  await scope.getByRole('button', { name: 'Finish and see my result' }).click();
  await expect(scope.getByTestId('quiz-verdict')).toHaveAttribute('data-passed', 'false');
  return answered;
}

/**
 * Opens the final and answers every part correctly but one critical safety question (the first
 * single-part one asked), which is left unanswered: the score reaches the pass mark, the attempt does
 * not pass (lessons/quizzes/final.yaml, critical groups). Returns the parts answered and the score.
 */
export async function missOneCriticalQuestion(
  scope: FrameLocator | Page,
): Promise<{ answered: SimpleItem[]; percent: number }> {
  const critical = criticalItemIds(finalQuiz);
  let missed = '';
  let parts = 0;
  const answered = await takeFinalAssessment(scope, (_, question) => {
    parts++;
    if (missed || question.type === 'case' || !critical.has(question.id)) return true;
    missed = question.id;
    return false;
  });
  expect(missed, 'the attempt asked a single-part critical question').not.toBe('');
  await scope.getByRole('button', { name: 'Finish and see my result' }).click();
  await expect(scope.getByTestId('quiz-verdict')).toHaveAttribute('data-passed', 'false');
  return { answered, percent: Math.round(((parts - 1) / parts) * 1000) / 10 };
}
