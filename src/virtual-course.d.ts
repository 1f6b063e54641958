// Types of the build-time course modules (see src/lib/course/vite-plugin-course.ts).
declare module 'virtual:course' {
  /** The outline: course settings and every lesson's metadata (what every page needs). */
  const content: import('$lib/course/course-content').CourseOutline;
  export default content;
}
declare module 'virtual:reference-texts' {
  /** Key → citation text of every reference the course cites, for the lists and feedback that print them. */
  const texts: Record<string, string>;
  export default texts;
}
declare module 'virtual:references' {
  /** The full bibliography (lessons/references.yaml), for the About page. */
  const references: import('$lib/course/course-content').CourseContent['references'];
  export default references;
}
declare module 'virtual:glossary' {
  /** The glossary (lessons/glossary.yaml), for the glossary page and terms in lesson text. */
  const glossary: import('$lib/course/course-content').CourseContent['glossary'];
  export default glossary;
}
declare module 'virtual:her2-diagram' {
  /** Words of the HER2 receptor diagram (lessons/her2-receptor-diagram.yaml). */
  const words: import('$lib/sims/her2-structure/diagram-words').DiagramWords;
  export default words;
}
declare module 'virtual:translation/es' {
  /** The Spanish patient track's lessons (frontmatter by folder) and handout file, or null without one. */
  const translation: import('$lib/course/course-content').TranslationOutline | null;
  export default translation;
}
declare module 'virtual:glossary/es' {
  /** The Spanish glossary words (lessons/glossary.es.yaml), for terms on Spanish pages. */
  const glossary: import('$lib/course/course-content').CourseContent['glossary'];
  export default glossary;
}
declare module 'virtual:her2-diagram/es' {
  /** The HER2 receptor diagram's words for Spanish pages (lessons/her2-receptor-diagram.es.yaml). */
  const words: import('$lib/sims/her2-structure/diagram-words').DiagramWords;
  export default words;
}
