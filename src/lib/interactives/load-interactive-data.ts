// Build-time validation of the four interactive data files under lessons/ (HER2 classifier, dose drill,
// look-alike drill, cardiac simulator): schema, cross-checks and reference keys. Problems go to the
// shared ProblemList so an author sees file, field and reason for every mistake in one build.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { GenericSchema, InferOutput } from 'valibot';
import type { ProblemList } from '../course/content-error.ts';
import type { Reference } from '../course/schemas.ts';
import { readYaml } from '../course/read-yaml.ts';
import { parseInto } from '../course/schema-issues.ts';
import { checkCardiacData } from './cardiac-hold/check-data.ts';
import { CardiacHoldRulesSchema } from './cardiac-hold/schema.ts';
import { checkDosingData } from './dose-drill/check-data.ts';
import { DosingSchema } from './dose-drill/schema.ts';
import { checkHer2Data } from './her2-classifier/check-data.ts';
import { Her2ClassificationSchema } from './her2-classifier/schema.ts';
import { checkLookAlikeData } from './look-alike/check-data.ts';
import { LookAlikesSchema } from './look-alike/schema.ts';
import { referenceUses } from './reference-keys.ts';

export const interactiveDataFiles = {
  her2Classification: 'lessons/03-her2-testing/her2-classification.yaml',
  dosing: 'lessons/05-giving-herceptin-safely/dosing.yaml',
  lookAlikes: 'lessons/05-giving-herceptin-safely/look-alikes.yaml',
  cardiacHoldRules: 'lessons/06-side-effects-and-monitoring/cardiac-hold-rules.yaml',
} as const;

export interface InteractiveData {
  her2Classification: InferOutput<typeof Her2ClassificationSchema> | null;
  dosing: InferOutput<typeof DosingSchema> | null;
  lookAlikes: InferOutput<typeof LookAlikesSchema> | null;
  cardiacHoldRules: InferOutput<typeof CardiacHoldRulesSchema> | null;
}

function loadOne<const S extends GenericSchema>(
  root: string,
  file: string,
  schema: S,
  check: (data: InferOutput<S>, file: string, problems: ProblemList) => void,
  references: Record<string, Reference>,
  problems: ProblemList,
): InferOutput<S> | null {
  // A course without the lesson that embeds this element (e.g. a test fixture) needs no data for it;
  // once the lesson folder exists, the file is required.
  if (!existsSync(dirname(join(root, file)))) return null;
  const raw = readYaml(
    root,
    file,
    problems,
    'file is missing: the interactive element that uses it cannot be built',
  );
  if (raw === undefined) return null;
  const data = parseInto(schema, raw, file, problems);
  if (!data) return null;
  for (const use of referenceUses(data)) {
    if (!references[use.key])
      problems.add(file, use.field, `unknown reference key "${use.key}": add it to lessons/references.yaml`);
  }
  check(data, file, problems);
  return data;
}

/** Validates the interactive data files under `root`; records problems and returns what parsed. */
export function loadInteractiveData(
  root: string,
  references: Record<string, Reference>,
  problems: ProblemList,
): InteractiveData {
  const files = interactiveDataFiles;
  return {
    her2Classification: loadOne(
      root,
      files.her2Classification,
      Her2ClassificationSchema,
      checkHer2Data,
      references,
      problems,
    ),
    dosing: loadOne(root, files.dosing, DosingSchema, checkDosingData, references, problems),
    lookAlikes: loadOne(root, files.lookAlikes, LookAlikesSchema, checkLookAlikeData, references, problems),
    cardiacHoldRules: loadOne(
      root,
      files.cardiacHoldRules,
      CardiacHoldRulesSchema,
      checkCardiacData,
      references,
      problems,
    ),
  };
}
