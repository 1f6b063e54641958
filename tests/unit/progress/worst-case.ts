// The suspend_data worst case the course is built for: every number at its ceiling (see WORST_CASE).
import {
  emptyState,
  MAX_RECORDED_ATTEMPTS,
  type ProgressState,
} from '../../../src/lib/progress/progress-state';
import { LessonKeys } from '../../../src/lib/progress/lesson-keys';
import { seededIds } from './seeded-ids';

/** Worst case the course is built for (see the constants): every number at its ceiling. */
export const WORST_CASE = {
  lessons: 12, // course.yaml lists 6 lessons today; room for twice that (ids are stored in full)
  lessonIdLength: 32, // the longest lesson id today is 27 characters
  quizzes: 21, // one practice quiz per lesson + the final assessment
  quizIdLength: 32,
  finalItems: 20,
  idsPerResponse: 8, // the banks' largest item has 6 options (checked against lessons/quizzes below)
  idLength: 14, // the banks' longest option id today is 13 characters
  attempts: 9999,
};

/** The worst case's lessons: folder names and the stable ids the record keys them by. */
export function worstCaseLessons(): Array<{ id: string; slug: string }> {
  const ids = seededIds(20261128);
  return Array.from({ length: WORST_CASE.lessons }, (_, i) => {
    const id = `x${ids(WORST_CASE.lessonIdLength - 1)}`;
    return { id, slug: `${String(i + 1).padStart(2, '0')}-${id}` };
  });
}

export const worstCaseKeys = () => new LessonKeys(worstCaseLessons());

export function worstCaseState(): ProgressState {
  const ids = seededIds(20261127);
  const state = emptyState();
  state.track = 'nursing';
  // The longest language the record keeps (`g`).
  state.language = 'es';
  const slugs = worstCaseLessons().map((lesson) => lesson.slug);
  for (const slug of slugs) {
    state.lessons.nursing[slug] = 'completed';
    state.lessons.patient[slug] = 'in-progress';
  }
  for (let q = 0; q < WORST_CASE.quizzes; q++) {
    const history = Array.from(
      { length: MAX_RECORDED_ATTEMPTS },
      (_, i) => Math.round((33.34 + ((q * 7 + i * 13) % 60)) * 100) / 100,
    );
    state.quizzes[ids(WORST_CASE.quizIdLength)] = {
      attempts: WORST_CASE.attempts,
      best: 99.99,
      last: history.at(-1)!,
      history,
      // The quiz's own verdict (critical safety items), stored since criticalMustPass.
      passed: q % 2 === 0,
    };
  }
  const finalId = ids(WORST_CASE.quizIdLength);
  state.finalQuiz = finalId;
  state.drafts[finalId] = {
    seed: 4294967295,
    position: WORST_CASE.finalItems - 1,
    answers: Array.from({ length: WORST_CASE.finalItems }, () =>
      Array.from({ length: WORST_CASE.idsPerResponse }, () => ids(WORST_CASE.idLength)),
    ),
  };
  // The longest place: a lesson of the Spanish patient track.
  state.location = `/es/patient/${slugs.at(-1)}`;
  state.secondsBefore = 999 * 3600;
  state.updatedAt = Date.UTC(2026, 10, 27);
  return state;
}
