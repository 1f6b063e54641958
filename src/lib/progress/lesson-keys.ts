// How the learner's record names lessons: by the stable `id` of lessons/course.yaml, never by the
// folder an author may renumber, reorder or rename. The course's pages are addressed by folder
// (`/nursing/01-first-steps`); the saved place uses the id instead (`/nursing/first-steps`), and a
// place or lesson number written by version 1.0.0 is read through the course's
// `version1LessonNumbers` table.

export interface LessonIdentity {
  id: string;
  slug: string;
}

// A lesson page, in English or under a translation's language segment (`/es/patient/…`).
const lessonPath = /^(\/[a-z]{2})?\/(nursing|patient)\/([^/?#]+)\/?$/;
const numbered = /^(\d{2})-/;

export class LessonKeys {
  private readonly idBySlug = new Map<string, string>();
  private readonly slugById = new Map<string, string>();
  private readonly version1 = new Map<string, string>();

  /**
   * `version1Numbers`: the two-digit folder numbers version 1.0.0 saved, and the lesson id each was.
   * Without a table, a number means the folder that has it now (true until folders are renumbered).
   */
  constructor(lessons: readonly LessonIdentity[], version1Numbers?: Readonly<Record<string, string>>) {
    for (const { id, slug } of lessons) {
      this.idBySlug.set(slug, id);
      this.slugById.set(id, slug);
    }
    if (version1Numbers) {
      for (const [number, id] of Object.entries(version1Numbers)) this.version1.set(number, id);
    } else {
      for (const { id, slug } of lessons) {
        const number = numbered.exec(slug)?.[1];
        if (number && !this.version1.has(number)) this.version1.set(number, id);
      }
    }
  }

  /** The record's keys for the current course outline. */
  static of(outline: {
    course: { version1LessonNumbers?: Readonly<Record<string, string>> };
    lessons: readonly LessonIdentity[];
  }): LessonKeys {
    return new LessonKeys(outline.lessons, outline.course.version1LessonNumbers);
  }

  idOf(slug: string): string | null {
    return this.idBySlug.get(slug) ?? null;
  }

  slugOf(id: string): string | null {
    return this.slugById.get(id) ?? null;
  }

  /** The current folder of the lesson version 1.0.0 saved as number `number` ("01"), if it is still here. */
  slugOfVersion1Number(number: string): string | null {
    const id = this.version1.get(number);
    return id ? this.slugOf(id) : null;
  }

  /** The place to save for an in-app path: a lesson path names the lesson by id. */
  placeOf(path: string): string {
    const match = lessonPath.exec(path);
    const id = match ? this.idOf(match[3]!) : null;
    return match && id ? `${match[1] ?? ''}/${match[2]}/${id}` : path;
  }

  /**
   * The in-app path for a saved place: an id place, a 1.0.0 place (`/nursing/01-first-steps`, read
   * by its number) or a current folder. '' when the lesson is no longer in the course.
   */
  pathOf(place: string): string {
    const match = lessonPath.exec(place);
    if (!match) return place;
    const [, language = '', track, key] = match as unknown as [string, string | undefined, string, string];
    const number = numbered.exec(key)?.[1];
    const slug = this.slugOf(key) ?? (number ? this.slugOfVersion1Number(number) : null);
    return slug ? `${language}/${track}/${slug}` : '';
  }
}
