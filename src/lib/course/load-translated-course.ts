// Build-time loader of a translation's course words (`lessons/course.es.yaml`): the course's title and
// description and the translated track's name, shown on that language's pages in place of course.yaml's
// English. Every problem names file, field and reason. Node only.
import * as v from 'valibot';
import type { ProblemList } from './content-error.ts';
import { readYaml } from './read-yaml.ts';
import { parseInto } from './schema-issues.ts';
import { translatedName, translatedTrack, type TranslationLanguage } from './translations.ts';

const courseFile = 'lessons/course.yaml';

const text = (what: string) =>
  v.pipe(v.string(`${what} must be text`), v.trim(), v.minLength(1, `${what} must not be empty`));

const TrackWordsSchema = v.strictObject(
  { title: text('title'), description: text('description') },
  (issue) => `unknown or malformed field (${issue.expected ?? 'allowed: title, description'})`,
);

const TranslatedCourseSchema = v.strictObject(
  {
    title: text('title'),
    description: text('description'),
    // Only the translated track: the other track's pages stay English, under its English name.
    tracks: v.strictObject(
      { [translatedTrack]: TrackWordsSchema },
      (issue) => `unknown or malformed field (${issue.expected ?? `allowed: ${translatedTrack}`})`,
    ),
  },
  (issue) =>
    `unknown or malformed field (${issue.expected ?? 'allowed: title, description, tracks'}; id, version and the lesson list are course.yaml's)`,
);

export type TranslatedCourse = v.InferOutput<typeof TranslatedCourseSchema>;

export const translatedCourseFile = (language: TranslationLanguage) => translatedName(courseFile, language);

/** Reads the course words of `language`, or null (reported) when the file is missing or malformed. */
export function loadTranslatedCourse(
  root: string,
  language: TranslationLanguage,
  problems: ProblemList,
): TranslatedCourse | null {
  const file = translatedCourseFile(language);
  const raw = readYaml(
    root,
    file,
    problems,
    `file is missing: the ${language} pages name the course and the ${translatedTrack} track in their language, from this file`,
  );
  if (raw === undefined) return null;
  return parseInto(TranslatedCourseSchema, raw, file, problems) ?? null;
}
