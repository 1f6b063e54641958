// Test-wise cues measured on small banks with hand-counted figures, the limits each figure trips,
// and the real banks held to the limits (the same figures `npm run check` prints).
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/lib/course/load-content';
import { criticalItemIds, drawPool } from '../../../src/lib/quiz/draw-attempt';
import {
  finalHigherOrder,
  measureBank,
  QUALITY_LIMITS,
  qualityProblems,
} from '../../../src/lib/quiz/item-quality';
import type { QuizBank, SingleItem } from '../../../src/lib/quiz/item-types';
import { caseSet, multiple, quizOf, single, trueFalse } from './sample-items';

/** A single-answer item whose option texts are given, the first one keyed. */
function withTexts(id: string, texts: string[]): SingleItem {
  const item = single(id);
  item.options = texts.map((text, i) => ({ id: `o${i}`, text, rationale: 'why' }));
  item.correct = 'o0';
  return item;
}

describe('measureBank', () => {
  const longKey = withTexts('s1', [
    'The longest option of all four',
    'Short one',
    'Short two',
    'Short three',
  ]);
  const tiedKey = withTexts('s2', ['Same length', 'Same length', 'Shorter', 'Short']);
  const shortKey = withTexts('s3', [
    'Short',
    'A much longer distractor',
    'Another long distractor',
    'Mid one',
  ]);
  const absolute = withTexts('s4', ['Keyed', 'It is always so', 'Never mind that', 'A plain distractor']);
  const sata3 = multiple('m3'); // 3 of 5 keyed
  const sata2 = { ...multiple('m2'), correct: ['a', 'b'] };
  const bank: QuizBank = {
    id: 'b',
    items: [longKey, tiedKey, shortKey, absolute, sata3, sata2, trueFalse('t1'), caseSet('c1')],
  };
  const quality = measureBank(bank);

  it('counts keys that are the longest or tied-longest option, case parts included', () => {
    // s1 (longest), s2 (tied); s3 and s4 not; caseSet's single part keys "Option b", tied with the rest.
    expect(quality.single).toEqual({ items: 5, keyLongest: 3 });
    expect(quality.scored).toBe(10);
  });

  it('counts select-all items by their number of right options, and true/false by key', () => {
    // caseSet's multiple part keys 3 options.
    expect(quality.selectAll).toEqual({ items: 3, counts: { 2: 1, 3: 2 } });
    expect(quality.trueFalse).toEqual({ items: 1, keyedTrue: 0 });
  });

  it('finds absolute words in distractors only', () => {
    expect(quality.distractors.absolute).toBe(2);
    expect(quality.distractors.examples).toEqual(['s4: "It is always so"', 's4: "Never mind that"']);
  });

  it('names every figure past its limit', () => {
    const measures = qualityProblems(quality).map((p) => p.measure);
    // 3 of 5 keys longest (60 %); 2 counts only; 2 of 3 with the same count; 0 of 1 keyed true;
    // 1 of 10 true/false (10 %, within 15 %); absolute distractors 2 of 22 (9 %, within 10 %).
    expect(measures).toEqual(['key length', 'select-all count', 'select-all count', 'true/false balance']);
  });
});

describe('finalHigherOrder: the fewest application and analysis items any attempt can have', () => {
  const recall = { ...single('r1'), difficulty: 'recall' as const };
  const applied = single('a1');
  const byId = new Map([
    ['r1', recall],
    ['a1', applied],
    ['a2', single('a2')],
  ]);

  it('counts a critical group only when all its items are higher-order, a row by count minus recall', () => {
    const quiz = quizOf({
      critical: [
        { id: 'mixed', title: 'Mixed', items: ['r1', 'a1'] },
        { id: 'higher', title: 'Higher', items: ['a1', 'a2'] },
      ],
      draw: [{ count: 3 }, { count: 1 }],
    });
    // Row 1 pool: 2 recall, 2 applied → worst draw has 1 higher-order; row 2: 0 recall → 1.
    const pools = [[recall, recall, applied, applied], [applied]];
    expect(finalHigherOrder(quiz, pools, byId)).toEqual({ guaranteed: 3, total: 6 });
  });
});

describe('the course banks meet the item-writing limits', () => {
  const root = process.cwd();
  const catalog = loadContent(root).quizzes;

  it.each(Object.keys(catalog.banks))('%s: no figure past its limit', (bankId) => {
    const bank = catalog.banks[bankId]!;
    expect(qualityProblems(measureBank(bank))).toEqual([]);
  });

  it('every final attempt is at least half application or analysis, in the worst draw', () => {
    const final = catalog.quizzes.find((quiz) => quiz.isFinal)!;
    const byId = new Map(Object.values(catalog.banks).flatMap((b) => b.items.map((i) => [i.id, i] as const)));
    const pools = final.draw.map((rule) => drawPool(rule, catalog.banks, criticalItemIds(final)));
    const { guaranteed, total } = finalHigherOrder(final, pools, byId);
    expect(guaranteed / total).toBeGreaterThanOrEqual(QUALITY_LIMITS.finalHigherOrderMin);
  });
});
