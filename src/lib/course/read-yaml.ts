// Reads one YAML content file, turning a missing file or a YAML syntax error into a content
// problem (file, field, reason) instead of an exception, so one build reports every mistake.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { ProblemList } from './content-error.ts';

/** `file` is relative to `root`, e.g. `lessons/course.yaml`. Returns undefined after a problem. */
export function readYaml(
  root: string,
  file: string,
  problems: ProblemList,
  whenMissing = 'file is missing',
): unknown {
  const path = join(root, file);
  if (!existsSync(path)) {
    problems.add(file, '(file)', whenMissing);
    return undefined;
  }
  try {
    return parse(readFileSync(path, 'utf8'));
  } catch (error) {
    problems.add(file, '(file)', `not valid YAML: ${(error as Error).message.split('\n')[0]}`);
    return undefined;
  }
}
