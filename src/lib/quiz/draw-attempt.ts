// Draws an attempt's items from the banks and shuffles their options, all from one seed, so the
// same seed always reproduces the same attempt (the seed is stored with the attempt and the draft).
import type { BankDraw, Quiz, QuizBank, QuizItem, SimpleItem } from './item-types.ts';
import { seededRandom, shuffled, type Random } from '../random/seeded-random.ts';

/**
 * Draws an attempt. Critical groups first (one item each, rotating with `attemptNumber` so a retry
 * asks a fresh one while the group has one left), then each draw row from its pool, which never
 * holds a critical item (those are asked only through their group).
 */
export function drawAttempt(
  quiz: Quiz,
  banks: Record<string, QuizBank>,
  seed: number,
  attemptNumber = 0,
): QuizItem[] {
  const random = seededRandom(seed);
  const byId = new Map(Object.values(banks).flatMap((bank) => bank.items.map((item) => [item.id, item])));
  const picked: QuizItem[] = quiz.critical.flatMap((group) => {
    const item = byId.get(criticalPick(quiz.id, group.id, group.items, attemptNumber));
    return item ? [item] : [];
  });
  const critical = criticalItemIds(quiz);
  for (const rule of quiz.draw) {
    const pool = drawPool(rule, banks, critical).filter((item) => !picked.includes(item));
    picked.push(...drawCoveringTypes(pool, rule.count, random));
  }
  return shuffled(picked, random).map((item) => presentItem(item, random));
}

/** Ids of every item in any critical group of the quiz. */
export function criticalItemIds(quiz: Pick<Quiz, 'critical'>): Set<string> {
  return new Set(quiz.critical.flatMap((group) => group.items));
}

/** The items a draw row chooses from: its bank (or all banks), its objectives and levels, no critical item. */
export function drawPool(
  rule: BankDraw,
  banks: Record<string, QuizBank>,
  critical: ReadonlySet<string>,
): QuizItem[] {
  const source = rule.bank !== undefined ? [banks[rule.bank]] : Object.values(banks);
  const wanted = rule.objectives ? new Set(rule.objectives) : null;
  return source
    .flatMap((bank) => bank?.items ?? [])
    .filter((item) => !critical.has(item.id))
    .filter((item) => !wanted || itemObjectives(item).some((objective) => wanted.has(objective)))
    .filter((item) => !rule.difficulty || rule.difficulty.includes(item.difficulty));
}

/** The objectives an item tests (a case set: those of its linked items). */
export function itemObjectives(item: QuizItem): string[] {
  return item.type === 'case' ? item.items.map((part) => part.objective) : [item.objective];
}

/**
 * Which item of a critical group attempt `attemptNumber` asks: the group's items in a fixed
 * per-group order (seeded by quiz and group id, so authors' listing order does not decide the first
 * item), taken in turn. Consecutive attempts therefore never repeat while the group has ≥ 2 items.
 */
export function criticalPick(
  quizId: string,
  groupId: string,
  items: readonly string[],
  attemptNumber: number,
): string {
  const order = shuffled(items, seededRandom(hashText(`${quizId}/${groupId}`)));
  return order[((attemptNumber % order.length) + order.length) % order.length] as string;
}

/** FNV-1a: a stable 32-bit number from a text (seed for the per-group order). */
function hashText(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
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
    case 'cloze':
      return {
        ...item,
        blanks: item.blanks.map((blank) => ({ ...blank, options: shuffled(blank.options, random) })),
      };
    case 'bowtie':
      return {
        ...item,
        zones: item.zones.map((zone) => ({ ...zone, options: shuffled(zone.options, random) })),
      };
    case 'highlight':
      // The note reads in its own order.
      return item;
    case 'matrix':
      // Rows are shuffled; columns keep their authored order (a scale or a fixed set of headings).
      return { ...item, rows: shuffled(item.rows, random) };
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
