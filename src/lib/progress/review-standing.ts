// A review or browse launch can arrive without the saved record (Moodle reopens a completed SCORM 2004
// attempt with empty suspend_data and location) while the LMS still holds the status, success, score
// and each lesson's objective. This turns that into a record to show, so the learner sees "Passed,
// best score 100 %" rather than "Not started". Nothing built here is ever written back.
import type { LmsStanding } from './adapters/adapter';
import type { LessonKeys } from './lesson-keys';
import { emptyState, type ProgressState, type TrackId } from './progress-state';
import { IdentifierMap, lessonObjectiveId } from './scorm-identifiers';

/** Where the final's score is kept when only the LMS's score is known (no quiz has this id). */
export const LMS_FINAL = '(score held by the LMS)';

export function recordFromStanding(
  standing: LmsStanding,
  keys: LessonKeys,
  lessonIds: readonly string[],
): ProgressState {
  const state = emptyState();
  // Only the nursing track is graded: a score or a pass/fail means a nursing attempt.
  const graded = standing.scoreRaw !== null || standing.passed !== null;
  const track: TrackId = graded ? 'nursing' : 'patient';
  state.track = track;
  const byObjective = new IdentifierMap(lessonIds.map((id) => `lesson-${id}`));
  for (const objective of standing.objectives) {
    const lessonId = byObjective.courseId(objective.id)?.replace(/^lesson-/, '');
    const slug = lessonId && lessonObjectiveId(lessonId) === objective.id ? keys.slugOf(lessonId) : null;
    if (!slug) continue;
    if (objective.completion === 'completed') state.lessons[track][slug] = 'completed';
    else if (objective.completion === 'incomplete') state.lessons[track][slug] = 'in-progress';
  }
  // Without objectives (SCORM 1.2), a completed attempt means every lesson of the track was read.
  if (standing.objectives.length === 0 && standing.completed) {
    for (const id of lessonIds) {
      const slug = keys.slugOf(id);
      if (slug) state.lessons[track][slug] = 'completed';
    }
  }
  if (standing.scoreRaw !== null) {
    const best = Math.min(100, Math.max(0, standing.scoreRaw));
    state.quizzes[LMS_FINAL] = { attempts: 1, best, last: best, history: [best] };
    state.finalQuiz = LMS_FINAL;
  }
  return state;
}
