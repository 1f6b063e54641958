// Human-readable answers for feedback and the review screen: option texts instead of ids, so the
// learner reads "your answer" and "correct answer" in the words of the item.
import type { SimpleItem } from './item-types.ts';
import { correctResponse } from './score-item.ts';

/** One line per selected option / step / pair; empty when nothing was answered. */
export function responseLines(item: SimpleItem, response: readonly string[] | null): string[] {
  if (!response || response.length === 0) return [];
  switch (item.type) {
    case 'numeric': {
      const [value, unit] = response;
      if (!value) return [];
      return [`${value} ${unit || '(no unit chosen)'}`];
    }
    case 'matching':
      return item.prompts.map((prompt) => {
        const pair = response.find((p) => p.startsWith(`${prompt.id}.`));
        const target = item.targets.find((t) => `${prompt.id}.${t.id}` === pair);
        return `${prompt.text} → ${target?.text ?? '(no match chosen)'}`;
      });
    case 'ordering':
      return response.map((id, i) => `${i + 1}. ${optionText(item, id)}`);
    case 'matrix':
      return item.rows.map((row) => {
        const cells = item.columns.filter((column) => response.includes(`${row.id}.${column.id}`));
        return `${row.text} → ${cells.map((column) => column.text).join(', ') || '(nothing chosen)'}`;
      });
    default:
      return [...new Set(response)].map((id) => optionText(item, id));
  }
}

export function correctLines(item: SimpleItem): string[] {
  return responseLines(item, correctResponse(item));
}

function optionText(
  item: Exclude<SimpleItem, { type: 'numeric' | 'matching' | 'matrix' }>,
  id: string,
): string {
  return item.options.find((option) => option.id === id)?.text ?? id;
}

/** Credit as words, never colour alone (WCAG 1.4.1). */
export function creditLabel(credit: number): 'Correct' | 'Partly correct' | 'Incorrect' {
  if (credit >= 1) return 'Correct';
  return credit > 0 ? 'Partly correct' : 'Incorrect';
}
