// Ties the suspend_data worst case (worst-case.ts, proven in suspend-codec.test.ts) to the real course: if authors add more
// lessons or quizzes, longer option ids or bigger items than it assumes, this fails and the proof
// must be redone with the new ceiling.
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/lib/course/load-content';
import { encodeCaseAnswer } from '../../../src/lib/quiz/case-answer';
import type { SimpleItem, QuizItem } from '../../../src/lib/quiz/item-types';
import { WORST_CASE } from './worst-case';

const content = loadContent(process.cwd());
const catalog = content.quizzes;

/** The longest response a learner can store for an item (every option chosen, longest ids). */
function longestResponse(item: SimpleItem): string[] {
  const longest = (ids: string[]) => ids.reduce((a, b) => (b.length > a.length ? b : a), '');
  switch (item.type) {
    case 'multiple':
    case 'ordering':
      return item.options.map((o) => o.id);
    case 'matching':
      return item.prompts.map((p) => `${p.id}.${longest(item.targets.map((t) => t.id))}`);
    case 'numeric':
      return ['-1234567.891', longest(item.units)];
    case 'matrix':
      // A multiple-choice grid keeps one cell per row; a multiple-response grid can keep them all.
      return item.rows.flatMap((r) =>
        (item.select === 'one'
          ? [longest(item.columns.map((c) => c.id))]
          : item.columns.map((c) => c.id)
        ).map((c) => `${r.id}.${c}`),
      );
    case 'cloze':
      return item.blanks.map((b) => `${b.id}.${longest(b.options.map((o) => o.id))}`);
    case 'highlight':
      return item.options.map((o) => o.id);
    case 'bowtie':
      // Each part keeps at most as many choices as it asks for: the longest ids.
      return item.zones.flatMap((z) =>
        z.options
          .map((o) => `${z.key}.${o.id}`)
          .sort((a, b) => b.length - a.length)
          .slice(0, z.pick),
      );
    default:
      return [longest(item.options.map((o) => o.id))];
  }
}

function longestAnswer(item: QuizItem): string[] {
  if (item.type !== 'case') return longestResponse(item);
  return encodeCaseAnswer(item.items.map(longestResponse));
}

describe('the suspend_data worst case covers the real course', () => {
  it('has no more lessons or quizzes than the worst case', () => {
    expect(content.lessons.length).toBeLessThanOrEqual(WORST_CASE.lessons);
    for (const lesson of content.lessons)
      expect(lesson.id.length, lesson.id).toBeLessThanOrEqual(WORST_CASE.lessonIdLength);
    expect(catalog.quizzes.length).toBeLessThanOrEqual(WORST_CASE.quizzes);
    for (const quiz of catalog.quizzes) expect(quiz.id.length).toBeLessThanOrEqual(WORST_CASE.quizIdLength);
  });

  it('draws no more final items than the worst case', () => {
    const final = catalog.quizzes.find((quiz) => quiz.isFinal);
    // Blueprint rows plus one item for each critical safety group.
    const drawn =
      (final?.draw.reduce((sum, draw) => sum + draw.count, 0) ?? 0) + (final?.critical.length ?? 0);
    expect(drawn).toBeLessThanOrEqual(WORST_CASE.finalItems);
  });

  it('stores no answer longer than the worst case’s answers', () => {
    const ceiling = JSON.stringify(
      Array.from({ length: WORST_CASE.idsPerResponse }, () => 'x'.repeat(WORST_CASE.idLength)),
    ).length;
    const items = Object.values(catalog.banks).flatMap((bank) => bank.items);
    expect(items.length).toBeGreaterThan(0);
    for (const item of items)
      expect(JSON.stringify(longestAnswer(item)).length, item.id).toBeLessThanOrEqual(ceiling);
  });
});
