// Vite plugin that makes lessons/ part of the build: validates all content when the build starts
// (a malformed file fails the build with file, field and reason), serves the outline as the
// eager module `virtual:course`, renders citations in lesson bodies (which stay lazy), and lets
// turns the elements a lesson embeds by name into components, and lets those read YAML data files
// kept under lessons/ (clinical data stays content).
import { relative, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { parse } from 'yaml';
import { embedLessonComponents } from '../embeds/embed-lesson.ts';
import { renderCitations } from './citations.ts';
import { loadContent, type CourseContent } from './load-content.ts';
import { ProblemList } from './content-error.ts';
import { loadQuizzes } from '../quiz/load-quizzes.ts';
import { diagramWordsFile } from '../sims/her2-structure/load-diagram-words.ts';

const publicId = 'virtual:course';
const resolvedId = '\0virtual:course';
// The bibliography and the glossary are their own modules, imported only by the pages and lesson
// parts that print them: the course home carries the outline alone.
const referencesId = 'virtual:references';
const resolvedReferencesId = '\0virtual:references';
const glossaryId = 'virtual:glossary';
const resolvedGlossaryId = '\0virtual:glossary';
// Quiz banks are their own module, imported lazily by the quiz pages, so the first load stays small.
const quizzesId = 'virtual:quizzes';
// The HER2 receptor diagram's words, for the scene that draws it and the hotspot question.
const her2DiagramId = 'virtual:her2-diagram';
const resolvedHer2DiagramId = '\0virtual:her2-diagram';
const resolvedQuizzesId = '\0virtual:quizzes';

export function coursePlugin(root = process.cwd()): Plugin {
  const lessonsDir = resolve(root, 'lessons');
  let content: CourseContent | undefined;
  const current = () => (content ??= loadContent(root));

  return {
    name: 'herceptin-course-content',
    enforce: 'pre',
    buildStart() {
      content = undefined;
      current();
      this.addWatchFile(lessonsDir);
    },
    resolveId(id) {
      if (id === quizzesId) return resolvedQuizzesId;
      if (id === referencesId) return resolvedReferencesId;
      if (id === glossaryId) return resolvedGlossaryId;
      if (id === her2DiagramId) return resolvedHer2DiagramId;
      return id === publicId ? resolvedId : undefined;
    },
    load(id) {
      // loadContent already validated the banks (and throws on any problem), so this list stays empty.
      if (id === resolvedQuizzesId)
        return `export default ${JSON.stringify(loadQuizzes(root, current(), new ProblemList()))};`;
      if (id === resolvedReferencesId) return `export default ${JSON.stringify(current().references)};`;
      if (id === resolvedGlossaryId) return `export default ${JSON.stringify(current().glossary)};`;
      if (id === resolvedHer2DiagramId) {
        const words = current().her2Diagram;
        if (!words)
          this.error(`${diagramWordsFile} is missing: the HER2 receptor diagram has no words to show`);
        return `export default ${JSON.stringify(words)};`;
      }
      if (id !== resolvedId) return undefined;
      const { course, lessons } = current();
      return `export default ${JSON.stringify({ course, lessons })};`;
    },
    transform(code, id) {
      const path = id.split('?')[0] ?? id;
      if (relative(lessonsDir, path).startsWith('..')) return undefined;
      if (path.endsWith('.yaml'))
        return { code: `export default ${JSON.stringify(parse(code))};`, map: null };
      if (path.endsWith('.svx')) {
        const embedded = embedLessonComponents(code, relative(root, path).split('\\').join('/'));
        return { code: renderCitations(embedded, current().references), map: null };
      }
      return undefined;
    },
    handleHotUpdate({ file, server }) {
      if (relative(lessonsDir, file).startsWith('..')) return;
      content = undefined;
      for (const virtualId of [
        resolvedId,
        resolvedQuizzesId,
        resolvedReferencesId,
        resolvedGlossaryId,
        resolvedHer2DiagramId,
      ]) {
        const module = server.moduleGraph.getModuleById(virtualId);
        if (module) server.moduleGraph.invalidateModule(module);
      }
    },
  };
}
