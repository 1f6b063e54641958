// Vite plugin that makes lessons/ part of the build. When the build starts it runs the one build-time
// content part (load-content.ts), once: a malformed file fails the build with file, field and reason.
// It then serves what that part returned and nothing read a second time: the outline as the eager
// module `virtual:course`; references, glossary, diagram words, the quiz catalog and each quiz's part
// as their own modules; each lesson data file a page imports as its validated value. Lesson bodies
// (lazy) get their citations rendered and the elements they embed by name turned into components.
import { relative, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { embedLessonComponents } from '../embeds/embed-lesson.ts';
import { renderCitations } from './citations.ts';
import type { CourseContent } from './course-content.ts';
import { loadContent } from './load-content.ts';
import { catalogPart } from '../quiz/catalog-part.ts';
import type { QuizCatalog } from '../quiz/item-types.ts';
import { usedReferences } from '../quiz/load-quizzes.ts';
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
};
const resolved = (id: string) => `\0${id}`;

// Quiz modules, imported lazily, so the first load stays small. `virtual:quizzes` is the whole
// catalog (the quiz list and the progress page); a quiz page loads only its own part (catalog-part.ts)
// through `virtual:quiz-parts`, which maps each quiz id to the loader of `virtual:quiz-part/<id>`.
// Each bank is one module, `virtual:quiz-bank/<id>`, that the parts and the catalog import, so the
// package holds every bank once.
const quizPartPrefix = 'virtual:quiz-part/';
const quizBankPrefix = 'virtual:quiz-bank/';
const isQuizModule = (id: string) =>
  id === 'virtual:quizzes' ||
  id === 'virtual:quiz-parts' ||
  id.startsWith(quizPartPrefix) ||
  id.startsWith(quizBankPrefix);

/**
 * A catalog module whose banks, and the references their items cite, are imported from the banks'
 * own modules: every bank and its references are stored once, whichever quizzes draw from it.
 */
function catalogModule(catalog: QuizCatalog): string {
  const bankIds = Object.keys(catalog.banks);
  const imports = bankIds.map(
    (id, i) =>
      `import bank${i}, { references as references${i} } from ${JSON.stringify(quizBankPrefix + id)};`,
  );
  const banks = bankIds.map((id, i) => `${JSON.stringify(id)}: bank${i}`).join(', ');
  const references = bankIds.map((_, i) => `...references${i}`).join(', ');
  return `${imports.join('\n')}\nexport default { "quizzes": ${JSON.stringify(catalog.quizzes)}, "banks": { ${banks} }, "references": { ${references} } };`;
}

/** The code of quiz module `name`, or null when no quiz or bank has that id. */
function quizModule(name: string, catalog: QuizCatalog): string | null {
  if (name === 'virtual:quizzes') return catalogModule(catalog);
  if (name === 'virtual:quiz-parts') {
    const loaders = catalog.quizzes.map(
      (quiz) => `${JSON.stringify(quiz.id)}: () => import(${JSON.stringify(quizPartPrefix + quiz.id)})`,
    );
    return `export default {${loaders.join(', ')}};`;
  }
  if (name.startsWith(quizPartPrefix)) {
    const part = catalogPart(catalog, name.slice(quizPartPrefix.length));
    return part ? catalogModule(part) : null;
  }
  const bank = catalog.banks[name.slice(quizBankPrefix.length)];
  if (!bank) return null;
  const cited = usedReferences(bank);
  const references = Object.fromEntries(Object.entries(catalog.references).filter(([key]) => cited.has(key)));
  return `export default ${JSON.stringify(bank)};\nexport const references = ${JSON.stringify(references)};`;
}

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
      return Object.hasOwn(virtualModules, id) || isQuizModule(id) ? resolved(id) : undefined;
    },
    load(id) {
      const name = id.startsWith('\0') ? id.slice(1) : null;
      if (name !== null && isQuizModule(name)) {
        const code = quizModule(name, current().quizzes);
        if (code === null) this.error(`${name}: no quiz or quiz bank has this id`);
        return code;
      }
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
      const quizModules = [...server.moduleGraph.idToModuleMap.keys()]
        .filter((key) => key.startsWith('\0') && isQuizModule(key.slice(1)))
        .map((key) => key.slice(1));
      for (const name of [...Object.keys(virtualModules), ...quizModules]) {
        const module = server.moduleGraph.getModuleById(resolved(name));
        if (module) server.moduleGraph.invalidateModule(module);
      }
    },
  };
}
