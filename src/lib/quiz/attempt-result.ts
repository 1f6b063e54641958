// Turns a finished attempt into the progress model's QuizAttemptResult: a score and one
// interaction record per scored item (a case set reports each linked item on its own).
import type { InteractionKind, InteractionRecord, QuizAttemptResult } from '../progress/contract.ts';
import type { Attempt } from './attempt.ts';
import { decodeCaseAnswer } from './case-answer.ts';
import type { CriticalGroup, QuizItem, SimpleItem } from './item-types.ts';
import { correctResponse, scoreItem } from './score-item.ts';

/** SCORM interaction type per item type (SCORM 2004 RTE §4.2.9.1; 1.2 RTE §3.4.2.6). */
const kindOf: Record<SimpleItem['type'], InteractionKind> = {
  single: 'choice',
  multiple: 'choice',
  hotspot: 'choice',
  'true-false': 'true-false',
  ordering: 'sequencing',
  matching: 'matching',
  numeric: 'numeric',
  // Grid cells are reported as row.column pairs (SCORM matching: source[.]target).
  matrix: 'matching',
  // Each drop-down as a blank.option pair, each bow-tie choice as a part.option pair.
  cloze: 'matching',
  bowtie: 'matching',
  // The selected phrases, as a multiple-response choice.
  highlight: 'choice',
};

export interface ScoredPart {
  item: SimpleItem;
  response: string[] | null;
  credit: number;
}

/** Every scorable item of drawn item `index`, with the learner's response and the credit earned. */
export function scoredParts(attempt: Attempt, index: number): ScoredPart[] {
  const item = attempt.items[index];
  const answer = attempt.answers[index] ?? null;
  if (!item) return [];
  const parts = simpleParts(item, answer);
  return parts.map(({ item: part, response }) => ({
    item: part,
    response,
    credit: scoreItem(part, response, attempt.quiz.sataScoring),
  }));
}

function simpleParts(
  item: QuizItem,
  answer: string[] | null,
): Array<{ item: SimpleItem; response: string[] | null }> {
  if (item.type !== 'case') return [{ item, response: answer }];
  const responses = decodeCaseAnswer(answer, item.items.length);
  return item.items.map((sub, i) => ({ item: sub, response: responses[i] ?? null }));
}

/** A critical safety item of the attempt and whether the learner got it fully right. */
export interface CriticalOutcome {
  group: CriticalGroup;
  /** The drawn item (a case set counts as one item: right only when every part is right). */
  item: QuizItem;
  /** True only when every scored part earned full credit. */
  right: boolean;
}

/** One entry per critical group the attempt asked, in the groups' order. */
export function criticalOutcomes(attempt: Attempt): CriticalOutcome[] {
  return attempt.quiz.critical.flatMap((group) => {
    const index = attempt.items.findIndex((item) => group.items.includes(item.id));
    const item = attempt.items[index];
    if (!item) return [];
    const right = scoredParts(attempt, index).every((part) => part.credit >= 1);
    return [{ group, item, right }];
  });
}

/** The critical items answered wrongly or partly (each one alone fails the attempt when critical items must pass). */
export function missedCritical(attempt: Attempt): CriticalOutcome[] {
  return criticalOutcomes(attempt).filter((outcome) => !outcome.right);
}

/** Short description for the LMS (CMI description is limited to 250 characters). */
function describe(stem: string): string {
  const flat = stem.replace(/\s+/g, ' ').trim();
  return flat.length <= 250 ? flat : `${flat.slice(0, 249)}…`;
}

function interactionResponse(item: SimpleItem, response: string[]): string[] {
  // Numeric interactions carry the number only; the unit was already checked when scoring.
  return item.type === 'numeric' ? response.slice(0, 1) : response;
}

export function attemptResult(attempt: Attempt, finishedAt: Date): QuizAttemptResult {
  const interactions: InteractionRecord[] = [];
  attempt.items.forEach((_, index) => {
    const shown = attempt.shownAt[index] ?? null;
    const answered = attempt.answeredAt[index] ?? null;
    const latencySeconds =
      shown !== null && answered !== null ? Math.max(0, Math.round((answered - shown) / 1000)) : 0;
    const answeredAt = new Date(answered ?? finishedAt.getTime());
    for (const { item, response, credit } of scoredParts(attempt, index)) {
      const record: InteractionRecord = {
        id: item.id,
        kind: kindOf[item.type],
        description: describe(item.stem),
        objectiveId: item.objective,
        response: interactionResponse(item, response ?? []),
        correct: interactionResponse(item, correctResponse(item)),
        credit,
        weighting: 1,
        latencySeconds,
        answeredAt: answeredAt.toISOString(),
      };
      if (item.type === 'numeric') {
        record.correctRange = { min: item.answer - item.tolerance, max: item.answer + item.tolerance };
      }
      interactions.push(record);
    }
  });
  const raw = interactions.reduce((sum, record) => sum + record.credit * record.weighting, 0);
  const max = interactions.reduce((sum, record) => sum + record.weighting, 0);
  const scaled = max > 0 ? raw / max : 0;
  // Compared on the unrounded fraction: 79.96 % must not pass an 80 % mark by rounding.
  const reachedMark = scaled * 100 >= attempt.quiz.passMark - 1e-9;
  const criticalRight = !attempt.quiz.criticalMustPass || missedCritical(attempt).length === 0;
  return {
    quizId: attempt.quiz.id,
    seed: attempt.seed,
    percent: Math.round(scaled * 1000) / 10,
    score: { raw: Math.round(raw * 100) / 100, min: 0, max, scaled },
    // The score is reported as earned; a missed critical item fails the attempt whatever the score.
    passed: reachedMark && criticalRight,
    isFinal: attempt.quiz.isFinal,
    interactions,
    finishedAt: finishedAt.toISOString(),
  };
}
