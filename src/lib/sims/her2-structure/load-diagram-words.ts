// Build-time loader for the HER2 diagram's words (lessons/her2-receptor-diagram.yaml): validated like
// the rest of the content, so a missing region label or a misspelt slot fails the build with the field.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { ProblemList } from '../../course/content-error.ts';
import { readYaml } from '../../course/read-yaml.ts';
import { parseInto } from '../../course/schema-issues.ts';
import type { Reference } from '../../course/schemas.ts';
import { DiagramWordsSchema, type DiagramWords } from './diagram-words.ts';

export const diagramWordsFile = 'lessons/her2-receptor-diagram.yaml';

/** The diagram's words, or null for a course without the file (nothing then may draw the diagram). */
export function loadDiagramWords(
  root: string,
  references: Record<string, Reference>,
  problems: ProblemList,
): DiagramWords | null {
  if (!existsSync(join(root, diagramWordsFile))) return null;
  const data = readYaml(root, diagramWordsFile, problems);
  if (data === undefined) return null;
  const words = parseInto(DiagramWordsSchema, data, diagramWordsFile, problems);
  words?.references.forEach((key, i) => {
    if (!references[key])
      problems.add(diagramWordsFile, `references[${i}]`, `unknown reference key "${key}"`);
  });
  return words ?? null;
}
