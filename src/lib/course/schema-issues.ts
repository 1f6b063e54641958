// Turns valibot issues into content problems with a readable dotted field path.
import * as v from 'valibot';
import type { ProblemList } from './content-error.ts';

export function fieldPath(issue: v.BaseIssue<unknown>): string {
  const path = issue.path ?? [];
  let out = '';
  for (const item of path) {
    const key = (item as { key?: unknown }).key;
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || '(top level)';
}

/** Parses `data` with `schema`; records every issue against `file` and returns the output or null. */
export function parseInto<const S extends v.GenericSchema>(
  schema: S,
  data: unknown,
  file: string,
  problems: ProblemList,
): v.InferOutput<S> | null {
  const result = v.safeParse(schema, data);
  if (result.success) return result.output;
  for (const issue of result.issues) problems.add(file, fieldPath(issue), issue.message);
  return null;
}
