// Build-time loader for lessons/glossary.yaml and for the <Term id="…"> marks in lesson text, so an
// author who misspells a term id or a reference key gets file, field and reason (docs/users.md, the course author).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as v from 'valibot';
import { parse } from 'yaml';
import type { ProblemList } from '../course/content-error.ts';
import { parseInto } from '../course/schema-issues.ts';
import { idPattern, type Reference } from '../course/schemas.ts';

export const glossaryFile = 'lessons/glossary.yaml';

const text = (what: string) =>
  v.pipe(v.string(`${what} must be text`), v.trim(), v.minLength(1, `${what} must not be empty`));

export const GlossaryEntrySchema = v.strictObject(
  {
    id: v.pipe(text('id'), v.regex(idPattern, 'id must be lower-case letters, digits and dashes')),
    term: text('term'),
    definition: text('definition'),
    references: v.optional(
      v.array(v.string('each reference must be a key such as R1'), 'references must be a list of keys'),
    ),
  },
  (issue) => `unknown or malformed field (${issue.expected ?? 'allowed: id, term, definition, references'})`,
);
export type GlossaryEntry = v.InferOutput<typeof GlossaryEntrySchema>;

export const GlossarySchema = v.array(
  GlossaryEntrySchema,
  'the glossary must be a list of { id, term, definition }',
);

/**
 * Reads and validates the glossary. A course without a glossary file has an empty glossary (so any
 * <Term> in a lesson is then reported as unknown); a file that is present must be valid.
 */
export function loadGlossary(
  root: string,
  references: Record<string, Reference>,
  problems: ProblemList,
): GlossaryEntry[] {
  const path = join(root, glossaryFile);
  if (!existsSync(path)) return [];
  let data: unknown;
  try {
    data = parse(readFileSync(path, 'utf8'));
  } catch (error) {
    problems.add(glossaryFile, '(file)', `not valid YAML: ${(error as Error).message.split('\n')[0]}`);
    return [];
  }
  const entries = parseInto(GlossarySchema, data, glossaryFile, problems);
  if (!entries) return [];
  const seen = new Set<string>();
  entries.forEach((entry, index) => {
    if (seen.has(entry.id))
      problems.add(glossaryFile, `[${index}].id`, `duplicate id "${entry.id}": each term may appear once`);
    seen.add(entry.id);
    entry.references?.forEach((key, i) => {
      if (!references[key]) {
        problems.add(
          glossaryFile,
          `[${index}].references[${i}]`,
          `unknown reference key "${key}": add it to lessons/references.yaml`,
        );
      }
    });
  });
  return entries;
}

/** Matches one opening <Term …> tag; its attributes are checked separately. */
const termTag = /<Term\b([^>]*)>/g;
const idAttribute = /\bid\s*=\s*(?:"([^"]*)"|'([^']*)')/;

/** The term ids a body marks with <Term id="…"> (quoted ids only; malformed tags are reported elsewhere). */
export function termIdsIn(body: string): string[] {
  return [...body.matchAll(termTag)].flatMap((match) => {
    const id = idAttribute.exec(match[1] ?? '');
    const value = id?.[1] ?? id?.[2];
    return value === undefined ? [] : [value];
  });
}

/**
 * Every glossary entry must be used: a term no lesson or page marks is a definition no reader meets
 * (and often a sign the lesson wording drifted from the glossary).
 */
export function checkTermsUsed(
  glossary: readonly GlossaryEntry[],
  used: ReadonlySet<string>,
  problems: ProblemList,
  file = glossaryFile,
): void {
  glossary.forEach((entry, index) => {
    if (!used.has(entry.id))
      problems.add(
        file,
        `[${index}] (${entry.id})`,
        `"${entry.term}" is defined but no lesson or page marks it with <Term id="${entry.id}">: mark it where the lesson uses it, or remove the entry`,
      );
  });
}

/**
 * Every <Term> in a lesson body must name, with a literal id, a term that exists in the glossary
 * (`definedIn`: the glossary of the page's language).
 */
export function checkTermUsage(
  body: string,
  file: string,
  glossaryIds: ReadonlySet<string>,
  problems: ProblemList,
  definedIn = glossaryFile,
): void {
  for (const match of body.matchAll(termTag)) {
    const attributes = match[1] ?? '';
    const id = idAttribute.exec(attributes);
    const value = id?.[1] ?? id?.[2];
    if (value === undefined) {
      problems.add(
        file,
        '<Term>',
        `a <Term> needs a quoted id, such as <Term id="amplification">, found <Term${attributes}>`,
      );
    } else if (!glossaryIds.has(value)) {
      problems.add(
        file,
        `<Term id="${value}">`,
        `unknown glossary term "${value}": add it to ${definedIn} or fix the id`,
      );
    }
  }
}
