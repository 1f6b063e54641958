// The shape of the one build-time content part's result (load-content.ts): the course outline, the
// bibliography, the glossary, the quiz catalog and every lesson data file, each validated once. Types
// only, so the loaders, the progress model and the virtual modules share them without importing a
// loader.
import type { LessonEmbed } from '../embeds/load-lesson-data.ts';
import type { GlossaryEntry } from '../glossary/load-glossary.ts';
import type { QuizCatalog } from '../quiz/item-types.ts';
import type { DiagramWords } from '../sims/her2-structure/diagram-words.ts';
import type { Course, LessonFrontmatter, Reference, TrackId } from './schemas.ts';
import type { TranslatedCourse } from './load-translated-course.ts';
import type { TranslationLanguage } from './translations.ts';

export interface LessonTrackMeta extends LessonFrontmatter {
  /** Project-relative path of the .svx file, used to load the body lazily. */
  file: string;
  /** The scenes and drills the file embeds, each with the data file it reads. */
  embeds: LessonEmbed[];
}

export interface LessonEntry {
  /** Stable id from lessons/course.yaml: the learner's record and the LMS know the lesson by it. */
  id: string;
  /** The lesson's folder (and its path in the course), which an author may renumber or rename. */
  slug: string;
  number: number;
  tracks: Partial<Record<TrackId, LessonTrackMeta>>;
}

export interface CourseContent {
  course: Course;
  lessons: LessonEntry[];
  references: Record<string, Reference>;
  /**
   * The reference keys the course cites (its pages' text, its data files, teach-backs and quiz items),
   * in the bibliography's order: the reference texts lessons and quizzes print, served once.
   */
  cited: string[];
  /** Validated lessons/glossary.yaml (empty when the course has none). */
  glossary: GlossaryEntry[];
  /** Words of the HER2 receptor diagram (null when the course has no diagram words file). */
  her2Diagram: DiagramWords | null;
  /** The quiz catalog served as `virtual:quizzes`: quizzes, banks and the citations their items use. */
  quizzes: QuizCatalog;
  /**
   * Every YAML file a lesson page imports (an embedded element's data, a patient lesson's teach-back),
   * by project-relative path, as its schema returned it: the build serves these, never the raw file.
   */
  dataFiles: Record<string, unknown>;
  /** The translated patient track of each language that has one (load-translation.ts). */
  translations: Partial<Record<TranslationLanguage, TranslatedPages>>;
}

/** One language's patient track: its lesson pages, handout and glossary words. */
export interface TranslatedPages {
  /** The course's title and description and the translated track's name, in that language. */
  course: TranslatedCourse | null;
  /** Lesson folder → the translated patient page (its file, frontmatter and embeds). */
  lessons: Record<string, LessonTrackMeta>;
  /** The translated handout, project-relative (`lessons/handout.es.svx`), or null. */
  handout: string | null;
  /** The glossary in that language (ids and sources of the English entries). */
  glossary: GlossaryEntry[];
  /** The HER2 diagram's words in that language, when a page of it draws the diagram. */
  her2Diagram: DiagramWords | null;
}

/** What every page needs: served eagerly as `virtual:course`. */
export type CourseOutline = Pick<CourseContent, 'course' | 'lessons'>;

/** What a translated track's pages need: served lazily as `virtual:translation/<language>`. */
export type TranslationOutline = Pick<TranslatedPages, 'course' | 'lessons' | 'handout'>;
