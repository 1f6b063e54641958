// What every place a record can be saved (SCORM 2004, SCORM 1.2, this browser) offers the progress
// model. Components never see this: they talk to the model only (docs/architecture.md, the data path).
import type { InteractionRecord } from '../contract';
import type { LessonStatus, ProgressState } from '../progress-state';

export type SaveTarget = 'lms' | 'browser' | 'memory';

/** What the LMS (or the browser) hands back at launch. */
export interface LaunchInfo {
  /** Raw saved record ('' when none); decoded by the model. */
  suspendData: string;
  location: string;
  /** cmi.entry: 'resume' when the learner is coming back to a suspended attempt. */
  entry: 'resume' | 'ab-initio' | '';
  /** browse/review: look, but change no status (RTE cmi.mode / cmi.core.lesson_mode). */
  mode: 'normal' | 'browse' | 'review';
  credit: boolean;
  /** Pass mark the LMS imposes, 0..100, or null when it gives none. */
  masteryPercent: number | null;
  /** "First Last", or '' when unknown. */
  learnerName: string;
  /** Review/browse launches: what the LMS holds about the attempt (null in normal mode). */
  standing?: LmsStanding | null;
}

/** The attempt's standing as the LMS stores it, read so a review launch can show it honestly. */
export interface LmsStanding {
  /** true completed, false not yet, null unknown. */
  completed: boolean | null;
  passed: boolean | null;
  /** score.raw, 0..100, or null. */
  scoreRaw: number | null;
  /** SCORM 2004 objectives: LMS identifier and completion_status. */
  objectives: Array<{ id: string; completion: string }>;
}

/** The course's standing, computed by the model, translated by each adapter into its vocabulary. */
export interface CourseReport {
  /** Each lesson of the track by its stable id (and current folder), in course order. */
  lessons: Array<{ id: string; slug: string; status: LessonStatus }>;
  lessonsCompleted: number;
  lessonsTotal: number;
  /** Whether the chosen track ends with a graded final assessment. */
  finalRequired: boolean;
  /** Best final score (0..100) or null when not attempted. */
  finalBest: number | null;
  finalPassed: boolean;
  passMark: number;
  /** Lessons completed and (where required) the final passed. */
  courseComplete: boolean;
}

export interface QueuedInteractions {
  quizId: string;
  /** The final assessment's items are journaled in the LMS; practice items are not (see MAX_INTERACTIONS). */
  graded: boolean;
  interactions: InteractionRecord[];
}

export interface SaveRequest {
  state: ProgressState;
  /** Encoded record, or null to leave the LMS's copy untouched (unreadable copy, no progress yet). */
  suspendData: string | null;
  /** The learner's place as saved (lesson paths name the lesson by id), '' when none. */
  place: string;
  sessionSeconds: number;
  report: CourseReport;
  /** Answered items not yet sent; the adapter takes them (they are write-once journal entries). */
  interactions: QueuedInteractions[];
}

export interface ProgressAdapter {
  readonly target: SaveTarget;
  /** Opens the session and reads the launch state; null when the session could not be opened. */
  launch(): LaunchInfo | null;
  /** Writes the record and commits. false = not stored (retry later). */
  save(request: SaveRequest): boolean;
  /** Final save, then Terminate exactly once. `done` = the learner finished the course. */
  finish(request: SaveRequest, done: boolean): boolean;
  /** Forgets the saved record ("Start again"); only where the learner owns it (this browser). */
  clear?(): void;
}
