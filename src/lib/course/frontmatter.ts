// Splits a lesson file into its YAML frontmatter and markdown body (the same `---` fences mdsvex reads).
import { parse } from 'yaml';

const fence = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

export interface SplitLesson {
  data: unknown;
  body: string;
  /** Line number (1-based) where the body starts, for error messages. */
  bodyLine: number;
}

/** Throws an Error whose message says what is wrong; the caller adds the file name. */
export function splitFrontmatter(source: string): SplitLesson {
  const match = fence.exec(source);
  if (!match) throw new Error('the file must start with a frontmatter block between two "---" lines');
  const yamlText = match[1] ?? '';
  return {
    data: parse(yamlText),
    body: source.slice(match[0].length),
    bodyLine: match[0].split('\n').length,
  };
}
