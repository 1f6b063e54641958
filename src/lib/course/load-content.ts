// The one build-time content part: reads lessons/ once, validates every file and the links between
// them, and returns everything the build serves (course-content.ts): outline, references, glossary,
// quiz catalog and lesson data. Runs in Node (Vite plugin, `npm run check`, packaging, unit tests),
// never in the browser.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { checkTermsUsed, checkTermUsage, loadGlossary, termIdsIn } from '../glossary/load-glossary.ts';
import { findEmbeds } from '../embeds/find-embeds.ts';
import { loadLessonData, type LessonEmbed } from '../embeds/load-lesson-data.ts';
import { referenceUses } from '../interactives/reference-keys.ts';
import { loadQuizzes } from '../quiz/load-quizzes.ts';
import { loadDiagramWords } from '../sims/her2-structure/load-diagram-words.ts';
import { checkSelfCheckPlacement } from '../interactives/self-check/check-placement.ts';
import { identifierCollisions } from '../progress/scorm-identifiers.ts';
import { sentIdentifiers } from '../progress/sent-identifiers.ts';
import { loadTeachBack } from '../teach-back/load-teach-back.ts';
import { teachBackFile } from '../teach-back/teach-back-file.ts';
import { ProblemList } from './content-error.ts';
import { citationGroup, citedKeys } from './citations.ts';
import type { CourseContent, LessonEntry, LessonTrackMeta } from './course-content.ts';
import { splitFrontmatter } from './frontmatter.ts';
import { readYaml } from './read-yaml.ts';
import { checkBodySources, checkYamlSources } from './source-check.ts';
import { parseInto } from './schema-issues.ts';
import {
  CourseSchema,
  LessonFrontmatterSchema,
  PageFrontmatterSchema,
  ReferencesSchema,
  type PageSources,
  type Reference,
} from './schemas.ts';

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
  const glossaryIds = new Set(glossary.map((entry) => entry.id));
  const usedTerms = new Set<string>();
  // Every reference key a page's text cites: with the keys the served files list, the texts the
  // browser shows (citedReferenceKeys).
  const citedInText = new Set<string>();
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
      const meta = loadLessonFile(root, file, references, glossaryIds, usedTerms, citedInText, problems);
      if (!meta) continue;
      // Every patient lesson has one self-check, and no other lesson has one.
      checkSelfCheckPlacement(file, track.id, meta.embeds, problems);
      // Every patient lesson ends with a teach-back step (its own file next to the lesson).
      if (track.id === 'patient') {
        const teachBack = loadTeachBack(root, file, references, problems);
        if (teachBack) dataFiles[teachBackPath(file)] = teachBack;
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
  for (const name of readdirSync(lessonsDir).filter((n) => n.endsWith('.svx'))) {
    const file = `lessons/${name}`;
    embedsByFile.set(
      file,
      checkPageFile(root, file, references, glossaryIds, usedTerms, citedInText, problems),
    );
  }
  if (glossary.length > 0) {
    checkTermsUsed(glossary, usedTerms, problems);
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
  return { course, lessons, references, cited, glossary, her2Diagram, quizzes, dataFiles };
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

/** The teach-back file next to a patient lesson file. */
const teachBackPath = (lessonFile: string) => lessonFile.replace(/[^/]+$/, teachBackFile);

function loadLessonFile(
  root: string,
  file: string,
  references: Record<string, Reference>,
  glossaryIds: ReadonlySet<string>,
  usedTerms: Set<string>,
  citedInText: Set<string>,
  problems: ProblemList,
): LessonTrackMeta | null {
  const path = join(root, file);
  if (!existsSync(path)) {
    problems.add(file, '(file)', 'file is missing: every lesson needs one file per track in course.yaml');
    return null;
  }
  let split;
  const source = readFileSync(path, 'utf8');
  try {
    split = splitFrontmatter(source);
  } catch (error) {
    problems.add(file, 'frontmatter', (error as Error).message.split('\n')[0] ?? 'unreadable');
    return null;
  }
  const meta = parseInto(LessonFrontmatterSchema, split.data, file, problems);
  if (!meta) return null;
  checkCitations(file, split.body, meta.references, references, problems);
  checkBodySources(file, split.body, split.bodyLine, references, problems);
  for (const key of citedKeys(split.body)) citedInText.add(key);
  if (citedKeys(split.body).length === 0) {
    problems.add(
      file,
      '(body)',
      'the lesson cites nothing: follow each clinical statement with a key such as [@R1]',
    );
  }
  checkTermUsage(split.body, file, glossaryIds, problems);
  for (const id of termIdsIn(split.body)) usedTerms.add(id);
  return { ...meta, file, embeds: checkEmbeds(file, source, problems) };
}

/** Reports what a lesson may not contain (with its line) and lists the elements it embeds. */
function checkEmbeds(file: string, source: string, problems: ProblemList): LessonEmbed[] {
  const found = findEmbeds(source);
  for (const p of found.problems) problems.add(file, p.where, p.reason, p.line);
  const folder = file.slice(0, file.lastIndexOf('/'));
  return found.uses.map((use) => ({
    tag: use.tag,
    name: use.name,
    line: use.line,
    data: use.definition.dataFile && `${folder}/${use.definition.dataFile}`,
  }));
}

/**
 * Course pages outside the lesson folders (lessons/about.svx, lessons/handout.svx): frontmatter is
 * optional, but whatever they cite must resolve, and a listed reference set must match the text.
 */
function checkPageFile(
  root: string,
  file: string,
  references: Record<string, Reference>,
  glossaryIds: ReadonlySet<string>,
  usedTerms: Set<string>,
  citedInText: Set<string>,
  problems: ProblemList,
): LessonEmbed[] {
  const source = readFileSync(join(root, file), 'utf8');
  let body = source;
  let bodyLine = 1;
  let listed: string[] | null = null;
  if (source.startsWith('---')) {
    try {
      const split = splitFrontmatter(source);
      body = split.body;
      bodyLine = split.bodyLine;
      const meta = parseInto(PageFrontmatterSchema, split.data, file, problems);
      listed = meta?.references ?? null;
      if (meta?.sources) checkSourcesLine(file, body, meta.sources, problems);
    } catch (error) {
      problems.add(file, 'frontmatter', (error as Error).message.split('\n')[0] ?? 'unreadable');
      return [];
    }
  }
  checkCitations(file, body, listed, references, problems);
  for (const key of citedKeys(body)) citedInText.add(key);
  checkBodySources(file, body, bodyLine, references, problems);
  checkTermUsage(body, file, glossaryIds, problems);
  for (const id of termIdsIn(body)) usedTerms.add(id);
  return checkEmbeds(file, source, problems);
}

/** A page's "Sources" line stands for exactly the references its text cites, so the print is complete. */
function checkSourcesLine(file: string, body: string, sources: PageSources, problems: ProblemList): void {
  const named = new Set(sources.flatMap((source) => source.references));
  const cited = citedKeys(body);
  for (const key of cited)
    if (!named.has(key))
      problems.add(file, 'sources', `the text cites "${key}": name it in one of the sources`);
  sources.forEach((source, i) =>
    source.references.forEach((key, j) => {
      if (!cited.includes(key))
        problems.add(file, `sources[${i}].references[${j}]`, `"${key}" is not cited in the text`);
    }),
  );
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

/** Every key listed or cited must resolve; with a list, the text may cite only listed keys. */
function checkCitations(
  file: string,
  body: string,
  listed: string[] | null,
  references: Record<string, Reference>,
  problems: ProblemList,
): void {
  listed?.forEach((key, i) => {
    if (!references[key])
      problems.add(
        file,
        `references[${i}]`,
        `unknown reference key "${key}": add it to lessons/references.yaml`,
      );
  });
  for (const key of citedKeys(body)) {
    if (!references[key])
      problems.add(file, '(body)', `cites unknown reference key "${key}": add it to lessons/references.yaml`);
    else if (listed && !listed.includes(key))
      problems.add(file, 'references', `the text cites "${key}", so list it under references`);
  }
  // A group the citation pattern does not recognise would reach the learner as raw text and escape
  // every check above, so it is an error.
  for (const left of body.replace(citationGroup, '').matchAll(/\[@[^\]\n]*\]?/g))
    problems.add(
      file,
      '(body)',
      `malformed citation ${left[0]}: write [@R1], [@R1; @R2], [@R1 §2.5] or [@R1 Boxed Warning]`,
    );
}
