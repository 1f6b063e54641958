// The course's standing for one track: lessons completed, the final assessment against the pass
// mark, and whether the course is complete (all lessons + the final passed where the track has one).
import type { CourseReport } from './adapters/adapter';
import type { LessonKeys } from './lesson-keys';
import type { ProgressState, TrackId } from './progress-state';

/** The nursing track ends with a graded final assessment; the patient track is never graded (course.yaml). */
export const tracksWithFinal: readonly TrackId[] = ['nursing'];

export function courseReport(
  state: ProgressState,
  track: TrackId,
  slugsInTrack: readonly string[],
  keys: LessonKeys,
  passMark: number,
): CourseReport {
  const lessons = slugsInTrack.map((slug) => ({
    id: keys.idOf(slug) ?? slug,
    slug,
    status: state.lessons[track][slug] ?? ('not-started' as const),
  }));
  const lessonsCompleted = lessons.filter((lesson) => lesson.status === 'completed').length;
  const finalRequired = tracksWithFinal.includes(track);
  const finalRecord = state.finalQuiz ? state.quizzes[state.finalQuiz] : undefined;
  const finalBest = finalRecord?.best ?? null;
  // The best score must reach the mark, and some attempt must have passed by the quiz's own verdict:
  // a score above the mark with a critical safety item missed is not a pass (older records lack it).
  const finalPassed = finalBest !== null && finalBest >= passMark && finalRecord?.passed !== false;
  return {
    lessons,
    lessonsCompleted,
    lessonsTotal: lessons.length,
    finalRequired,
    finalBest,
    finalPassed,
    passMark,
    courseComplete: lessonsCompleted === lessons.length && (!finalRequired || finalPassed),
  };
}
