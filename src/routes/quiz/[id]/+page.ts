// Quiz page data: this quiz's part of the catalog (the quiz and the banks it draws from) is its own
// chunk, fetched when the quiz is opened. Loading it here, before the page is drawn, means the page
// appears once, complete, instead of growing under the learner's eyes (no layout shift).
import { error } from '@sveltejs/kit';
import quizParts from 'virtual:quiz-parts';
import type { QuizCatalog } from '$lib/quiz/item-types';
import type { PageLoad } from './$types';

const noQuiz: QuizCatalog = { quizzes: [], banks: {} };

export const load: PageLoad = async ({ params }) => {
  const part = Object.hasOwn(quizParts, params.id) ? quizParts[params.id] : undefined;
  // An unknown id draws the page's "Quiz not found" rather than an error.
  if (!part) return { catalog: noQuiz };
  try {
    return { catalog: (await part()).default };
  } catch {
    error(503, 'The quiz could not be loaded. Reload the page to try again.');
  }
};
