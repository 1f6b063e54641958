// What a SCORM manifest is generated from: the validated course outline plus the list of built files.
import type { Course } from '../../src/lib/course/schemas';

export type ScormVersion = 'scorm12' | 'scorm2004';

export interface ManifestInput {
  /** course.yaml `id`: the source of every identifier, so they stay stable across course versions. */
  courseId: string;
  title: string;
  description: string;
  version: string;
  /** Launch page of the one SCO, relative to the package root. */
  launch: string;
  /** Every content file of the SCO (POSIX paths relative to the package root), launch page included. */
  files: string[];
}

/** The launch page every build of the course has (SvelteKit's static adapter writes it). */
export const launchPage = 'index.html';

export function manifestInputFrom(course: Course, files: string[]): ManifestInput {
  return {
    courseId: course.id,
    title: course.title,
    description: course.description,
    version: course.version,
    launch: launchPage,
    files,
  };
}
