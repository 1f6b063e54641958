// A case set is one drawn item holding linked items; its answer is stored as one string per linked
// item (the linked item's response joined by spaces) so it fits the compact draft shape. Option ids,
// units and typed numbers never contain spaces (ids are validated; numbers are trimmed). The rest
// of this file is the answer logic the quiz page uses, kept here so it is pure and unit-tested.
import type { QuizItem, SimpleItem } from './item-types.ts';

type CaseItem = Extract<QuizItem, { type: 'case' }>;

export function encodeCaseAnswer(parts: ReadonlyArray<readonly string[] | null>): string[] {
  return parts.map((part) => (part ? part.join(' ') : ''));
}

export function decodeCaseAnswer(answer: readonly string[] | null, count: number): Array<string[] | null> {
  return Array.from({ length: count }, (_, i) => {
    const text = answer?.[i];
    return text ? text.split(' ').filter(Boolean) : null;
  });
}

/** An unanswered ordering item already shows an order; that order is its starting answer. */
export function initialResponse(part: SimpleItem): string[] {
  return part.type === 'ordering' ? part.options.map((option) => option.id) : [];
}

/** What the inputs show before the learner answers. */
export function blankAnswer(item: QuizItem): string[] {
  return item.type === 'case' ? [] : initialResponse(item);
}

/** The response one part of a case set shows, from the pending (encoded) answer. */
export function casePartResponse(item: CaseItem, pending: readonly string[], index: number): string[] {
  const part = item.items[index];
  if (!part) return [];
  return decodeCaseAnswer(pending, item.items.length)[index] ?? initialResponse(part);
}

/** The pending answer after one part of a case set changed (empty when every part is cleared). */
export function withCasePart(
  item: CaseItem,
  pending: readonly string[],
  index: number,
  response: readonly string[],
): string[] {
  const parts = decodeCaseAnswer(pending, item.items.length);
  parts[index] = response.length > 0 ? [...response] : null;
  return parts.every((part) => part === null) ? [] : encodeCaseAnswer(parts);
}

/** The answer to store: case parts encoded; untouched ordering parts take their shown order. */
export function answerToStore(item: QuizItem, response: readonly string[]): string[] {
  if (item.type !== 'case') return [...response];
  const parts = decodeCaseAnswer(response, item.items.length);
  if (parts.every((part) => part === null)) return [];
  return encodeCaseAnswer(parts.map((part, i) => part ?? initialResponse(item.items[i] as SimpleItem)));
}

/** True when the answer leaves the item (or any part of a case set) unanswered. */
export function isIncomplete(item: QuizItem, answer: readonly string[]): boolean {
  if (answer.length === 0) return true;
  return item.type === 'case' && decodeCaseAnswer(answer, item.items.length).some((part) => part === null);
}
