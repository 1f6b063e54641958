// Human-readable answers for feedback and the review screen: option texts instead of ids, so the
// learner reads "your answer" and "correct answer" in the words of the item.
import { bowtieZones, type CjmmStep, type SimpleItem } from './item-types.ts';
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
    case 'cloze':
      return item.blanks.map((blank, i) => {
        const pair = response.find((p) => p.startsWith(`${blank.id}.`));
        const option = blank.options.find((o) => `${blank.id}.${o.id}` === pair);
        return `Drop-down ${i + 1}: ${option?.text ?? '(nothing chosen)'}`;
      });
    case 'bowtie':
      return item.zones.map((zone) => {
        const chosen = zone.options.filter((o) => response.includes(`${zone.key}.${o.id}`));
        return `${bowtieTitle(zone.key)}: ${chosen.map((o) => o.text).join('; ') || '(nothing chosen)'}`;
      });
    case 'highlight':
      // In the note's reading order.
      return item.options.filter((o) => response.includes(o.id)).map((o) => o.text);
    default:
      return [...new Set(response)].map((id) => optionText(item, id));
  }
}

const cjmmLabels: Record<CjmmStep, string> = {
  'recognize-cues': 'Recognize cues',
  'analyze-cues': 'Analyze cues',
  'prioritize-hypotheses': 'Prioritize hypotheses',
  'generate-solutions': 'Generate solutions',
  'take-action': 'Take action',
  'evaluate-outcomes': 'Evaluate outcomes',
};

/** The NCSBN name of a clinical judgment step. */
export function cjmmLabel(step: CjmmStep): string {
  return cjmmLabels[step];
}

export function bowtieTitle(key: string): string {
  return bowtieZones.find((zone) => zone.key === key)?.title ?? key;
}

export function correctLines(item: SimpleItem): string[] {
  return responseLines(item, correctResponse(item));
}

function optionText(
  item: Exclude<SimpleItem, { type: 'numeric' | 'matching' | 'matrix' | 'cloze' | 'bowtie' }>,
  id: string,
): string {
  return item.options.find((option) => option.id === id)?.text ?? id;
}

/** Credit as words, never colour alone (WCAG 1.4.1). */
export function creditLabel(credit: number): 'Correct' | 'Partly correct' | 'Incorrect' {
  if (credit >= 1) return 'Correct';
  return credit > 0 ? 'Partly correct' : 'Incorrect';
}
