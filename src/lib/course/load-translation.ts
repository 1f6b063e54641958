// Build-time part that reads the Spanish (es-US) patient track: `patient.es.svx` beside each patient
// lesson and `handout.es.svx` beside the handout — all of them or none — held to the English page's
// frontmatter (the same objective ids, minutes and references), with its own glossary words,
// teach-backs and the `.es.yaml` data its pages embed (checked with the lessons' data,
// load-lesson-data.ts). Every problem names file, field and reason. Node only.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { LessonEmbed } from '../embeds/load-lesson-data.ts';
import { checkTermsUsed, type GlossaryEntry } from '../glossary/load-glossary.ts';
import { loadTranslatedGlossary, translatedGlossaryFile } from '../glossary/load-translated-glossary.ts';
import { checkSelfCheckPlacement } from '../interactives/self-check/check-placement.ts';
import type { DiagramWords } from '../sims/her2-structure/diagram-words.ts';
import {
  loadTranslatedDiagramWords,
  translatedDiagramFile,
} from '../sims/her2-structure/load-diagram-words.ts';
import { findEmbed } from '../embeds/embed-registry.ts';
import { loadTeachBack } from '../teach-back/load-teach-back.ts';
import { teachBackFileOf } from '../teach-back/teach-back-file.ts';
import type { ProblemList } from './content-error.ts';
import { loadTranslatedCourse, translatedCourseFile } from './load-translated-course.ts';
import type { LessonEntry, LessonTrackMeta, TranslatedPages } from './course-content.ts';
import { checkPageFile, loadLessonFile, type PageCheck } from './lesson-file.ts';
import type { LessonFrontmatter, PageFrontmatter, Reference } from './schemas.ts';
import {
  translatedName,
  translatedPages,
  translatedTrack,
  translationLanguages,
  type TranslationLanguage,
} from './translations.ts';

export interface TranslationInput {
  root: string;
  lessons: readonly LessonEntry[];
  glossary: readonly GlossaryEntry[];
  /** The English words of the HER2 diagram (null: the course has none). */
  her2Diagram: DiagramWords | null;
  references: Record<string, Reference>;
  /** The English course pages' frontmatter (lessons/handout.svx …), by file. */
  pages: ReadonlyMap<string, PageFrontmatter | null>;
  citedInText: Set<string>;
  problems: ProblemList;
}

export interface LoadedTranslation {
  pages: TranslatedPages;
  /** Each translated page and the elements it embeds (their data files are the `.es.yaml` siblings). */
  embedsByFile: Map<string, LessonEmbed[]>;
  /** The translated teach-backs, by file. */
  dataFiles: Record<string, unknown>;
}

/** The translated pages of every language that has any; a language with none is left out. */
export function loadTranslations(
  input: TranslationInput,
): Partial<Record<TranslationLanguage, LoadedTranslation>> {
  const out: Partial<Record<TranslationLanguage, LoadedTranslation>> = {};
  for (const language of translationLanguages) {
    const loaded = loadTranslation(input, language);
    if (loaded) out[language] = loaded;
  }
  return out;
}

/** The course pages a translation has: one per patient lesson, and the translated course pages. */
function expectedFiles(input: TranslationInput, language: TranslationLanguage) {
  const lessons = input.lessons.flatMap((lesson) => {
    const meta = lesson.tracks[translatedTrack];
    return meta ? [{ slug: lesson.slug, english: meta, file: translatedName(meta.file, language) }] : [];
  });
  const pages = [...input.pages.keys()]
    .filter((file) => (translatedPages as readonly string[]).includes(file))
    .map((file) => ({ english: file, file: translatedName(file, language) }));
  return { lessons, pages };
}

function loadTranslation(input: TranslationInput, language: TranslationLanguage): LoadedTranslation | null {
  const { root, problems } = input;
  const expected = expectedFiles(input, language);
  const all = [...expected.lessons.map((l) => l.file), ...expected.pages.map((p) => p.file)];
  reportStrayPages(input, language, all);
  const present = all.filter((file) => existsSync(join(root, file)));
  const glossaryFile = translatedGlossaryFile(language);
  const hasGlossary = existsSync(join(root, glossaryFile));
  const diagramFile = translatedDiagramFile(language);
  const hasDiagram = existsSync(join(root, diagramFile));
  const courseWordsFile = translatedCourseFile(language);
  const hasCourseWords = existsSync(join(root, courseWordsFile));
  if (present.length === 0) {
    for (const file of [
      hasGlossary && glossaryFile,
      hasDiagram && diagramFile,
      hasCourseWords && courseWordsFile,
    ].filter(Boolean))
      problems.add(
        file as string,
        '(file)',
        `no page is written in this language (no ${all[0] ?? `*.${language}.svx`}), so nothing reads this file: add the pages, or remove the file`,
      );
    return null;
  }
  // All or none: a learner who switches language must never land on a page that is not there.
  for (const file of all.filter((f) => !present.includes(f)))
    problems.add(
      file,
      '(file)',
      `file is missing: the ${language} patient track has a page for every patient lesson and the handout, and ${present.length} of ${all.length} are written (such as ${present[0]})`,
    );

  const glossary = hasGlossary ? loadTranslatedGlossary(root, language, input.glossary, problems) : [];
  const check: PageCheck = {
    root,
    references: input.references,
    glossaryIds: new Set(glossary.map((entry) => entry.id)),
    glossaryFile,
    usedTerms: new Set<string>(),
    citedInText: input.citedInText,
    problems,
  };
  const pages: TranslatedPages = {
    course: loadTranslatedCourse(root, language, problems),
    lessons: {},
    handout: null,
    glossary,
    her2Diagram: null,
  };
  const embedsByFile = new Map<string, LessonEmbed[]>();
  const dataFiles: Record<string, unknown> = {};
  for (const { slug, english, file } of expected.lessons) {
    if (!present.includes(file)) continue;
    const meta = loadLessonFile(check, file, 'file is missing');
    if (!meta) continue;
    sameFrontmatter(file, english, meta, problems);
    checkSelfCheckPlacement(file, translatedTrack, meta.embeds, problems);
    const teachBack = loadTeachBack(root, file, input.references, problems);
    if (teachBack) dataFiles[teachBackFileOf(file)] = teachBack;
    embedsByFile.set(file, meta.embeds);
    pages.lessons[slug] = meta;
  }
  for (const { english, file } of expected.pages) {
    if (!present.includes(file)) continue;
    const checked = checkPageFile(check, file);
    embedsByFile.set(file, checked.embeds);
    const base = input.pages.get(english);
    if (checked.meta && base) samePageFrontmatter(file, english, base, checked.meta, problems);
    pages.handout = file;
  }
  if (hasGlossary) checkTermsUsed(glossary, check.usedTerms, problems, glossaryFile);
  pages.her2Diagram = diagramWords(input, language, embedsByFile, hasDiagram);
  return { pages, embedsByFile, dataFiles };
}

/** A translated page that draws the HER2 diagram needs its words in that language; nothing else reads them. */
function diagramWords(
  input: TranslationInput,
  language: TranslationLanguage,
  embedsByFile: ReadonlyMap<string, LessonEmbed[]>,
  present: boolean,
): DiagramWords | null {
  const file = translatedDiagramFile(language);
  const drawing = [...embedsByFile].flatMap(([page, embeds]) =>
    embeds
      .filter((embed) => findEmbed(embed.tag, embed.name)?.drawsDiagram)
      .map((embed) => ({ page, embed })),
  );
  const first = drawing[0];
  if (!first) {
    if (present)
      input.problems.add(
        file,
        '(file)',
        'no page in this language draws the HER2 diagram, so nothing reads this file',
      );
    return null;
  }
  if (!present) {
    input.problems.add(
      file,
      '(file)',
      `file is missing: <${first.embed.tag} name="${first.embed.name}"> in ${first.page} (line ${first.embed.line}) draws the HER2 diagram, whose words in this language come from this file`,
    );
    return null;
  }
  return (
    input.her2Diagram && loadTranslatedDiagramWords(input.root, language, input.her2Diagram, input.problems)
  );
}

/** A translated page the course would never show: only the patient lessons and the handout are translated. */
function reportStrayPages(input: TranslationInput, language: TranslationLanguage, wanted: string[]): void {
  const suffix = `.${language}.svx`;
  const folders = ['lessons', ...input.lessons.map((lesson) => `lessons/${lesson.slug}`)];
  const found = folders.flatMap((folder) =>
    existsSync(join(input.root, folder))
      ? readdirSync(join(input.root, folder)).map((name) => `${folder}/${name}`)
      : [],
  );
  for (const file of found.filter((f) => f.endsWith(suffix) && !wanted.includes(f)))
    input.problems.add(
      file,
      '(file)',
      `the course shows no such page: only the ${translatedTrack} lessons (${translatedTrack}${suffix}) and the handout (handout${suffix}) are translated, and the nursing track stays English`,
    );
}

/** Keys in `a` that `b` lacks. */
const without = (a: readonly string[], b: readonly string[]) => a.filter((key) => !b.includes(key));

function sameReferences(
  file: string,
  field: string,
  english: readonly string[],
  translated: readonly string[],
  englishFile: string,
  problems: ProblemList,
): void {
  const missing = without(english, translated);
  const extra = without(translated, english);
  if (missing.length === 0 && extra.length === 0) return;
  const parts = [
    missing.length ? `missing ${missing.join(', ')}` : '',
    extra.length ? `not listed in English: ${extra.join(', ')}` : '',
  ].filter(Boolean);
  problems.add(file, field, `must list the same references as ${englishFile} (${parts.join('; ')})`);
}

/** A translated lesson says the same as the English one: same objective ids in order, minutes and references. */
function sameFrontmatter(
  file: string,
  english: LessonTrackMeta,
  translated: LessonFrontmatter,
  problems: ProblemList,
): void {
  const englishIds = english.objectives.map((objective) => objective.id);
  if (translated.objectives.length !== englishIds.length)
    problems.add(
      file,
      'objectives',
      `lists ${translated.objectives.length} objectives, ${english.file} lists ${englishIds.length}: translate each one, with its id`,
    );
  translated.objectives.forEach((objective, index) => {
    const expected = englishIds[index];
    if (expected !== undefined && objective.id !== expected)
      problems.add(
        file,
        `objectives[${index}].id`,
        `"${objective.id}" is not the id of objective ${index + 1} in ${english.file} ("${expected}"): keep the same ids in the same order`,
      );
  });
  if (translated.minutes !== english.minutes)
    problems.add(
      file,
      'minutes',
      `${translated.minutes}, but ${english.file} says ${english.minutes}: the same lesson takes the same time`,
    );
  sameReferences(file, 'references', english.references, translated.references, english.file, problems);
}

/** A translated course page lists the English page's references and its printed sources in the same groups. */
function samePageFrontmatter(
  file: string,
  englishFile: string,
  english: PageFrontmatter,
  translated: PageFrontmatter,
  problems: ProblemList,
): void {
  sameReferences(file, 'references', english.references, translated.references, englishFile, problems);
  const englishSources = english.sources ?? [];
  const sources = translated.sources ?? [];
  if (sources.length !== englishSources.length)
    problems.add(
      file,
      'sources',
      `names ${sources.length} sources, ${englishFile} names ${englishSources.length}: translate each one`,
    );
  sources.forEach((source, index) => {
    const base = englishSources[index];
    if (base)
      sameReferences(
        file,
        `sources[${index}].references`,
        base.references,
        source.references,
        englishFile,
        problems,
      );
  });
}
