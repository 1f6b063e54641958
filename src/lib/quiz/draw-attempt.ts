// Draws an attempt's items from the banks and shuffles their options, all from one seed, so the
// same seed always reproduces the same attempt (the seed is stored with the attempt and the draft).
import type { Quiz, QuizBank, QuizItem, SimpleItem } from './item-types.ts';
import { seededRandom, shuffled, type Random } from '../random/seeded-random.ts';

export function drawAttempt(quiz: Quiz, banks: Record<string, QuizBank>, seed: number): QuizItem[] {
  const random = seededRandom(seed);
  const picked: QuizItem[] = [];
  for (const { bank, count } of quiz.draw) {
    const items = banks[bank]?.items ?? [];
    picked.push(...drawCoveringTypes(items, count, random));
  }
  return shuffled(picked, random).map((item) => presentItem(item, random));
}

/**
 * Picks `count` items, first one of each item type the bank holds (in random order), then fills
 * at random: every attempt mixes the types instead of relying on luck (issue 5: ≥ 4 types per quiz).
 */
function drawCoveringTypes(items: readonly QuizItem[], count: number, random: Random): QuizItem[] {
  const pool = shuffled(items, random);
  const chosen: QuizItem[] = [];
  const types = shuffled([...new Set(pool.map((item) => item.type))], random);
  for (const type of types) {
    if (chosen.length >= count) break;
    const first = pool.find((item) => item.type === type);
    if (first) chosen.push(first);
  }
  for (const item of pool) {
    if (chosen.length >= count) break;
    if (!chosen.includes(item)) chosen.push(item);
  }
  return chosen;
}

/** A copy of the item with its options in this attempt's order. */
function presentItem(item: QuizItem, random: Random): QuizItem {
  if (item.type === 'case') return { ...item, items: item.items.map((sub) => presentSimple(sub, random)) };
  return presentSimple(item, random);
}

function presentSimple(item: SimpleItem, random: Random): SimpleItem {
  switch (item.type) {
    case 'single':
    case 'multiple':
    case 'hotspot':
      return { ...item, options: shuffled(item.options, random) };
    case 'ordering':
      return { ...item, options: scrambled(item.options, item.correct, random) };
    case 'matching':
      return { ...item, targets: shuffled(item.targets, random) };
    case 'true-false':
    case 'numeric':
      // True before False, and the unit list in authored order, are conventions learners expect.
      return item;
  }
}

/** Shuffles ordering steps, never presenting them already in the right order. */
function scrambled<T extends { id: string }>(
  steps: readonly T[],
  correct: readonly string[],
  random: Random,
): T[] {
  const out = shuffled(steps, random);
  const solved = out.every((step, i) => step.id === correct[i]);
  return solved && out.length > 1 ? [...out.slice(1), out[0] as T] : out;
}
