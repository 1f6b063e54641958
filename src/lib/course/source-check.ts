// Source policy check: every citation must rest on at least one reference that is not `secondary`
// (README, "How references work"). A citation is one `[@…]` group in lesson or page text, or one
// `references:` list in a YAML content file (quiz item, drill rule, glossary entry, scene settings).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { citationGroup, splitGroup } from './citations.ts';
import type { ProblemList } from './content-error.ts';
import type { Reference } from './schemas.ts';
import { referenceUses } from '../interactives/reference-keys.ts';

const reason = (keys: string[]) =>
  `cites only secondary sources (${keys.join(', ')}): add a label, guideline, trial, review, agency ` +
  'or practice reference that states this, or reword to what such a source says';

/** True when every key resolves and every resolved reference is `secondary`; unknown keys are reported elsewhere. */
function onlySecondary(keys: string[], references: Record<string, Reference>): boolean {
  const found = keys.map((key) => references[key]);
  return found.length > 0 && found.every((ref) => ref?.kind === 'secondary');
}

/** Checks each citation group of a lesson or page body; `firstLine` is the body's line in the file. */
export function checkBodySources(
  file: string,
  body: string,
  firstLine: number,
  references: Record<string, Reference>,
  problems: ProblemList,
): void {
  for (const match of body.matchAll(citationGroup)) {
    const keys = splitGroup(match[1] ?? '').map((entry) => entry.key);
    if (!onlySecondary(keys, references)) continue;
    const line = firstLine + body.slice(0, match.index).split('\n').length - 1;
    problems.add(file, `line ${line} ${match[0]}`, reason(keys));
  }
}

/** Checks each `references:` list in one parsed YAML content file. */
export function checkListSources(
  file: string,
  data: unknown,
  references: Record<string, Reference>,
  problems: ProblemList,
): void {
  const lists = new Map<string, string[]>();
  for (const use of referenceUses(data)) {
    const field = use.field.replace(/\[\d+\]$/, '');
    lists.set(field, [...(lists.get(field) ?? []), use.key]);
  }
  for (const [field, keys] of lists) {
    if (onlySecondary(keys, references)) problems.add(file, field, reason(keys));
  }
}

/** Every YAML file under lessons/ (quiz banks, drill data, glossary, scene settings), sorted. */
export function contentYamlFiles(root: string, dir = 'lessons'): string[] {
  return readdirSync(join(root, dir))
    .sort()
    .flatMap((name) => {
      const file = `${dir}/${name}`;
      if (statSync(join(root, file)).isDirectory()) return contentYamlFiles(root, file);
      return file.endsWith('.yaml') && file !== 'lessons/references.yaml' ? [file] : [];
    });
}

/** Runs the list check over every YAML content file; a file that does not parse is reported by its own loader. */
export function checkYamlSources(
  root: string,
  references: Record<string, Reference>,
  problems: ProblemList,
): void {
  for (const file of contentYamlFiles(root)) {
    let data: unknown;
    try {
      data = parse(readFileSync(join(root, file), 'utf8'));
    } catch {
      continue;
    }
    checkListSources(file, data, references, problems);
  }
}
