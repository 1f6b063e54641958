// Build-time checks of one page file (a lesson's `nursing.svx` / `patient.svx`, a course page such as
// `handout.svx`, or the Spanish sibling of either): frontmatter, citations, glossary marks and the
// elements it embeds, each problem with file, field (or line) and reason. Shared by the English and the
// translated pages (load-content.ts, load-translation.ts), so both are held to the same rules.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkTermUsage, termIdsIn } from '../glossary/load-glossary.ts';
import { findEmbeds } from '../embeds/find-embeds.ts';
import type { LessonEmbed } from '../embeds/load-lesson-data.ts';
import type { ProblemList } from './content-error.ts';
import { citationGroup, citedKeys } from './citations.ts';
import type { LessonTrackMeta } from './course-content.ts';
import { splitFrontmatter } from './frontmatter.ts';
import { checkBodySources } from './source-check.ts';
import { parseInto } from './schema-issues.ts';
import {
  LessonFrontmatterSchema,
  PageFrontmatterSchema,
  type PageFrontmatter,
  type PageSources,
  type Reference,
} from './schemas.ts';
import { languageOfFile, translatedName } from './translations.ts';

/** What every page check needs, and the sets it adds to (terms marked, keys cited). */
export interface PageCheck {
  root: string;
  references: Record<string, Reference>;
  /** Term ids the page may mark, and the glossary file that defines them (for the message). */
  glossaryIds: ReadonlySet<string>;
  glossaryFile: string;
  usedTerms: Set<string>;
  citedInText: Set<string>;
  problems: ProblemList;
}

/** A lesson file's frontmatter and embeds, or null after recording its problems. */
export function loadLessonFile(check: PageCheck, file: string, whenMissing: string): LessonTrackMeta | null {
  const { root, references, problems } = check;
  const path = join(root, file);
  if (!existsSync(path)) {
    problems.add(file, '(file)', whenMissing);
    return null;
  }
  let split;
  const source = readFileSync(path, 'utf8');
  try {
    split = splitFrontmatter(source);
  } catch (error) {
    problems.add(file, 'frontmatter', (error as Error).message.split('\n')[0] ?? 'unreadable');
    return null;
  }
  const meta = parseInto(LessonFrontmatterSchema, split.data, file, problems);
  if (!meta) return null;
  checkCitations(file, split.body, meta.references, references, problems);
  checkBodySources(file, split.body, split.bodyLine, references, problems);
  for (const key of citedKeys(split.body)) check.citedInText.add(key);
  if (citedKeys(split.body).length === 0) {
    problems.add(
      file,
      '(body)',
      'the lesson cites nothing: follow each clinical statement with a key such as [@R1]',
    );
  }
  checkTermUsage(split.body, file, check.glossaryIds, problems, check.glossaryFile);
  for (const id of termIdsIn(split.body)) check.usedTerms.add(id);
  return { ...meta, file, embeds: checkEmbeds(file, source, problems) };
}

/**
 * Reports what a page may not contain (with its line) and lists the elements it embeds, each with the
 * data file it reads from the page's folder: the Spanish sibling (`self-check.es.yaml`) for a Spanish
 * page.
 */
export function checkEmbeds(file: string, source: string, problems: ProblemList): LessonEmbed[] {
  const found = findEmbeds(source);
  for (const p of found.problems) problems.add(file, p.where, p.reason, p.line);
  const folder = file.slice(0, file.lastIndexOf('/'));
  const language = languageOfFile(file);
  return found.uses.map((use) => {
    const dataFile = use.definition.dataFile;
    return {
      tag: use.tag,
      name: use.name,
      line: use.line,
      data: dataFile && `${folder}/${language ? translatedName(dataFile, language) : dataFile}`,
    };
  });
}

export interface CheckedPage {
  embeds: LessonEmbed[];
  /** The page's frontmatter when it has one and it is valid. */
  meta: PageFrontmatter | null;
}

/**
 * Course pages outside the lesson folders (lessons/about.svx, lessons/handout.svx): frontmatter is
 * optional, but whatever they cite must resolve, and a listed reference set must match the text.
 */
export function checkPageFile(check: PageCheck, file: string): CheckedPage {
  const { root, references, problems } = check;
  const source = readFileSync(join(root, file), 'utf8');
  let body = source;
  let bodyLine = 1;
  let listed: string[] | null = null;
  let meta: PageFrontmatter | null = null;
  if (source.startsWith('---')) {
    try {
      const split = splitFrontmatter(source);
      body = split.body;
      bodyLine = split.bodyLine;
      meta = parseInto(PageFrontmatterSchema, split.data, file, problems);
      listed = meta?.references ?? null;
      if (meta?.sources) checkSourcesLine(file, body, meta.sources, problems);
    } catch (error) {
      problems.add(file, 'frontmatter', (error as Error).message.split('\n')[0] ?? 'unreadable');
      return { embeds: [], meta: null };
    }
  }
  checkCitations(file, body, listed, references, problems);
  for (const key of citedKeys(body)) check.citedInText.add(key);
  checkBodySources(file, body, bodyLine, references, problems);
  checkTermUsage(body, file, check.glossaryIds, problems, check.glossaryFile);
  for (const id of termIdsIn(body)) check.usedTerms.add(id);
  return { embeds: checkEmbeds(file, source, problems), meta };
}

/** A page's "Sources" line stands for exactly the references its text cites, so the print is complete. */
function checkSourcesLine(file: string, body: string, sources: PageSources, problems: ProblemList): void {
  const named = new Set(sources.flatMap((source) => source.references));
  const cited = citedKeys(body);
  for (const key of cited)
    if (!named.has(key))
      problems.add(file, 'sources', `the text cites "${key}": name it in one of the sources`);
  sources.forEach((source, i) =>
    source.references.forEach((key, j) => {
      if (!cited.includes(key))
        problems.add(file, `sources[${i}].references[${j}]`, `"${key}" is not cited in the text`);
    }),
  );
}

/** Every key listed or cited must resolve; with a list, the text may cite only listed keys. */
function checkCitations(
  file: string,
  body: string,
  listed: string[] | null,
  references: Record<string, Reference>,
  problems: ProblemList,
): void {
  listed?.forEach((key, i) => {
    if (!references[key])
      problems.add(
        file,
        `references[${i}]`,
        `unknown reference key "${key}": add it to lessons/references.yaml`,
      );
  });
  for (const key of citedKeys(body)) {
    if (!references[key])
      problems.add(file, '(body)', `cites unknown reference key "${key}": add it to lessons/references.yaml`);
    else if (listed && !listed.includes(key))
      problems.add(file, 'references', `the text cites "${key}", so list it under references`);
  }
  // A group the citation pattern does not recognise would reach the learner as raw text and escape
  // every check above, so it is an error.
  for (const left of body.replace(citationGroup, '').matchAll(/\[@[^\]\n]*\]?/g))
    problems.add(
      file,
      '(body)',
      `malformed citation ${left[0]}: write [@R1], [@R1; @R2], [@R1 §2.5] or [@R1 Boxed Warning]`,
    );
}
