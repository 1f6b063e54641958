// Driving the course with the keyboard alone: a control is reached with Tab (or Shift+Tab) the way a
// keyboard user reaches it, never focused or clicked by the test, and then used with the keys a
// keyboard user has (Space, Enter, arrow keys, typing). A control Tab cannot reach fails the test.
import { expect, type FrameLocator, type Locator, type Page } from '@playwright/test';
import type { SimpleItem } from '../../src/lib/quiz/item-types';
import { ngnChoices, selectByKeyboard, type Choice } from './ngn-answers';

const isFocused = (target: Locator) =>
  target.evaluateAll((elements) => elements.some((element) => element === document.activeElement));

/** Presses Tab, then Shift+Tab, until one of the elements `target` matches has focus. */
export async function tabTo(page: Page, target: Locator, limit = 400): Promise<void> {
  await expect(target.first()).toBeAttached();
  for (const key of ['Tab', 'Shift+Tab']) {
    for (let n = 0; n < limit; n++) {
      if (await isFocused(target)) return;
      await page.keyboard.press(key);
    }
  }
  throw new Error(`Tab never reached ${target}`);
}

/** Reaches the control with Tab and presses `key` on it. */
export async function activate(page: Page, target: Locator, key = 'Enter'): Promise<void> {
  await tabTo(page, target);
  await page.keyboard.press(key);
}

/** Tab reaches one radio of a group; the arrow keys then choose `radio` in it (native radio groups). */
export async function chooseRadio(page: Page, radio: Locator): Promise<void> {
  const name = await radio.getAttribute('name');
  const group = name ? radio.page().locator(`input[type="radio"][name="${name}"]`) : radio;
  await tabTo(page, group);
  const size = await group.count();
  if (!(await group.evaluateAll((all) => all.some((r) => (r as HTMLInputElement).checked))))
    await page.keyboard.press('Space');
  for (let n = 0; n <= size && !(await radio.isChecked()); n++) await page.keyboard.press('ArrowDown');
  await expect(radio).toBeChecked();
}

/** Reaches a text or number box with Tab, clears it and types `text`. */
export async function typeInto(page: Page, box: Locator, text: string): Promise<void> {
  await tabTo(page, box);
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.type(text);
}

/** Reaches a closed drop-down with Tab and moves through it with the arrow keys to `value`. */
export async function chooseOption(page: Page, select: Locator, value: string): Promise<void> {
  await tabTo(page, select);
  await selectByKeyboard(page, select, value);
}

/** Ticks a checkbox reached with Tab. */
export async function tick(page: Page, box: Locator): Promise<void> {
  await tabTo(page, box);
  if (!(await box.isChecked())) await page.keyboard.press('Space');
  await expect(box).toBeChecked();
}

/** Makes one choice of ngn-answers.ts on a control reached with Tab. */
export async function chooseByTab(page: Page, choice: Choice): Promise<void> {
  switch (choice.kind) {
    case 'radio':
      return chooseRadio(page, choice.control);
    case 'checkbox':
      return tick(page, choice.control);
    case 'select':
      return chooseOption(page, choice.control, choice.value);
    case 'toggle':
      await tabTo(page, choice.control);
      await page.keyboard.press('Space');
      await expect(choice.control).toHaveAttribute('aria-pressed', 'true');
  }
}

/**
 * Answers one scored part correctly with the keyboard. The right answer is the bank's (lessons/quizzes).
 * A type this helper does not know fails, so a new item type is not left out of the keyboard proof.
 */
export async function answerByKeyboard(page: Page, scope: Locator, item: SimpleItem): Promise<void> {
  const text = (id: string) => ('options' in item ? (item.options.find((o) => o.id === id)?.text ?? id) : id);
  switch (item.type) {
    case 'single':
    case 'true-false':
      await chooseRadio(page, scope.getByRole('radio', { name: text(item.correct), exact: true }));
      return;
    case 'hotspot':
      await chooseRadio(page, scope.locator(`input[type="radio"][value="${item.correct}"]`));
      return;
    case 'multiple':
      for (const id of item.correct)
        await tick(page, scope.getByRole('checkbox', { name: text(id), exact: true }));
      return;
    case 'matching':
      for (const prompt of item.prompts)
        await chooseOption(page, scope.getByLabel(prompt.text, { exact: true }), prompt.match);
      return;
    case 'numeric':
      await typeInto(page, scope.getByLabel('Your answer (number)'), String(item.answer));
      await chooseOption(page, scope.getByLabel('Unit'), item.unit);
      return;
    case 'matrix':
    case 'cloze':
    case 'highlight':
    case 'bowtie':
      for (const choice of ngnChoices(scope, item, true)) await chooseByTab(page, choice);
      return;
    case 'ordering':
      for (const [target, id] of item.correct.entries()) {
        const shown = await scope.locator('.quiz-ordering .step-text').allTextContents();
        let at = shown.findIndex((t) => t.trim() === text(id));
        if (at > target) {
          await tabTo(
            page,
            scope.locator('.quiz-ordering li').nth(at).getByRole('button', { name: 'Move up' }),
          );
          // Focus stays on the moved step's button, so repeated presses keep moving it.
          for (; at > target; at--) await page.keyboard.press('Enter');
        }
      }
      await expect(scope.locator('.quiz-ordering .step-text')).toHaveText(item.correct.map(text));
      return;
    default: {
      // A new item type fails to compile here, and at run time if it slips through.
      const unknown: never = item;
      throw new Error(`no keyboard route for item type ${(unknown as SimpleItem).type}`);
    }
  }
}

export type Scope = Page | FrameLocator;

/**
 * Reads a case's record by keyboard (WAI-ARIA tabs pattern): Tab reaches the open tab, the right
 * arrow opens each tab in turn and its panel shows, then Tab moves into the open panel. Returns the
 * names of the tabs read, in the order read.
 */
export async function readRecordTabs(page: Page, record: Locator): Promise<string[]> {
  const tabs = record.getByRole('tab');
  const count = await tabs.count();
  await tabTo(page, record.locator('[role="tab"][aria-selected="true"]'));
  const names: string[] = [];
  for (let n = 0; n < count; n++) {
    const focused = record.locator('[role="tab"]:focus');
    await expect(focused).toHaveAttribute('aria-selected', 'true');
    await expect(record.locator(`[id="${await focused.getAttribute('aria-controls')}"]`)).toBeVisible();
    names.push((await focused.innerText()).trim());
    await page.keyboard.press('ArrowRight');
  }
  await page.keyboard.press('Tab');
  await expect(record.getByRole('tabpanel')).toBeFocused();
  return names;
}
