// The one build-time content part: reads lessons/ once, validates every file and the links between
// them, and returns everything the build serves (course-content.ts): outline, references, glossary,
// quiz catalog and lesson data. Runs in Node (Vite plugin, `npm run check`, packaging, unit tests),
// never in the browser.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { checkTermsUsed, glossaryFile, loadGlossary } from '../glossary/load-glossary.ts';
import { loadLessonData, type LessonEmbed } from '../embeds/load-lesson-data.ts';
import { referenceUses } from '../interactives/reference-keys.ts';
import { loadQuizzes } from '../quiz/load-quizzes.ts';
import { loadDiagramWords } from '../sims/her2-structure/load-diagram-words.ts';
import { checkSelfCheckPlacement } from '../interactives/self-check/check-placement.ts';
import { identifierCollisions } from '../progress/scorm-identifiers.ts';
import { sentIdentifiers } from '../progress/sent-identifiers.ts';
import { loadTeachBack } from '../teach-back/load-teach-back.ts';
import { teachBackFileOf } from '../teach-back/teach-back-file.ts';
import { ProblemList } from './content-error.ts';
import type { CourseContent, LessonEntry } from './course-content.ts';
import { checkPageFile, loadLessonFile, type PageCheck } from './lesson-file.ts';
import { loadTranslations } from './load-translation.ts';
import { readYaml } from './read-yaml.ts';
import { checkYamlSources } from './source-check.ts';
import { parseInto } from './schema-issues.ts';
import { CourseSchema, ReferencesSchema, type PageFrontmatter, type Reference } from './schemas.ts';
import { languageOfFile } from './translations.ts';

export type { CourseContent, LessonEntry, LessonTrackMeta } from './course-content.ts';

/** Loads lessons/ under `root`. Throws ContentError listing every problem found. */
export function loadContent(root: string): CourseContent {
  const problems = new ProblemList();
  const lessonsDir = join(root, 'lessons');

  const course = parseInto(
    CourseSchema,
    readYaml(root, 'lessons/course.yaml', problems),
    'lessons/course.yaml',
    problems,
  );
  const references =
    parseInto(
      ReferencesSchema,
      readYaml(root, 'lessons/references.yaml', problems),
      'lessons/references.yaml',
      problems,
    ) ?? {};
  const glossary = loadGlossary(root, references, problems);
  const her2Diagram = loadDiagramWords(root, references, problems);
  // Every reference key a page's text cites: with the keys the served files list, the texts the
  // browser shows (citedReferenceKeys).
  const citedInText = new Set<string>();
  const pageCheck: PageCheck = {
    root,
    references,
    glossaryIds: new Set(glossary.map((entry) => entry.id)),
    glossaryFile,
    usedTerms: new Set<string>(),
    citedInText,
    problems,
  };
  checkYamlSources(root, references, problems);
  checkLabelRecords(references, problems);
  if (!course) {
    problems.throwIfAny();
    throw new Error('unreachable: course.yaml failed without a problem');
  }

  const seen = new Set<string>();
  const ids = new Map<string, number>();
  course.lessons.forEach(({ id, folder: slug }, index) => {
    const field = `lessons[${index}]`;
    const first = ids.get(id);
    if (first !== undefined)
      problems.add(
        'lessons/course.yaml',
        `${field}.id`,
        `duplicate lesson id "${id}" (also lessons[${first}].id): every lesson needs its own id`,
      );
    else ids.set(id, index);
    if (seen.has(slug))
      problems.add(
        'lessons/course.yaml',
        `${field}.folder`,
        `duplicate folder "${slug}": each lesson may be listed once`,
      );
    seen.add(slug);
    if (!existsSync(join(lessonsDir, slug))) {
      problems.add(
        'lessons/course.yaml',
        `${field}.folder`,
        `names lesson "${slug}", but there is no folder lessons/${slug}/`,
      );
    }
  });
  for (const name of readdirSync(lessonsDir)) {
    if (/^\d{2}-/.test(name) && statSync(join(lessonsDir, name)).isDirectory() && !seen.has(name)) {
      problems.add(
        `lessons/${name}`,
        '(folder)',
        'lesson folder is not listed under "lessons" in lessons/course.yaml',
      );
    }
  }

  const objectiveIds = new Map<string, string>();
  const lessons: LessonEntry[] = [];
  const dataFiles: Record<string, unknown> = {};
  const listed = new Set<string>();
  course.lessons.forEach(({ id, folder: slug }) => {
    if (listed.has(slug) || !existsSync(join(lessonsDir, slug))) return;
    listed.add(slug);
    const entry: LessonEntry = { id, slug, number: lessons.length + 1, tracks: {} };
    for (const track of course.tracks) {
      const file = `lessons/${slug}/${track.id}.svx`;
      const meta = loadLessonFile(
        pageCheck,
        file,
        'file is missing: every lesson needs one file per track in course.yaml',
      );
      if (!meta) continue;
      // Every patient lesson has one self-check, and no other lesson has one.
      checkSelfCheckPlacement(file, track.id, meta.embeds, problems);
      // Every patient lesson ends with a teach-back step (its own file next to the lesson).
      if (track.id === 'patient') {
        const teachBack = loadTeachBack(root, file, references, problems);
        if (teachBack) dataFiles[teachBackFileOf(file)] = teachBack;
      }
      for (const objective of meta.objectives) {
        const other = objectiveIds.get(objective.id);
        if (other)
          problems.add(file, 'objectives', `objective id "${objective.id}" is already used in ${other}`);
        objectiveIds.set(objective.id, file);
      }
      entry.tracks[track.id] = meta;
    }
    lessons.push(entry);
  });
  const embedsByFile = new Map<string, LessonEmbed[]>();
  for (const lesson of lessons)
    for (const meta of Object.values(lesson.tracks)) embedsByFile.set(meta.file, meta.embeds);
  // Course pages (about, handout); their translations are read with the translated track below.
  const pages = new Map<string, PageFrontmatter | null>();
  for (const name of readdirSync(lessonsDir).filter((n) => n.endsWith('.svx') && !languageOfFile(n))) {
    const file = `lessons/${name}`;
    const checked = checkPageFile(pageCheck, file);
    embedsByFile.set(file, checked.embeds);
    pages.set(file, checked.meta);
  }
  if (glossary.length > 0) {
    checkTermsUsed(glossary, pageCheck.usedTerms, problems);
  }
  // The Spanish patient track: its pages beside the English ones, its glossary, teach-backs and the
  // data its pages embed (read with the lessons' data below).
  const translations = loadTranslations({
    root,
    lessons,
    glossary,
    her2Diagram,
    references,
    pages,
    citedInText,
    problems,
  });
  for (const translation of Object.values(translations)) {
    for (const [file, embeds] of translation.embedsByFile) embedsByFile.set(file, embeds);
    Object.assign(dataFiles, translation.dataFiles);
  }
  const lessonData = loadLessonData(
    root,
    lessons.map((lesson) => `lessons/${lesson.slug}`),
    embedsByFile,
    references,
    problems,
  );
  for (const entry of lessonData) dataFiles[entry.file] = entry.data;
  // Quiz banks are checked against the lessons' objectives and the references, then served as
  // virtual:quizzes (lazily, by the quiz pages).
  const quizzes = loadQuizzes(root, { course, lessons, references }, problems);
  // Every id the course sends an LMS must stay distinct in the one identifier scheme.
  const sent = sentIdentifiers(lessons, quizzes.banks, (bank) => `lessons/quizzes/${bank}.yaml`);
  for (const problem of identifierCollisions(sent)) problems.add(problem.file, problem.field, problem.reason);

  problems.throwIfAny();
  const cited = citedReferenceKeys(references, citedInText, [
    dataFiles,
    quizzes.banks,
    glossary,
    her2Diagram,
  ]);
  return {
    course,
    lessons,
    references,
    cited,
    glossary,
    her2Diagram,
    quizzes,
    dataFiles,
    translations: Object.fromEntries(
      Object.entries(translations).map(([language, { pages }]) => [language, pages]),
    ),
  };
}

/**
 * The keys the course cites, in the bibliography's order: those the pages' text cites and those a
 * served file lists (`references: [...]` in a lesson data file, a teach-back, a quiz item, the
 * glossary). Their texts are what lessons, drills and quiz feedback print.
 */
function citedReferenceKeys(
  references: Record<string, Reference>,
  citedInText: ReadonlySet<string>,
  served: unknown[],
): string[] {
  const listed = new Set(served.flatMap((value) => referenceUses(value).map((use) => use.key)));
  return Object.keys(references).filter((key) => citedInText.has(key) || listed.has(key));
}

/** A `label` reference names the product, the sections read and what was checked, so the About page can list it. */
function checkLabelRecords(references: Record<string, Reference>, problems: ProblemList): void {
  for (const [key, reference] of Object.entries(references)) {
    if (reference.kind === 'label' && !reference.label)
      problems.add(
        'lessons/references.yaml',
        `${key}.label`,
        'a label reference needs label: { product, checked } (and setId, effectiveTime when known)',
      );
    else if (reference.kind === 'label' && !reference.label?.sections)
      problems.add(
        'lessons/references.yaml',
        `${key}.label.sections`,
        'a label reference names the label sections read in that record (label.sections)',
      );
  }
}
