// The one identifier scheme for everything the course sends an LMS: objective ids, interaction ids,
// and the choice, step, region and matching identifiers inside responses and correct patterns.
//
// Why letters and digits only: the SCORM data types allow more (1.2 CMIIdentifier: no spaces, 255
// characters, RTE §3.4.2; 2004 short_identifier_type: URI characters, 250, RTE §4.1.1.2), but LMS
// runtimes check more strictly than the specification. Moodle's 2004 player checks short identifiers
// against `^[\w\.]{1,250}$` (no `-`), and other runtimes refuse `-`, `_` and `.` as well. Letters and
// digits pass every one of them, and keep the `[.]` / `[,]` / `.` / `,` delimiters of responses
// unambiguous.
//
// The course's own ids (item `q-023`, objective `goal-two`, lesson `first-steps`) are turned into camelCase:
// each run of other characters is dropped and the next letter is upper-cased (`q-023` → `q023`,
// `lesson-first-steps` → `lessonFirstSteps`, `domain-iv` → `domainIv`). The mapping is deterministic,
// and `identifierCollisions` (run by the content check, so a clash fails the build) guarantees that no
// two course ids in one namespace map to the same identifier, which makes it reversible with
// `IdentifierMap`.

/** The shortest limit among the data types and runtimes (2004 short_identifier_type, Moodle). */
export const SCORM_IDENTIFIER_MAX = 250;

/** What every identifier the course sends must match: the strictest runtime rule above. */
export const strictIdentifier = /^[A-Za-z0-9]{1,250}$/;

/** The LMS identifier for one of the course's own ids. Pure and deterministic. */
export function scormId(courseId: string): string {
  const parts = courseId.split(/[^A-Za-z0-9]+/).filter(Boolean);
  const joined = parts
    .map((part, index) => (index === 0 ? part : part.charAt(0).toUpperCase() + part.slice(1)))
    .join('');
  // Never reached for content that passed the build check (empty or over-long ids fail there).
  return (joined || 'id').slice(0, SCORM_IDENTIFIER_MAX);
}

/** The objective id of a lesson, from its stable `id` in lessons/course.yaml (`lessonFirstSteps`). */
export function lessonObjectiveId(lessonId: string): string {
  return scormId(`lesson-${lessonId}`);
}

/** One course id that will be sent, with where it comes from (for the build's error message). */
export interface SentIdentifier {
  /** Ids that share a namespace must map to distinct identifiers (e.g. all objective ids). */
  namespace: string;
  id: string;
  /** File and field the id is written in, for the build's message. */
  file: string;
  field: string;
}

export interface IdentifierProblem {
  file: string;
  field: string;
  reason: string;
}

const at = (entry: SentIdentifier) => ({ file: entry.file, field: entry.field });

/**
 * Every way a set of course ids could break the scheme: an id with no letter or digit, one whose
 * identifier is longer than the limit, and two different ids of one namespace that map to the same
 * identifier (then the LMS record could not be mapped back).
 */
export function identifierCollisions(ids: readonly SentIdentifier[]): IdentifierProblem[] {
  const problems: IdentifierProblem[] = [];
  const seen = new Map<string, SentIdentifier>();
  for (const entry of ids) {
    const letters = entry.id.replace(/[^A-Za-z0-9]/g, '');
    if (!letters) {
      problems.push({ ...at(entry), reason: `id "${entry.id}" needs at least one letter or digit` });
      continue;
    }
    if (letters.length > SCORM_IDENTIFIER_MAX) {
      problems.push({
        ...at(entry),
        reason: `id "${entry.id.slice(0, 40)}…" is too long for an LMS (at most ${SCORM_IDENTIFIER_MAX} letters and digits)`,
      });
      continue;
    }
    const key = `${entry.namespace}\u0000${scormId(entry.id)}`;
    const other = seen.get(key);
    if (other && other.id !== entry.id) {
      problems.push({
        ...at(entry),
        reason: `id "${entry.id}" is sent to the LMS as "${scormId(entry.id)}", like "${other.id}" (${other.file}: ${other.field}): rename one`,
      });
    } else if (!other) seen.set(key, entry);
  }
  return problems;
}

/** The mapping back from LMS identifiers to the course's own ids (for reports and tracking data). */
export class IdentifierMap {
  private readonly back = new Map<string, string>();

  constructor(courseIds: Iterable<string>) {
    for (const id of courseIds) this.back.set(scormId(id), id);
  }

  /** The course id an LMS identifier stands for, or null when it is not one of the known ids. */
  courseId(identifier: string): string | null {
    return this.back.get(identifier) ?? null;
  }
}
