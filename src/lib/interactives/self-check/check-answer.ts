// The answer logic of a patient self-check: a choice (an option id, or "not sure") gives kind feedback
// that ends with what to do. There is no score: nothing is counted, kept or sent (SelfCheck.svelte).
import type { SelfCheckQuestion } from './schema.ts';

/** The value of the "I'm not sure" choice the page adds to every question. */
export const notSure = 'not-sure';

export type SelfCheckVerdict = 'right' | 'not-yet' | 'not-sure';

export interface SelfCheckFeedback {
  verdict: SelfCheckVerdict;
  /** What to show, in order; the last is always the question's `whatToDo`. */
  sentences: string[];
}

/** Feedback for `choice` (an option id or `notSure`); null when nothing was chosen or the id is unknown. */
export function checkSelfCheckAnswer(question: SelfCheckQuestion, choice: string): SelfCheckFeedback | null {
  if (choice === notSure) return { verdict: 'not-sure', sentences: [question.notSure, question.whatToDo] };
  const option = question.options.find((candidate) => candidate.id === choice);
  if (!option) return null;
  return {
    verdict: option.id === question.answer ? 'right' : 'not-yet',
    sentences: [option.feedback, question.whatToDo],
  };
}
