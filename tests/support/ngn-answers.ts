// Answers the NCSBN Next Generation items (matrix, cloze, highlight, bow-tie) by keyboard only, as a learner
// without a mouse does: reach a control, then arrow keys, Space or Enter. Right answers come from
// the item as lessons/quizzes defines it, wrong ones are its other options. `ngnChoices` says what to
// choose; `answerNgn` reaches each control by focusing it, keyboard.ts's `answerByKeyboard` by Tab.
import { expect, type Locator, type Page } from '@playwright/test';
import type { BowtieItem, ClozeItem, HighlightItem, MatrixItem } from '../../src/lib/quiz/item-types';
import { bowtieTitle } from '../../src/lib/quiz/response-text';

export type NgnItem = ClozeItem | HighlightItem | BowtieItem | MatrixItem;

/** One thing a learner does: check a radio or a checkbox, press a toggle button, choose in a drop-down. */
export type Choice =
  | { kind: 'radio' | 'checkbox' | 'toggle'; control: Locator }
  | { kind: 'select'; control: Locator; value: string };

/** Moves a closed native select to the option with `value` using the arrow keys. */
export async function selectByKeyboard(page: Page, select: Locator, value: string): Promise<void> {
  const values = await select
    .locator('option')
    .evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value));
  const from = values.indexOf(await select.inputValue());
  const to = values.indexOf(value);
  if (to < 0) throw new Error(`no option "${value}" in ${select}`);
  for (let i = from; i < to; i++) await page.keyboard.press('ArrowDown');
  for (let i = from; i > to; i--) await page.keyboard.press('ArrowUp');
  await expect(select).toHaveValue(value);
}

/**
 * What to choose, in reading order. `right`: every part keyed; false: every part wrong. A bow-tie can
 * also be answered partly: `wrongInBowtie` options of its actions part are swapped for wrong ones.
 */
export function ngnChoices(scope: Locator, item: NgnItem, right: boolean, wrongInBowtie = 0): Choice[] {
  switch (item.type) {
    case 'matrix':
      return item.rows.flatMap((row) => {
        const columns = item.columns.filter((c) => row.correct.includes(c.id) === right);
        const kind = item.select === 'one' ? 'radio' : 'checkbox';
        return (item.select === 'one' ? columns.slice(0, 1) : columns).map((column) => ({
          kind,
          control: scope.getByRole(kind, { name: `${row.text} ${column.text}`, exact: true }),
        }));
      });
    case 'cloze':
      return item.blanks.map((blank, i) => ({
        kind: 'select' as const,
        control: scope.getByRole('combobox', {
          name: `Drop-down ${i + 1} of ${item.blanks.length}`,
          exact: true,
        }),
        value: right ? blank.correct : blank.options.find((o) => o.id !== blank.correct)!.id,
      }));
    case 'highlight':
      return item.options
        .filter((o) => item.correct.includes(o.id) === right)
        .map((phrase) => ({
          kind: 'toggle' as const,
          control: scope.getByRole('button', { name: phrase.text, exact: true }),
        }));
    case 'bowtie':
      return item.zones.flatMap((zone) => {
        const group = scope.getByRole('group', { name: bowtieTitle(zone.key), exact: true });
        const keyed = zone.options.filter((o) => zone.correct.includes(o.id));
        const others = zone.options.filter((o) => !zone.correct.includes(o.id));
        const swap = zone.key === 'a' ? wrongInBowtie : 0;
        const options = right
          ? [...keyed.slice(0, zone.pick - swap), ...others.slice(0, swap)]
          : others.slice(0, zone.pick);
        const kind = zone.pick === 1 ? 'radio' : 'checkbox';
        return options.map((option) => ({
          kind,
          control: group.getByRole(kind, { name: option.text, exact: true }),
        }));
      });
  }
}

/** Makes one choice on a control focused directly, then checks it took. */
export async function chooseByFocus(page: Page, choice: Choice): Promise<void> {
  await choice.control.focus();
  if (choice.kind === 'select') return selectByKeyboard(page, choice.control, choice.value);
  await page.keyboard.press('Space');
  if (choice.kind === 'toggle') await expect(choice.control).toHaveAttribute('aria-pressed', 'true');
  else await expect(choice.control).toBeChecked();
}

/** Answers by keyboard, each control focused directly (see `ngnChoices` for `right` and `wrongInBowtie`). */
export async function answerNgn(
  page: Page,
  scope: Locator,
  item: NgnItem,
  right: boolean,
  wrongInBowtie = 0,
): Promise<void> {
  for (const choice of ngnChoices(scope, item, right, wrongInBowtie)) await chooseByFocus(page, choice);
}
