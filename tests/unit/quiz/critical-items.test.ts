// Critical safety groups and blueprint rows: one item of every group in each attempt, a fresh one on
// a retry, critical items never drawn twice, and an attempt with a critical item wrong never passes.
import { describe, expect, it } from 'vitest';
import { answerCurrent, finish, next, startAttempt, type Attempt } from '../../../src/lib/quiz/attempt';
import { attemptResult, criticalOutcomes, missedCritical } from '../../../src/lib/quiz/attempt-result';
import { encodeCaseAnswer } from '../../../src/lib/quiz/case-answer';
import { criticalPick, drawAttempt } from '../../../src/lib/quiz/draw-attempt';
import type { QuizBank, QuizItem } from '../../../src/lib/quiz/item-types';
import { correctResponse } from '../../../src/lib/quiz/score-item';
import { bankOf, caseSet, quizOf, single } from './sample-items';

const withObjective = (item: QuizItem, objective: string): QuizItem =>
  item.type === 'case'
    ? { ...item, items: item.items.map((part) => ({ ...part, objective })) }
    : { ...item, objective };

// 16 ordinary items (8 on objective "a", 8 on "b") and 5 critical candidates in two groups.
const ordinary = bankOf('o', 16).items.map((item, i) => withObjective(item, i % 2 ? 'b' : 'a'));
const criticalItems = [single('k1'), single('k2'), single('k3'), single('k4'), caseSet('k5')];
const banks: Record<string, QuizBank> = { mixed: { id: 'mixed', items: [...ordinary, ...criticalItems] } };
const groups = [
  { id: 'dose', title: 'Dose calculation', items: ['k1', 'k2', 'k3'] },
  { id: 'push', title: 'Never push', items: ['k4', 'k5'] },
];
const final = quizOf({
  id: 'final',
  feedback: 'end',
  isFinal: true,
  passMark: 80,
  critical: groups,
  draw: [
    { topic: 'Topic A', objectives: ['a'], count: 4 },
    { topic: 'Topic B', objectives: ['b'], count: 4 },
  ],
});

const ids = (items: QuizItem[]) => items.map((item) => item.id);

function rightAnswer(item: QuizItem): string[] {
  return item.type === 'case' ? encodeCaseAnswer(item.items.map(correctResponse)) : correctResponse(item);
}

function answered(attempt: Attempt, wrongIds: readonly string[]): Attempt {
  let a = attempt;
  a.items.forEach((item) => {
    // A wrong single answer: option "a" (the sample key is "b").
    const response = wrongIds.includes(item.id) ? ['a'] : rightAnswer(item);
    a = next(answerCurrent(a, response, 10), 20);
  });
  return finish(a);
}

describe('critical groups in the draw', () => {
  it('asks exactly one item of every group, plus every blueprint row from its objectives', () => {
    for (let seed = 0; seed < 30; seed++) {
      const items = drawAttempt(final, banks, seed, seed % 4);
      expect(items).toHaveLength(10);
      expect(new Set(ids(items)).size).toBe(10);
      for (const group of groups) {
        expect(
          items.filter((item) => group.items.includes(item.id)),
          `seed ${seed} ${group.id}`,
        ).toHaveLength(1);
      }
      const rest = items.filter((item) => !item.id.startsWith('k'));
      const objectiveOf = (item: QuizItem) =>
        item.type === 'case' ? item.items[0]!.objective : item.objective;
      expect(rest.filter((item) => objectiveOf(item) === 'a')).toHaveLength(4);
      expect(rest.filter((item) => objectiveOf(item) === 'b')).toHaveLength(4);
    }
  });

  it('a retry asks another item of each group, and every item of a group comes round in turn', () => {
    const asked = (attemptNumber: number, group: (typeof groups)[number]) =>
      ids(drawAttempt(final, banks, 1000 + attemptNumber, attemptNumber)).find((id) =>
        group.items.includes(id),
      );
    for (const group of groups) {
      const sequence = [0, 1, 2, 3, 4, 5].map((n) => asked(n, group));
      for (let n = 1; n < sequence.length; n++) expect(sequence[n]).not.toBe(sequence[n - 1]);
      expect(new Set(sequence.slice(0, group.items.length)).size).toBe(group.items.length);
    }
  });

  it('the same attempt number always asks the same critical item (a resumed draft redraws it)', () => {
    expect(criticalPick('final', 'dose', ['k1', 'k2', 'k3'], 2)).toBe(
      criticalPick('final', 'dose', ['k1', 'k2', 'k3'], 2),
    );
    expect(ids(drawAttempt(final, banks, 77, 3))).toEqual(ids(drawAttempt(final, banks, 77, 3)));
  });

  it('never draws a critical item through a blueprint row or a bank row', () => {
    const byBank = quizOf({ critical: groups, draw: [{ bank: 'mixed', count: 16 }] });
    for (let seed = 0; seed < 10; seed++) {
      const items = ids(drawAttempt(byBank, banks, seed));
      expect(items.filter((id) => id.startsWith('k'))).toHaveLength(2);
    }
  });
});

describe('critical items decide the verdict', () => {
  it('every answer right: passed, no critical item missed', () => {
    const done = answered(startAttempt(final, banks, 5, 0), []);
    const result = attemptResult(done, new Date(0));
    expect(result.percent).toBe(100);
    expect(result.passed).toBe(true);
    expect(missedCritical(done)).toEqual([]);
    expect(criticalOutcomes(done).map((o) => [o.group.id, o.right])).toEqual([
      ['dose', true],
      ['push', true],
    ]);
  });

  it('one critical item wrong at 90 %: the score is reported as earned and the attempt fails', () => {
    const start = startAttempt(final, banks, 5, 0);
    const dose = ids(start.items).find((id) => groups[0]!.items.includes(id))!;
    const done = answered(start, [dose]);
    const result = attemptResult(done, new Date(0));
    // 10 scored parts when the push group asks a single item, 12 when it asks the 3-part case.
    const parts = result.interactions.length;
    expect(result.score.raw).toBe(parts - 1);
    expect(result.percent).toBeGreaterThanOrEqual(80);
    expect(result.passed).toBe(false);
    expect(missedCritical(done).map((o) => [o.group.id, o.item.id])).toEqual([['dose', dose]]);
  });

  it('a case set in a critical group counts as right only when every part is right', () => {
    // The push group alternates k4 and k5 between attempts: take the attempt number that asks the case.
    const n = [0, 1].find((k) => ids(drawAttempt(final, banks, 9, k)).includes('k5'))!;
    let a = startAttempt(final, banks, 9, 0, n);
    a.items.forEach((item) => {
      const response =
        item.id === 'k5' && item.type === 'case'
          ? encodeCaseAnswer(item.items.map((part, i) => (i === 0 ? ['a'] : correctResponse(part))))
          : rightAnswer(item);
      a = next(answerCurrent(a, response, 10), 20);
    });
    const done = finish(a);
    expect(missedCritical(done).map((o) => o.item.id)).toEqual(['k5']);
    expect(attemptResult(done, new Date(0)).passed).toBe(false);
  });

  it('with criticalMustPass off, the pass mark alone decides', () => {
    const lenient = { ...final, criticalMustPass: false };
    const start = startAttempt(lenient, banks, 5, 0);
    const dose = ids(start.items).find((id) => groups[0]!.items.includes(id))!;
    expect(attemptResult(answered(start, [dose]), new Date(0)).passed).toBe(true);
  });

  it('below the pass mark with every critical item right still fails', () => {
    const start = startAttempt(final, banks, 5, 0);
    const wrong = ids(start.items)
      .filter((id) => !id.startsWith('k'))
      .slice(0, 3);
    const done = answered(start, wrong);
    expect(missedCritical(done)).toEqual([]);
    const result = attemptResult(done, new Date(0));
    expect(result.percent).toBeLessThan(80);
    expect(result.passed).toBe(false);
  });
});
