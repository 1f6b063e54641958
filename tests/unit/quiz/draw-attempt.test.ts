// Seeded draw and shuffle: the same seed reproduces the attempt, another seed changes it, and the
// draw always mixes the bank's item types.
import { describe, expect, it } from 'vitest';
import { drawAttempt } from '../../../src/lib/quiz/draw-attempt';
import { seededRandom, shuffled } from '../../../src/lib/random/seeded-random';
import { bankOf, quizOf } from './sample-items';

const banks = { one: bankOf('one', 30), two: bankOf('two', 25) };
const quiz = quizOf({ draw: [{ bank: 'one', count: 10 }] });

describe('seeded random', () => {
  it('repeats for the same seed and differs for another', () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const c = seededRandom(43);
    const first = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(first);
    expect([c(), c(), c()]).not.toEqual(first);
    for (const x of first) expect(x >= 0 && x < 1).toBe(true);
  });

  it('shuffles a copy and keeps every element', () => {
    const list = [1, 2, 3, 4, 5, 6, 7, 8];
    const out = shuffled(list, seededRandom(7));
    expect(list).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect([...out].sort((x, y) => x - y)).toEqual(list);
  });
});

describe('drawAttempt', () => {
  it('same seed → same items in the same order with the same option order', () => {
    expect(drawAttempt(quiz, banks, 1234)).toEqual(drawAttempt(quiz, banks, 1234));
  });

  it('different seeds give different attempts', () => {
    const ids = (seed: number) => drawAttempt(quiz, banks, seed).map((i) => i.id);
    const distinct = new Set([1, 2, 3, 4, 5].map((s) => ids(s).join()));
    expect(distinct.size).toBeGreaterThan(1);
  });

  it('draws the configured count of distinct items from each bank', () => {
    const two = quizOf({
      draw: [
        { bank: 'one', count: 8 },
        { bank: 'two', count: 12 },
      ],
    });
    const items = drawAttempt(two, banks, 99);
    expect(items).toHaveLength(20);
    expect(new Set(items.map((i) => i.id)).size).toBe(20);
    expect(items.filter((i) => i.id.startsWith('one-'))).toHaveLength(8);
    expect(items.filter((i) => i.id.startsWith('two-'))).toHaveLength(12);
  });

  it('covers every item type of the bank when the count allows', () => {
    for (const seed of [1, 2, 3, 50, 1000]) {
      const types = new Set(drawAttempt(quiz, banks, seed).map((i) => i.type));
      expect(types.size, `seed ${seed}`).toBe(8);
    }
  });

  it('shuffles options of choice items and never presents an ordering item already solved', () => {
    let reordered = 0;
    for (let seed = 0; seed < 40; seed++) {
      for (const item of drawAttempt(quiz, banks, seed)) {
        if (item.type === 'single') {
          expect([...item.options.map((o) => o.id)].sort()).toEqual(['a', 'b', 'c', 'd']);
          if (item.options.map((o) => o.id).join() !== 'a,b,c,d') reordered++;
        }
        if (item.type === 'ordering') expect(item.options.map((o) => o.id)).not.toEqual(item.correct);
      }
    }
    expect(reordered).toBeGreaterThan(0);
  });

  it('leaves the banks untouched', () => {
    const before = JSON.stringify(banks);
    drawAttempt(quiz, banks, 5);
    expect(JSON.stringify(banks)).toBe(before);
  });
});
