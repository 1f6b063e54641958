// Quiz page data: the banks are their own chunk, fetched when a quiz is opened. Loading them here,
// before the page is drawn, means the page appears once, complete, instead of growing under the
// learner's eyes (no layout shift).
import { error } from '@sveltejs/kit';
import type { PageLoad } from './$types';

export const load: PageLoad = async () => {
  try {
    return { catalog: (await import('virtual:quizzes')).default };
  } catch {
    error(503, 'The quiz could not be loaded. Reload the page to try again.');
  }
};
