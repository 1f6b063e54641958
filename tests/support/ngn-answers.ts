// Answers the NCSBN Next Generation items (matrix, cloze, highlight, bow-tie) by keyboard only, as a learner
// without a mouse does: focus a control, then arrow keys, Space or Enter. Right answers come from
// the item as lessons/quizzes defines it, wrong ones are its other options.
import { expect, type Locator, type Page } from '@playwright/test';
import type { BowtieItem, ClozeItem, HighlightItem, MatrixItem } from '../../src/lib/quiz/item-types';
import { bowtieTitle } from '../../src/lib/quiz/response-text';

export type NgnItem = ClozeItem | HighlightItem | BowtieItem | MatrixItem;

/** Moves a closed native select to the option with `value` using the arrow keys. */
async function selectByKeyboard(page: Page, select: Locator, value: string): Promise<void> {
  await select.focus();
  const values = await select
    .locator('option')
    .evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value));
  const from = values.indexOf(await select.inputValue());
  const to = values.indexOf(value);
  for (let i = from; i < to; i++) await page.keyboard.press('ArrowDown');
  for (let i = from; i > to; i--) await page.keyboard.press('ArrowUp');
  await expect(select).toHaveValue(value);
}

/**
 * Answers by keyboard. `right`: every part keyed; false: every part wrong. A bow-tie can also be
 * answered partly: `wrongInBowtie` options of its actions part are swapped for wrong ones.
 */
export async function answerNgn(
  page: Page,
  scope: Locator,
  item: NgnItem,
  right: boolean,
  wrongInBowtie = 0,
): Promise<void> {
  switch (item.type) {
    case 'matrix':
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
      for (const [i, blank] of item.blanks.entries()) {
        const option = right ? blank.correct : blank.options.find((o) => o.id !== blank.correct)!.id;
        const select = scope.getByRole('combobox', {
          name: `Drop-down ${i + 1} of ${item.blanks.length}`,
          exact: true,
        });
        await selectByKeyboard(page, select, option);
      }
      break;
    case 'highlight': {
      const phrases = item.options.filter((o) => item.correct.includes(o.id) === right);
      for (const phrase of phrases) {
        const button = scope.getByRole('button', { name: phrase.text, exact: true });
        await button.focus();
        await page.keyboard.press('Space');
        await expect(button).toHaveAttribute('aria-pressed', 'true');
      }
      break;
    }
    case 'bowtie':
      for (const zone of item.zones) {
        const group = scope.getByRole('group', { name: bowtieTitle(zone.key), exact: true });
        const keyed = zone.options.filter((o) => zone.correct.includes(o.id));
        const others = zone.options.filter((o) => !zone.correct.includes(o.id));
        const swap = zone.key === 'a' ? wrongInBowtie : 0;
        const options = right
          ? [...keyed.slice(0, zone.pick - swap), ...others.slice(0, swap)]
          : others.slice(0, zone.pick);
        for (const option of options) {
          const control = group.getByRole(zone.pick === 1 ? 'radio' : 'checkbox', {
            name: option.text,
            exact: true,
          });
          await control.focus();
          await page.keyboard.press('Space');
          await expect(control).toBeChecked();
        }
      }
      break;
  }
}
