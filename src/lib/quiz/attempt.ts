// The attempt state machine: answer → next → finish → review. Pure functions over plain data so
// the Svelte view can hold the state in $state and the rules stay unit-testable without a DOM.
import type { QuizDraft } from '../progress/contract.ts';
import { drawAttempt } from './draw-attempt.ts';
import type { Quiz, QuizBank, QuizItem } from './item-types.ts';

export type AttemptPhase = 'answering' | 'review';

export interface Attempt {
  quiz: Quiz;
  seed: number;
  /** How many attempts the learner had finished before this one (rotates the critical items). */
  attemptNumber: number;
  items: QuizItem[];
  /** Indexed by drawn-item order; null until the learner submits an answer. */
  answers: Array<string[] | null>;
  position: number;
  phase: AttemptPhase;
  /** Epoch milliseconds when each item was first shown / answered (for latency); not persisted. */
  shownAt: Array<number | null>;
  answeredAt: Array<number | null>;
}

export function startAttempt(
  quiz: Quiz,
  banks: Record<string, QuizBank>,
  seed: number,
  now: number,
  attemptNumber = 0,
): Attempt {
  const items = drawAttempt(quiz, banks, seed, attemptNumber);
  const shownAt: Array<number | null> = items.map(() => null);
  shownAt[0] = now;
  return {
    quiz,
    seed,
    attemptNumber,
    items,
    answers: items.map(() => null),
    position: 0,
    phase: 'answering',
    shownAt,
    answeredAt: items.map(() => null),
  };
}

/**
 * Rebuilds an attempt from a saved draft; null when the draft no longer fits (banks changed).
 * `attemptNumber` is the finished-attempt count, unchanged since the draft was started (finishing
 * an attempt deletes its draft).
 */
export function resumeAttempt(
  quiz: Quiz,
  banks: Record<string, QuizBank>,
  draft: QuizDraft,
  now: number,
  attemptNumber = 0,
): Attempt | null {
  const fresh = startAttempt(quiz, banks, draft.seed, now, attemptNumber);
  const fits =
    draft.answers.length === fresh.items.length &&
    Number.isInteger(draft.position) &&
    draft.position >= 0 &&
    draft.position < fresh.items.length;
  if (!fits) return null;
  const shownAt = fresh.items.map((_, i) => (i === draft.position ? now : null));
  return {
    ...fresh,
    answers: draft.answers.map((a) => (a ? [...a] : null)),
    position: draft.position,
    shownAt,
  };
}

export function toDraft(attempt: Attempt): QuizDraft {
  return { seed: attempt.seed, position: attempt.position, answers: attempt.answers };
}

/** Practice quizzes show feedback as soon as an item is answered, so that answer is final. */
export function isLocked(attempt: Attempt, index: number): boolean {
  return (
    attempt.phase === 'review' || (attempt.quiz.feedback === 'immediate' && attempt.answers[index] != null)
  );
}

export function answerCurrent(attempt: Attempt, response: readonly string[], now: number): Attempt {
  if (isLocked(attempt, attempt.position)) return attempt;
  const answers = [...attempt.answers];
  // An emptied answer (every choice cleared) counts as unanswered again.
  answers[attempt.position] = response.length > 0 ? [...response] : null;
  const answeredAt = [...attempt.answeredAt];
  answeredAt[attempt.position] = now;
  return { ...attempt, answers, answeredAt };
}

export function goTo(attempt: Attempt, index: number, now: number): Attempt {
  if (index < 0 || index >= attempt.items.length || attempt.phase === 'review') return attempt;
  const shownAt = [...attempt.shownAt];
  shownAt[index] ??= now;
  return { ...attempt, position: index, shownAt };
}

export const next = (attempt: Attempt, now: number) => goTo(attempt, attempt.position + 1, now);
export const previous = (attempt: Attempt, now: number) => goTo(attempt, attempt.position - 1, now);

export function unansweredCount(attempt: Attempt): number {
  return attempt.answers.filter((a) => a === null).length;
}

/** Ends the attempt; unanswered items score 0. */
export function finish(attempt: Attempt): Attempt {
  return { ...attempt, phase: 'review', position: 0 };
}
