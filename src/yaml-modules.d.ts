// YAML data files under lessons/ import as parsed data (src/lib/course/vite-plugin-course.ts).
declare module '*.yaml' {
  const data: unknown;
  export default data;
}
