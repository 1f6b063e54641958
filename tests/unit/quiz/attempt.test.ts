// The attempt flow (answer, next, finish, review), drafts that survive a reload, and conversion to
// the progress model's QuizAttemptResult.
import { describe, expect, it } from 'vitest';
import {
  answerCurrent,
  finish,
  isLocked,
  next,
  previous,
  resumeAttempt,
  startAttempt,
  toDraft,
  unansweredCount,
  type Attempt,
} from '../../../src/lib/quiz/attempt';
import { attemptResult } from '../../../src/lib/quiz/attempt-result';
import { decodeCaseAnswer, encodeCaseAnswer } from '../../../src/lib/quiz/case-answer';
import type { QuizItem, SimpleItem } from '../../../src/lib/quiz/item-types';
import { correctResponse } from '../../../src/lib/quiz/score-item';
import { bankOf, quizOf } from './sample-items';

const banks = { one: bankOf('one', 30) };
const practice = quizOf({ feedback: 'immediate' });
const final = quizOf({ id: 'final', feedback: 'end', isFinal: true });

function rightAnswer(item: QuizItem): string[] {
  if (item.type === 'case') return encodeCaseAnswer(item.items.map(correctResponse));
  return correctResponse(item);
}

function answerAll(attempt: Attempt, pick: (item: QuizItem, index: number) => string[]): Attempt {
  let a = attempt;
  a.items.forEach((item, i) => {
    a = answerCurrent(a, pick(item, i), 1000 + i * 5000 + 3000);
    a = next(a, 1000 + (i + 1) * 5000);
  });
  return a;
}

describe('attempt flow', () => {
  it('starts at the first item with nothing answered', () => {
    const a = startAttempt(practice, banks, 7, 0);
    expect(a.position).toBe(0);
    expect(a.phase).toBe('answering');
    expect(unansweredCount(a)).toBe(10);
  });

  it('practice: an answered item is locked (its feedback has been shown)', () => {
    let a = startAttempt(practice, banks, 7, 0);
    a = answerCurrent(a, ['x'], 10);
    expect(isLocked(a, 0)).toBe(true);
    expect(answerCurrent(a, ['y'], 20).answers[0]).toEqual(['x']);
  });

  it('final: answers can be changed until the attempt is finished', () => {
    let a = startAttempt(final, banks, 7, 0);
    a = answerCurrent(a, ['x'], 10);
    a = answerCurrent(a, ['y'], 20);
    expect(a.answers[0]).toEqual(['y']);
    a = finish(a);
    expect(a.phase).toBe('review');
    expect(isLocked(a, 0)).toBe(true);
    expect(answerCurrent(a, ['z'], 30).answers[0]).toEqual(['y']);
  });

  it('final: clearing every choice makes the item unanswered again', () => {
    let a = startAttempt(final, banks, 7, 0);
    a = answerCurrent(a, ['x'], 10);
    a = answerCurrent(a, [], 20);
    expect(a.answers[0]).toBeNull();
    expect(unansweredCount(a)).toBe(10);
  });

  it('next and previous stay within the attempt', () => {
    let a = startAttempt(final, banks, 7, 0);
    a = previous(a, 1);
    expect(a.position).toBe(0);
    for (let i = 0; i < 20; i++) a = next(a, i);
    expect(a.position).toBe(9);
  });
});

describe('drafts', () => {
  it('a draft restores the same items, answers and position', () => {
    let a = startAttempt(final, banks, 4242, 0);
    a = answerCurrent(a, ['b'], 5);
    a = next(a, 6);
    a = answerCurrent(a, ['a', 'c'], 9);
    const draft = JSON.parse(JSON.stringify(toDraft(a)));
    const resumed = resumeAttempt(final, banks, draft, 100);
    expect(resumed?.items).toEqual(a.items);
    expect(resumed?.answers).toEqual(a.answers);
    expect(resumed?.position).toBe(1);
  });

  it('a draft that no longer fits the quiz is refused', () => {
    expect(resumeAttempt(final, banks, { seed: 1, position: 0, answers: [null] }, 0)).toBeNull();
    expect(
      resumeAttempt(final, banks, { seed: 1, position: 10, answers: Array(10).fill(null) }, 0),
    ).toBeNull();
  });

  it('case answers round-trip through the compact encoding', () => {
    const parts = [['b'], null, ['a', 'c', 'd'], ['25.9', 'mL']];
    expect(decodeCaseAnswer(encodeCaseAnswer(parts), 4)).toEqual(parts);
    expect(decodeCaseAnswer(null, 2)).toEqual([null, null]);
  });
});

describe('attemptResult', () => {
  it('all right: full score, passed, one interaction per scored item (case sets split)', () => {
    const a = finish(answerAll(startAttempt(final, banks, 11, 1000), rightAnswer));
    const result = attemptResult(a, new Date('2026-01-01T00:00:00Z'));
    const parts = a.items.flatMap((item) => (item.type === 'case' ? item.items : [item]));
    expect(result.interactions).toHaveLength(parts.length);
    expect(result.interactions.map((r) => r.id)).toEqual(parts.map((p) => p.id));
    expect(result.score).toEqual({ raw: parts.length, min: 0, max: parts.length, scaled: 1 });
    expect(result.percent).toBe(100);
    expect(result.passed).toBe(true);
    expect(result.isFinal).toBe(true);
    expect(result.seed).toBe(11);
    expect(result.interactions.every((r) => r.credit === 1 && r.latencySeconds === 3)).toBe(true);
  });

  it('nothing answered: zero, not passed', () => {
    const result = attemptResult(finish(startAttempt(final, banks, 11, 0)), new Date());
    expect(result.score.raw).toBe(0);
    expect(result.percent).toBe(0);
    expect(result.passed).toBe(false);
    expect(result.interactions.every((r) => r.response.length === 0)).toBe(true);
  });

  it('maps item types to SCORM interaction kinds and carries numeric ranges', () => {
    const a = finish(answerAll(startAttempt(final, banks, 11, 0), rightAnswer));
    const result = attemptResult(a, new Date());
    const parts = a.items.flatMap((item) => (item.type === 'case' ? item.items : [item])) as SimpleItem[];
    const expected = {
      single: 'choice',
      multiple: 'choice',
      hotspot: 'choice',
      'true-false': 'true-false',
      ordering: 'sequencing',
      matching: 'matching',
      numeric: 'numeric',
      matrix: 'matching',
      cloze: 'matching',
      bowtie: 'matching',
      highlight: 'choice',
    };
    parts.forEach((part, i) => {
      const record = result.interactions[i];
      expect(record?.kind).toBe(expected[part.type]);
      if (part.type === 'numeric') {
        expect(record?.correctRange).toEqual({
          min: part.answer - part.tolerance,
          max: part.answer + part.tolerance,
        });
        expect(record?.response).toEqual([String(part.answer)]);
      }
    });
  });

  it('passes at the pass mark and not just below it', () => {
    // 10 single-choice items: 8 right is exactly 80 %.
    const singles = { one: { id: 'one', items: bankOf('s', 80).items.filter((i) => i.type === 'single') } };
    const quiz = quizOf({ feedback: 'end', draw: [{ bank: 'one', count: 10 }] });
    const score = (right: number) => {
      const a = answerAll(startAttempt(quiz, singles, 3, 0), (item, i) =>
        i < right ? rightAnswer(item) : ['a'],
      );
      return attemptResult(finish(a), new Date());
    };
    expect(score(8).passed).toBe(true);
    expect(score(8).percent).toBe(80);
    expect(score(7).passed).toBe(false);
  });
});

describe('case-set answers (the quiz page keeps no answer logic of its own)', () => {
  const theCase = bankOf('c', 8).items.find((item) => item.type === 'case')!;

  it('an untouched case shows blank parts, an ordering part its shown order', async () => {
    const { blankAnswer, casePartResponse, initialResponse } =
      await import('../../../src/lib/quiz/case-answer');
    expect(blankAnswer(theCase)).toEqual([]);
    if (theCase.type !== 'case') throw new Error('sample bank has a case set at index 7');
    expect(casePartResponse(theCase, [], 0)).toEqual([]);
    const order = bankOf('o', 5).items[4]!;
    if (order.type !== 'ordering') throw new Error('sample bank has an ordering item at index 4');
    expect(initialResponse(order)).toEqual(['w', 'x', 'y', 'z']);
  });

  it('changing one part keeps the others; clearing every part leaves the case unanswered', async () => {
    const { answerToStore, casePartResponse, isIncomplete, withCasePart } =
      await import('../../../src/lib/quiz/case-answer');
    if (theCase.type !== 'case') throw new Error('sample bank has a case set');
    let pending = withCasePart(theCase, [], 0, ['b']);
    expect(pending).toEqual(['b', '', '']);
    pending = withCasePart(theCase, pending, 2, ['a', 'c']);
    expect(pending).toEqual(['b', '', 'a c']);
    expect(casePartResponse(theCase, pending, 2)).toEqual(['a', 'c']);
    expect(isIncomplete(theCase, answerToStore(theCase, pending))).toBe(true);
    pending = withCasePart(theCase, pending, 1, ['25.9', 'mL']);
    expect(isIncomplete(theCase, answerToStore(theCase, pending))).toBe(false);
    expect(withCasePart(theCase, withCasePart(theCase, ['b', '', ''], 0, []), 0, [])).toEqual([]);
  });
});
