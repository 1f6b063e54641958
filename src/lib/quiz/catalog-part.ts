// One quiz's part of the catalog, built at build time and served as that quiz's own module: the quiz
// and only the banks its attempts draw from. A practice quiz then downloads its own bank, not every
// bank of the course (the final draws from all of them).
import type { Quiz, QuizCatalog } from './item-types.ts';

/** Ids of the banks an attempt at `quiz` can draw from: a row without `bank`, or a critical group, may use any. */
export function banksDrawn(quiz: Quiz, catalog: QuizCatalog): string[] {
  const everyBank = quiz.critical.length > 0 || quiz.draw.some((rule) => rule.bank === undefined);
  if (everyBank) return Object.keys(catalog.banks);
  return [...new Set(quiz.draw.map((rule) => rule.bank!))].filter((id) => id in catalog.banks);
}

/** The catalog as the quiz page of `quizId` needs it; null for a quiz the catalog does not hold. */
export function catalogPart(catalog: QuizCatalog, quizId: string): QuizCatalog | null {
  const quiz = catalog.quizzes.find((candidate) => candidate.id === quizId);
  if (!quiz) return null;
  const banks = Object.fromEntries(banksDrawn(quiz, catalog).map((id) => [id, catalog.banks[id]!]));
  return { quizzes: [quiz], banks };
}
