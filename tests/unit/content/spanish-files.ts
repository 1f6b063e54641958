// Where the Spanish (es-US) patient track keeps each file: beside its English file, with ".es" before
// the extension. The list starts from the English files, so a Spanish file that is missing fails its
// test by name instead of going unseen.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';

export interface FilePair {
  english: string;
  spanish: string;
}

/** `lessons/01-x/patient.svx` → `lessons/01-x/patient.es.svx`. */
export const spanishFile = (english: string): string => english.replace(/\.(svx|yaml)$/, '.es.$1');

const pair = (english: string): FilePair => ({ english, spanish: spanishFile(english) });

/** The lesson folders, in course order (lessons/course.yaml). */
export function lessonFolders(): string[] {
  const course = parse(readFileSync('lessons/course.yaml', 'utf8')) as { lessons: Array<{ folder: string }> };
  return course.lessons.map((lesson) => `lessons/${lesson.folder}`);
}

/** Every patient page (six lessons and the take-home sheet) with its Spanish page. */
export function patientPages(): FilePair[] {
  return [
    ...lessonFolders()
      .map((folder) => `${folder}/patient.svx`)
      .filter((file) => existsSync(file)),
    'lessons/handout.svx',
  ].map(pair);
}

/** One named file of each lesson folder that has it (self-check.yaml, teach-back.yaml), with its Spanish file. */
export function lessonFiles(name: string): FilePair[] {
  return lessonFolders()
    .map((folder) => `${folder}/${name}`)
    .filter((file) => existsSync(file))
    .map(pair);
}

/** Each scene's settings file (`*-scene.yaml` in a lesson folder), with its Spanish overlay. */
export function sceneFiles(): FilePair[] {
  return lessonFolders().flatMap((folder) =>
    readdirSync(folder)
      .filter((name) => name.endsWith('-scene.yaml'))
      .map((name) => pair(`${folder}/${name}`)),
  );
}
