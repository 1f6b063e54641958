// The file each lesson folder keeps its teach-back in, next to patient.svx (read by the build check
// and by the lesson page; kept apart from the schema so pages do not carry the validator). A Spanish
// page's teach-back is its sibling `teach-back.es.yaml`.
import { languageOfFile, translatedName } from '../course/translations.ts';

export const teachBackFile = 'teach-back.yaml';

/** The teach-back file beside a patient page, in the page's language. */
export function teachBackFileOf(lessonFile: string): string {
  const language = languageOfFile(lessonFile);
  const name = language ? translatedName(teachBackFile, language) : teachBackFile;
  return lessonFile.replace(/[^/]+$/, name);
}

/** True for a teach-back file name in any language (`teach-back.yaml`, `teach-back.es.yaml`). */
export function isTeachBackFile(name: string): boolean {
  return name === teachBackFile || /^teach-back\.[a-z]{2}\.yaml$/.test(name);
}
