// `npm run check` step: validates everything in lessons/ without building, and prints each problem
// as "file: field: reason" so an author can fix it (the build runs the same validation).
import { ContentError } from '../src/lib/course/content-error.ts';
import { loadContent } from '../src/lib/course/load-content.ts';

try {
  const content = loadContent(process.cwd());
  const files = content.lessons.reduce((n, lesson) => n + Object.keys(lesson.tracks).length, 0);
  console.log(
    `Content OK: ${content.lessons.length} lessons (${files} lesson files), ` +
      `${Object.keys(content.references).length} references.`,
  );
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  console.error(error.message);
  process.exit(1);
}
