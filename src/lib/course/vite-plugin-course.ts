// Vite plugin that makes lessons/ part of the build. When the build starts it runs the one build-time
// content part (load-content.ts), once: a malformed file fails the build with file, field and reason.
// It then serves what that part returned and nothing read a second time: the outline as the eager
// module `virtual:course`; references, glossary, diagram words and the quiz catalog as their own
// modules; each lesson data file a page imports as its validated value. Lesson bodies (lazy) get
// their citations rendered and the elements they embed by name turned into components.
import { relative, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { embedLessonComponents } from '../embeds/embed-lesson.ts';
import { renderCitations } from './citations.ts';
import type { CourseContent } from './course-content.ts';
import { loadContent } from './load-content.ts';
import { diagramWordsFile } from '../sims/her2-structure/load-diagram-words.ts';

/** Each virtual module and the part of the content it serves. */
const virtualModules: Record<string, (content: CourseContent) => unknown> = {
  // What every page needs; the bibliography and the glossary are their own modules, imported only by
  // the pages and lesson parts that print them, so the course home carries the outline alone.
  'virtual:course': ({ course, lessons }) => ({ course, lessons }),
  'virtual:references': (content) => content.references,
  'virtual:glossary': (content) => content.glossary,
  // The HER2 receptor diagram's words, for the scene that draws it and the hotspot question.
  'virtual:her2-diagram': (content) => content.her2Diagram,
  // Imported lazily by the quiz pages, so the first load stays small.
  'virtual:quizzes': (content) => content.quizzes,
};
const resolved = (id: string) => `\0${id}`;

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
      return Object.hasOwn(virtualModules, id) ? resolved(id) : undefined;
    },
    load(id) {
      const name = id.startsWith('\0') ? id.slice(1) : null;
      const serve = name !== null && Object.hasOwn(virtualModules, name) ? virtualModules[name] : undefined;
      if (!serve) return undefined;
      const value = serve(current());
      if (value === null && name === 'virtual:her2-diagram')
        this.error(`${diagramWordsFile} is missing: the HER2 receptor diagram has no words to show`);
      return `export default ${JSON.stringify(value)};`;
    },
    transform(code, id) {
      const path = id.split('?')[0] ?? id;
      if (relative(lessonsDir, path).startsWith('..')) return undefined;
      const file = relative(root, path).split('\\').join('/');
      if (path.endsWith('.yaml')) {
        const data = current().dataFiles;
        if (!Object.hasOwn(data, file))
          this.error(
            `${file} is imported, but no lesson reads it (an embedded element's data file or a patient lesson's teach-back), so the build has not checked it`,
          );
        return { code: `export default ${JSON.stringify(data[file])};`, map: null };
      }
      if (path.endsWith('.svx')) {
        const embedded = embedLessonComponents(code, file);
        return { code: renderCitations(embedded, current().references), map: null };
      }
      return undefined;
    },
    handleHotUpdate({ file, server }) {
      if (relative(lessonsDir, file).startsWith('..')) return;
      content = undefined;
      for (const name of Object.keys(virtualModules)) {
        const module = server.moduleGraph.getModuleById(resolved(name));
        if (module) server.moduleGraph.invalidateModule(module);
      }
    },
  };
}
