// Type of the lazily imported quiz catalog (see src/lib/course/vite-plugin-course.ts).
declare module 'virtual:quizzes' {
  const catalog: import('$lib/quiz/item-types').QuizCatalog;
  export default catalog;
}
