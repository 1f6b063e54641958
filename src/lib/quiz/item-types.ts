// The quiz item model after loading: every item type, its settings, and the quiz definitions.
// Clinical content never appears here; it comes from lessons/quizzes/*.yaml.
import type { TrackId } from '../course/schemas.ts';

export type ItemType =
  | 'single'
  | 'multiple'
  | 'true-false'
  | 'ordering'
  | 'matching'
  | 'hotspot'
  | 'numeric'
  | 'matrix'
  | 'cloze'
  | 'highlight'
  | 'bowtie'
  | 'case';

export type Difficulty = 'recall' | 'application' | 'analysis';

/** Ordering and matching: all-or-nothing, or credit per correct position / pair (set per item). */
export type PartsScoring = 'all-or-nothing' | 'per-part';

/** Select-all-that-apply: all-or-nothing, or NCLEX +/- partial credit floored at 0 (set per quiz). */
export type SataScoring = 'all-or-nothing' | 'plus-minus';

/** An answer option (or ordering step, or hotspot region) with its own rationale. */
export interface Choice {
  id: string;
  text: string;
  rationale: string;
}

/** The six steps of the NCSBN Clinical Judgment Measurement Model (layer 3), in the order a case unfolds. */
export const cjmmSteps = [
  'recognize-cues',
  'analyze-cues',
  'prioritize-hypotheses',
  'generate-solutions',
  'take-action',
  'evaluate-outcomes',
] as const;
export type CjmmStep = (typeof cjmmSteps)[number];

/** A tab of a case's record (nurses' notes, vital signs, labs, orders): text, a table, or both. */
export interface Exhibit {
  id: string;
  title: string;
  /** Paragraphs separated by blank lines; single line breaks are kept (timed note entries). */
  text?: string;
  table?: { columns: string[]; rows: string[][] };
}

interface ItemBase {
  /** Stable id, unique across all banks (also the SCORM interaction id). */
  id: string;
  stem: string;
  objective: string;
  references: string[];
  difficulty: Difficulty;
  track: TrackId;
  /** The clinical judgment step the item measures (every part of an unfolding case study has one). */
  cjmm?: CjmmStep;
  /** Case parts only: what has happened since the previous part, shown before this part. */
  update?: string;
  /** Case parts only: record tabs that change from this part on (same id replaces, new id adds). */
  exhibits?: Exhibit[];
}

export interface SingleItem extends ItemBase {
  type: 'single';
  options: Choice[];
  correct: string;
}

export interface MultipleItem extends ItemBase {
  type: 'multiple';
  options: Choice[];
  correct: string[];
}

export interface TrueFalseItem extends ItemBase {
  type: 'true-false';
  /** Always the two options `true` and `false`, each with a rationale. */
  options: Choice[];
  correct: 'true' | 'false';
}

/** The learner picks a region of the HER2 structure diagram (or its keyboard list equivalent). */
export interface HotspotItem extends ItemBase {
  type: 'hotspot';
  /** Option ids are region ids of the diagram. */
  options: Choice[];
  correct: string;
}

export interface OrderingItem extends ItemBase {
  type: 'ordering';
  /** The steps; `correct` holds their ids in the right order. */
  options: Choice[];
  correct: string[];
  scoring: PartsScoring;
}

export interface MatchingPrompt extends Choice {
  /** Id of the target this prompt belongs with. */
  match: string;
}

export interface MatchingItem extends ItemBase {
  type: 'matching';
  prompts: MatchingPrompt[];
  targets: Array<{ id: string; text: string }>;
  /** `prompt.target` pairs, in prompt order. */
  correct: string[];
  scoring: PartsScoring;
}

export interface NumericItem extends ItemBase {
  type: 'numeric';
  answer: number;
  /** Accepted absolute distance from `answer`, inclusive. */
  tolerance: number;
  unit: string;
  /** Units offered to the learner (includes `unit`). */
  units: string[];
  rationale: string;
}

/** One row of a matrix: a finding, action or statement, with the column(s) it belongs in. */
export interface MatrixRow extends Choice {
  /** Column ids keyed for this row (exactly one in a multiple-choice grid). */
  correct: string[];
}

/**
 * NCSBN Next Generation matrix (grid). `select: 'one'` is a multiple-choice grid (one column per
 * row, scored 0/1 per row); `select: 'many'` a multiple-response grid (any cells, scored +/−).
 */
export interface MatrixItem extends ItemBase {
  type: 'matrix';
  select: 'one' | 'many';
  rows: MatrixRow[];
  columns: Array<{ id: string; text: string }>;
  /** `row.column` pairs, rows in authored order. */
  correct: string[];
}

/** One drop-down of a cloze item, with its options (each with a rationale) and its key. */
export interface ClozeBlank {
  id: string;
  options: Choice[];
  correct: string;
}

/** Text of a cloze sentence or table cell, split around its drop-downs. */
export type ClozeSegment = { text: string } | { blank: string };

/**
 * NCSBN drop-down cloze: one or more drop-downs inside a sentence (`passage`) or a table (`table`,
 * a drop-down table). Scored 0/1 per drop-down, or by the rationale rule (`scoring: rationale`): a
 * dyad earns its one point only when both drop-downs are right; a triad earns one point for the
 * first drop-down right together with the second, and one for the first together with the third.
 */
export interface ClozeItem extends ItemBase {
  type: 'cloze';
  passage: ClozeSegment[] | null;
  table: { columns: string[]; rows: ClozeSegment[][][] } | null;
  /** In reading order. */
  blanks: ClozeBlank[];
  scoring: 'zero-one' | 'rationale';
  /** `blank.option` pairs, blanks in reading order. */
  correct: string[];
}

/**
 * NCSBN highlight text: the learner selects the phrases of a note that matter. Scored +/−: +1 per
 * keyed phrase selected, −1 per other phrase selected, floored at 0, ÷ the number of keyed phrases.
 */
export interface HighlightItem extends ItemBase {
  type: 'highlight';
  /** The note in reading order: plain text and selectable phrases (by option id). */
  segments: Array<{ text: string; phrase?: string }>;
  /** The selectable phrases, in reading order, each with its rationale. */
  options: Choice[];
  correct: string[];
}

/** The three parts of a bow-tie, by the short key stored in a response (`c.b`, `a.d`, `p.a`). */
export const bowtieZones = [
  { key: 'a', field: 'actions', title: 'Actions to take' },
  { key: 'c', field: 'condition', title: 'Condition most likely' },
  { key: 'p', field: 'parameters', title: 'Parameters to monitor' },
] as const;
export type BowtieZoneKey = (typeof bowtieZones)[number]['key'];

export interface BowtieZone {
  key: BowtieZoneKey;
  /** How many options the learner chooses here (the number keyed: 1 condition, usually 2 and 2). */
  pick: number;
  options: Choice[];
  correct: string[];
}

/**
 * NCSBN bow-tie: the condition the client is most likely experiencing, the actions to take and the
 * parameters to monitor. Scored 0/1: one point per keyed option chosen, no deduction; a part with
 * more choices than it asks for earns nothing. Credit = points ÷ options keyed.
 */
export interface BowtieItem extends ItemBase {
  type: 'bowtie';
  /** In display order: actions, condition, parameters. */
  zones: BowtieZone[];
  /** `zone.option` pairs. */
  correct: string[];
}

export type SimpleItem =
  | ClozeItem
  | HighlightItem
  | BowtieItem
  | SingleItem
  | MultipleItem
  | TrueFalseItem
  | HotspotItem
  | OrderingItem
  | MatchingItem
  | NumericItem
  | MatrixItem;

/**
 * A clinical scenario with 2–4 linked items, or an unfolding case study of 6 (one per CJMM step, in
 * order), each scored on its own (NCLEX Next Generation style).
 */
export interface CaseItem {
  id: string;
  type: 'case';
  /** The scenario shown above every linked item. */
  stem: string;
  difficulty: Difficulty;
  track: TrackId;
  /** The case's record as it stands at the first part (parts may change tabs as the case unfolds). */
  exhibits: Exhibit[];
  items: SimpleItem[];
}

export type QuizItem = SimpleItem | CaseItem;

/**
 * One row of a quiz's draw: `count` items from `bank` (all banks when absent), limited to items that
 * test one of `objectives` when given (a blueprint row, named by `topic`).
 */
export interface BankDraw {
  bank?: string;
  count: number;
  topic?: string;
  objectives?: string[];
  /** Only items at these levels (a row that asks for application and analysis, not recall). */
  difficulty?: Difficulty[];
}

/** A group of interchangeable critical safety items: every attempt asks one of them. */
export interface CriticalGroup {
  id: string;
  /** What the group checks, shown when one of its items is missed ("Diluent: saline, never dextrose"). */
  title: string;
  /** Item ids from the banks (at least 2, so a retry can ask a fresh one). */
  items: string[];
}

export interface Quiz {
  id: string;
  title: string;
  description: string;
  /** Practice quizzes give feedback after each item; the final assessment on a review screen. */
  feedback: 'immediate' | 'end';
  isFinal: boolean;
  /** Percentage needed to pass. */
  passMark: number;
  /** null = unlimited. */
  attempts: number | null;
  sataScoring: SataScoring;
  draw: BankDraw[];
  /** Critical safety groups (final assessment): one item of each in every attempt. */
  critical: CriticalGroup[];
  /** Why the critical questions matter, in the quiz file's words (shown when one was missed); null: none. */
  criticalNote: string | null;
  /** Passing needs every critical item fully right as well as the pass mark (course.yaml). */
  criticalMustPass: boolean;
}

export interface QuizBank {
  id: string;
  items: QuizItem[];
}

/** Everything the browser needs: served lazily as `virtual:quizzes`. */
export interface QuizCatalog {
  quizzes: Quiz[];
  banks: Record<string, QuizBank>;
}
