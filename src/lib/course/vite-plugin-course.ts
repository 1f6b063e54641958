// Vite plugin that makes lessons/ part of the build. When the build starts it runs the one build-time
// content part (load-content.ts), once: a malformed file fails the build with file, field and reason.
// It then serves what that part returned and nothing read a second time: the outline as the eager
// module `virtual:course`; reference texts, the bibliography, glossary, diagram words, the quiz
// catalog and each quiz's part as their own modules; each lesson data file a page imports as its
// validated value. Lesson bodies (lazy) get their citations rendered and the elements they embed by
// name turned into components.
import { relative, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { embedLessonParts, translatedGlossaryModule, withScript } from '../embeds/embed-lesson.ts';
import { translationLanguages, translationModule } from './translations.ts';
import { renderCitations } from './citations.ts';
import type { CourseContent } from './course-content.ts';
import { loadContent } from './load-content.ts';
import { catalogPart } from '../quiz/catalog-part.ts';
import type { QuizCatalog } from '../quiz/item-types.ts';
import { diagramWordsFile, translatedDiagramModule } from '../sims/her2-structure/load-diagram-words.ts';

// The text of every reference the course cites, key → citation, in one module that lesson reference
// lists, drills' sources and quiz feedback load, so the package holds each text once (lesson bodies
// carry keys only: citations.ts). The About page's full bibliography imports it for those keys.
const referenceTexts = 'virtual:reference-texts';

/** Each virtual module and the part of the content it serves. */
const virtualModules: Record<string, (content: CourseContent) => unknown> = {
  // What every page needs; reference texts, the bibliography and the glossary are their own modules,
  // imported only by the pages and lesson parts that print them, so the course home carries the
  // outline alone.
  'virtual:course': ({ course, lessons }) => ({ course, lessons }),
  [referenceTexts]: ({ references, cited }) =>
    Object.fromEntries(cited.map((key) => [key, references[key]!.citation])),
  'virtual:glossary': (content) => content.glossary,
  // The HER2 receptor diagram's words, for the scene that draws it and the hotspot question.
  'virtual:her2-diagram': (content) => content.her2Diagram,
  // Each translated patient track, apart from the outline so the English pages never carry its
  // words: its lessons' frontmatter (loaded by its pages only, lazily) and its glossary words (the
  // terms of its pages). Null and empty when the course has no such translation.
  ...Object.fromEntries(
    translationLanguages.flatMap((language) => [
      [
        translationModule(language),
        (content: CourseContent) => {
          const pages = content.translations[language];
          return pages ? { course: pages.course, lessons: pages.lessons, handout: pages.handout } : null;
        },
      ],
      [
        translatedGlossaryModule(language),
        (content: CourseContent) => content.translations[language]?.glossary ?? [],
      ],
      [
        translatedDiagramModule(language),
        (content: CourseContent) => content.translations[language]?.her2Diagram ?? content.her2Diagram,
      ],
    ]),
  ),
};
const resolved = (id: string) => `\0${id}`;

/**
 * The full bibliography (the About page): every reference, its citation text taken from the
 * reference-texts module for the keys the course cites, so no text is stored twice.
 */
function bibliographyModule({ references, cited }: CourseContent): string {
  const citedKeys = new Set(cited);
  const rest = Object.fromEntries(
    Object.entries(references).map(([key, { citation, ...reference }]) => [
      key,
      citedKeys.has(key) ? reference : { citation, ...reference },
    ]),
  );
  return (
    `import texts from ${JSON.stringify(referenceTexts)};\n` +
    `export default Object.fromEntries(Object.entries(${JSON.stringify(rest)}).map(([key, reference]) => [key, { citation: texts[key], ...reference }]));`
  );
}

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
 * A catalog module whose banks are imported from the banks' own modules: every bank is stored once,
 * whichever quizzes draw from it. The texts of the references its items cite are not in it: quiz
 * feedback fetches the course's reference texts when it first appears (quiz/views/feedback-sources.svelte.ts).
 */
function catalogModule(catalog: QuizCatalog): string {
  const bankIds = Object.keys(catalog.banks);
  const imports = bankIds.map((id, i) => `import bank${i} from ${JSON.stringify(quizBankPrefix + id)};`);
  const banks = bankIds.map((id, i) => `${JSON.stringify(id)}: bank${i}`).join(', ');
  return `${imports.join('\n')}\nexport default { "quizzes": ${JSON.stringify(catalog.quizzes)}, "banks": { ${banks} } };`;
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
  return bank ? `export default ${JSON.stringify(bank)};` : null;
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
      return Object.hasOwn(virtualModules, id) || id === 'virtual:references' || isQuizModule(id)
        ? resolved(id)
        : undefined;
    },
    load(id) {
      const name = id.startsWith('\0') ? id.slice(1) : null;
      if (name !== null && isQuizModule(name)) {
        const code = quizModule(name, current().quizzes);
        if (code === null) this.error(`${name}: no quiz or quiz bank has this id`);
        return code;
      }
      if (name === 'virtual:references') return bibliographyModule(current());
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
        const embedded = embedLessonParts(code, file);
        const cited = renderCitations(embedded.markup, current().references);
        return { code: withScript(cited.markup, [...embedded.imports, ...cited.imports]), map: null };
      }
      return undefined;
    },
    handleHotUpdate({ file, server }) {
      if (relative(lessonsDir, file).startsWith('..')) return;
      content = undefined;
      const quizModules = [...server.moduleGraph.idToModuleMap.keys()]
        .filter((key) => key.startsWith('\0') && isQuizModule(key.slice(1)))
        .map((key) => key.slice(1));
      for (const name of [...Object.keys(virtualModules), 'virtual:references', ...quizModules]) {
        const module = server.moduleGraph.getModuleById(resolved(name));
        if (module) server.moduleGraph.invalidateModule(module);
      }
    },
  };
}
