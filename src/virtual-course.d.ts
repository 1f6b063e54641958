// Type of the build-time course outline (see src/lib/course/vite-plugin-course.ts).
declare module 'virtual:course' {
  const content: import('$lib/course/load-content').CourseContent;
  export default content;
}
