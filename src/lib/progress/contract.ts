// The seam between the quiz engine and the progress model: what a finished quiz attempt reports.
// Kept free of SCORM vocabulary; the adapters translate (SCORM 1.2 RTE §3.4.2.6,
// SCORM 2004 RTE §4.2.9 for interactions).

/** Interaction kinds, named as SCORM 2004 names them (`true-false`, `choice`, ...). */
export type InteractionKind = 'true-false' | 'choice' | 'sequencing' | 'matching' | 'numeric' | 'other';

export interface InteractionRecord {
  /** Stable item id from the bank, e.g. `ind-017`; no spaces (CMIIdentifier). */
  id: string;
  kind: InteractionKind;
  /** Short human description (the stem, shortened to ≤ 250 characters). */
  description: string;
  /** Learning objective the item tests. */
  objectiveId: string;
  /**
   * Learner response and correct response in a neutral shape:
   * true-false → ['true'] · choice/sequencing → option ids in order · matching → ['a.1', 'b.3']
   * (source.target) · numeric → ['12.5'] · other → free text.
   */
  response: string[];
  correct: string[];
  /** For numeric items: the accepted range (inclusive), so adapters can write `min[:]max`. */
  correctRange?: { min: number; max: number };
  /** 0..1 credit earned for this item (partial credit allowed). */
  credit: number;
  weighting: number;
  /** Seconds from showing the item to answering it. */
  latencySeconds: number;
  /** ISO 8601 date-time of the answer. */
  answeredAt: string;
}

export interface ScoreRecord {
  raw: number;
  min: number;
  max: number;
  /** raw / max, 0..1 (SCORM 2004 score.scaled). */
  scaled: number;
}

export interface QuizAttemptResult {
  quizId: string;
  /** Seed the attempt was drawn and shuffled with: replaying it reproduces the attempt. */
  seed: number;
  /** Percentage 0..100 (score.raw on the 0–100 scale Moodle grades from; docs/lms-behaviour.md §6). */
  percent: number;
  score: ScoreRecord;
  passed: boolean;
  /** True for the final assessment, whose result sets pass/fail for the course. */
  isFinal: boolean;
  interactions: InteractionRecord[];
  finishedAt: string;
}

/**
 * A quiz in progress, saved so it survives a reload. Kept compact because it shares SCORM 1.2
 * suspend_data (4096 characters, RTE §3.4.2.4) with everything else: the seed reproduces the drawn
 * items and option order, so only the learner's responses are stored.
 */
export interface QuizDraft {
  seed: number;
  /** Index of the drawn item the learner is on. */
  position: number;
  /** Indexed by drawn-item order; each entry is the item's response as strings, or null if unanswered. */
  answers: Array<string[] | null>;
}

/** What the quiz pages need from the progress model (implemented by the `progress` singleton). */
export interface QuizProgressPort {
  recordQuizAttempt(result: QuizAttemptResult): void;
  /** Pass null to clear the draft (attempt finished or abandoned). */
  saveQuizDraft(quizId: string, draft: QuizDraft | null): void;
  quizDraft(quizId: string): QuizDraft | null;
  quizSummary(quizId: string): { attempts: number; best: number | null; last: number | null };
}
