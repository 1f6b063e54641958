// Build-time check of the teach-back of every patient lesson (lessons/<lesson>/teach-back.yaml):
// each patient lesson has one, it is well formed, its point ids are distinct, its references resolve,
// and every point's `reteach` names a "##" section of that lesson, so the one-click jump back to
// re-teach a point always lands. Runs in Node with the other content checks.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ProblemList } from '../course/content-error.ts';
import { splitFrontmatter } from '../course/frontmatter.ts';
import { readYaml } from '../course/read-yaml.ts';
import { parseInto } from '../course/schema-issues.ts';
import type { Reference } from '../course/schemas.ts';
import { referenceUses } from '../interactives/reference-keys.ts';
import { sameHeading, sectionHeadings } from './heading-text.ts';
import { TeachBackSchema, type TeachBack } from './schema.ts';
import { teachBackFileOf } from './teach-back-file.ts';

/**
 * `lessonFile`: the patient lesson (project-relative), e.g. `lessons/<lesson>/patient.svx`, or its
 * Spanish sibling `patient.es.svx` (whose teach-back is `teach-back.es.yaml`).
 * Returns the teach-back, or null after recording its problems.
 */
export function loadTeachBack(
  root: string,
  lessonFile: string,
  references: Record<string, Reference>,
  problems: ProblemList,
): TeachBack | null {
  const file = teachBackFileOf(lessonFile);
  const raw = readYaml(
    root,
    file,
    problems,
    `file is missing: every patient lesson ends with a teach-back step (${lessonFile})`,
  );
  if (raw === undefined) return null;
  const data = parseInto(TeachBackSchema, raw, file, problems);
  if (!data) return null;
  for (const use of referenceUses(data)) {
    if (!references[use.key])
      problems.add(file, use.field, `unknown reference key "${use.key}": add it to lessons/references.yaml`);
  }
  const seen = new Set<string>();
  const headings = existsSync(join(root, lessonFile))
    ? sectionHeadings(splitFrontmatter(readFileSync(join(root, lessonFile), 'utf8')).body)
    : [];
  data.points.forEach((point, index) => {
    if (seen.has(point.id))
      problems.add(file, `points[${index}].id`, `point id "${point.id}" is used twice in this file`);
    seen.add(point.id);
    if (!headings.some((heading) => sameHeading(heading, point.reteach)))
      problems.add(
        file,
        `points[${index}].reteach`,
        `"${point.reteach}" is not a "##" heading of ${lessonFile} (its headings: ${headings.join('; ')})`,
      );
  });
  return data;
}
