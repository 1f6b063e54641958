// Build-time loader of a translated glossary (`lessons/glossary.es.yaml`): the words of each term in
// that language, for <Term> on the pages written in it. Ids are the English glossary's; the sources
// stay the English entry's (README, "Spanish patient track"). Each problem names file, field, reason.
import * as v from 'valibot';
import type { ProblemList } from '../course/content-error.ts';
import { readYaml } from '../course/read-yaml.ts';
import { parseInto } from '../course/schema-issues.ts';
import { translatedName, type TranslationLanguage } from '../course/translations.ts';
import { glossaryFile, GlossaryEntrySchema, type GlossaryEntry } from './load-glossary.ts';

const TranslatedEntrySchema = v.strictObject(
  {
    id: GlossaryEntrySchema.entries.id,
    term: GlossaryEntrySchema.entries.term,
    definition: GlossaryEntrySchema.entries.definition,
  },
  (issue) =>
    `unknown or malformed field (${issue.expected ?? 'allowed: id, term, definition; the sources are the English entry’s'})`,
);
const TranslatedGlossarySchema = v.array(
  TranslatedEntrySchema,
  'the glossary must be a list of { id, term, definition }',
);

export const translatedGlossaryFile = (language: TranslationLanguage) =>
  translatedName(glossaryFile, language);

/**
 * Reads the glossary of `language`; each entry gets the English entry's references. Returns the
 * entries that passed (none when the file is missing, which is reported by the caller's term check).
 */
export function loadTranslatedGlossary(
  root: string,
  language: TranslationLanguage,
  english: readonly GlossaryEntry[],
  problems: ProblemList,
): GlossaryEntry[] {
  const file = translatedGlossaryFile(language);
  const raw = readYaml(
    root,
    file,
    problems,
    `file is missing: the ${language} pages mark glossary terms, and their words come from this file`,
  );
  if (raw === undefined) return [];
  const entries = parseInto(TranslatedGlossarySchema, raw, file, problems);
  if (!entries) return [];
  const byId = new Map(english.map((entry) => [entry.id, entry]));
  const seen = new Set<string>();
  return entries.flatMap((entry, index) => {
    if (seen.has(entry.id)) {
      problems.add(file, `[${index}].id`, `duplicate id "${entry.id}": each term may appear once`);
      return [];
    }
    seen.add(entry.id);
    const base = byId.get(entry.id);
    if (!base) {
      problems.add(
        file,
        `[${index}].id`,
        `unknown glossary term "${entry.id}": the ids are those of ${glossaryFile}`,
      );
      return [];
    }
    return [base.references ? { ...entry, references: base.references } : entry];
  });
}
