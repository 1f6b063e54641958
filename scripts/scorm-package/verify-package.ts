// Re-reads a finished zip and runs every check on what is really inside it: the official schemas
// (xmllint), the checks the schemas miss, and the built files' outside references.
import { strFromU8, unzipSync } from 'fflate';
import type { ScormVersion } from './manifest-input';
import { checkManifest, manifestFileName } from './manifest-checks';
import { findOutsideReferences } from './scan-built-files';
import { validateWithSchema } from './validate-with-schema';

export interface PackageReport {
  entries: string[];
  /** Names of the checks that ran, for the summary. */
  checks: string[];
  problems: string[];
}

export function scanForOutsideReferences(
  files: Map<string, Uint8Array> | Record<string, Uint8Array>,
): string[] {
  const entries = files instanceof Map ? [...files] : Object.entries(files);
  return entries.flatMap(([path, data]) =>
    findOutsideReferences(path, /\.(html?|m?js|css)$/i.test(path) ? strFromU8(data) : '').map(
      (found) => `${found.file}: ${found.context} refers to "${found.reference}", outside the package`,
    ),
  );
}

export function verifyScormZip(zip: Uint8Array, version: ScormVersion, schemaFiles: string[]): PackageReport {
  const files = unzipSync(zip);
  const entries = Object.keys(files).filter((path) => !path.endsWith('/'));
  const manifestBytes = files[manifestFileName];
  if (!manifestBytes)
    return { entries, checks: [], problems: [`${manifestFileName} is not at the root of the zip`] };
  const manifest = strFromU8(manifestBytes);
  const schema = validateWithSchema(manifest, version);
  const problems = [
    ...schema.problems,
    ...checkManifest(manifest, version, { entries, schemaFiles }),
    ...scanForOutsideReferences(files),
  ];
  return {
    entries,
    checks: [
      'official schema (xmllint)',
      'files listed = files in zip',
      'identifierrefs',
      'relative paths only',
      'schemaversion',
      'scormType spelling',
      'no outside fetches',
    ],
    problems,
  };
}
