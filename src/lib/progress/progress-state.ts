// The shape of a learner's record, independent of where it is saved (LMS, this browser, memory).
import type { QuizDraft } from './contract';

export type TrackId = 'nursing' | 'patient';
export const trackIds: readonly TrackId[] = ['nursing', 'patient'];

/** Lesson status per track. "completed" = the learner reached the end of the lesson. */
export type LessonStatus = 'not-started' | 'in-progress' | 'completed';

/** Scores are percentages 0..100 (the scale Moodle grades from, docs/lms-behaviour.md §6). */
export interface QuizRecord {
  attempts: number;
  best: number | null;
  last: number | null;
  /** Most recent attempts' percentages, oldest first, capped at MAX_RECORDED_ATTEMPTS. */
  history: number[];
  /**
   * Whether any attempt passed, as the quiz judged it (pass mark and, for the final, every critical
   * safety item right). Absent in records written before the quiz reported it: then the best score
   * against the pass mark decides, as it did.
   */
  passed?: boolean;
}

/** The languages a learner may choose for the patient track (English, the base, and its translations). */
export type ChosenLanguage = 'en' | 'es';

export interface ProgressState {
  track: TrackId | null;
  /** The language the learner last chose for the patient track; null: never chose (English). */
  language: ChosenLanguage | null;
  /** Lesson status keyed by track, then by lesson slug. Absent = not started. */
  lessons: Record<TrackId, Record<string, LessonStatus>>;
  quizzes: Record<string, QuizRecord>;
  drafts: Record<string, QuizDraft>;
  /** Id of the final assessment once an attempt at it has been recorded (its pass decides the course). */
  finalQuiz: string | null;
  /** In-app path the learner was last on, e.g. `/nursing/01-first-steps`. */
  location: string;
  /** Seconds spent in earlier sessions (this session's time is added when saving). */
  secondsBefore: number;
  /** Milliseconds since epoch of the last change, so two copies can be merged. */
  updatedAt: number;
}

/** How many attempt scores per quiz are kept; the attempt count itself is unbounded. */
export const MAX_RECORDED_ATTEMPTS = 10;

export function emptyState(): ProgressState {
  return {
    track: null,
    language: null,
    lessons: { nursing: {}, patient: {} },
    quizzes: {},
    drafts: {},
    finalQuiz: null,
    location: '',
    secondsBefore: 0,
    updatedAt: 0,
  };
}

export const statusRank: Record<LessonStatus, number> = { 'not-started': 0, 'in-progress': 1, completed: 2 };

/** True when the learner has done anything worth keeping. */
export function hasProgress(state: ProgressState): boolean {
  return (
    trackIds.some((track) => Object.keys(state.lessons[track]).length > 0) ||
    Object.keys(state.quizzes).length > 0 ||
    Object.keys(state.drafts).length > 0
  );
}
