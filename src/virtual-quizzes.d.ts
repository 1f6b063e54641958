// Types of the lazily imported quiz catalog and of each quiz's own part (src/lib/course/vite-plugin-course.ts).
declare module 'virtual:quizzes' {
  const catalog: import('$lib/quiz/item-types').QuizCatalog;
  export default catalog;
}
declare module 'virtual:quiz-parts' {
  /** Quiz id → loader of that quiz's part: the quiz, the banks it draws from, the references they cite. */
  const parts: Record<string, () => Promise<{ default: import('$lib/quiz/item-types').QuizCatalog }>>;
  export default parts;
}
