// Build-time loader for the HER2 diagram's words (lessons/her2-receptor-diagram.yaml): validated like
// the rest of the content, so a missing region label or a misspelt slot fails the build with the field.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { ProblemList } from '../../course/content-error.ts';
import { readYaml } from '../../course/read-yaml.ts';
import { parseInto } from '../../course/schema-issues.ts';
import type { Reference } from '../../course/schemas.ts';
import { translatedName, type TranslationLanguage } from '../../course/translations.ts';
import { mergeSceneOverlay } from '../../embeds/scene-overlay.ts';
import { DiagramWordsSchema, type DiagramWords } from './diagram-words.ts';

export const diagramWordsFile = 'lessons/her2-receptor-diagram.yaml';
/** The diagram's words a translation gives (the hotspot question is nursing only, so it stays English). */
const translatedKeys = ['zones', 'regions', 'sites', 'selected'];

/** The module that serves the diagram's words to a translated page (vite-plugin-course.ts). */
export const translatedDiagramModule = (language: string) => `virtual:her2-diagram/${language}`;

export const translatedDiagramFile = (language: TranslationLanguage) =>
  translatedName(diagramWordsFile, language);

/**
 * The diagram's words in `language`: its overlay file merged onto the English words (the same
 * region ids and slots; sources from the English file), or null after recording its problems.
 */
export function loadTranslatedDiagramWords(
  root: string,
  language: TranslationLanguage,
  english: DiagramWords,
  problems: ProblemList,
): DiagramWords | null {
  const file = translatedDiagramFile(language);
  const data = readYaml(root, file, problems);
  if (data === undefined) return null;
  const merged = mergeSceneOverlay(english, data, translatedKeys, file, problems);
  return merged && parseInto(DiagramWordsSchema, merged, file, problems);
}

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
