// Validates a manifest against the vendored official schemas with xmllint (libxml2-utils), judged
// on the exit status as scripts/scorm-schemas/README.md advises: 0 valid, 1 not well-formed, 3 invalid,
// 5 schema not loadable. --nonet: validation never reaches for the network.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ScormVersion } from './manifest-input';
import { entryPointPath } from './schema-files';

export interface SchemaVerdict {
  valid: boolean;
  /** Empty when valid; otherwise xmllint's error lines (line numbers refer to the manifest). */
  problems: string[];
}

const exitMeaning: Record<number, string> = {
  1: 'imsmanifest.xml is not well-formed XML',
  3: 'imsmanifest.xml does not match the official schema',
  4: 'xmllint could not read imsmanifest.xml',
  5: 'the schema could not be loaded',
};

// Known, harmless stderr lines (scripts/scorm-schemas/README.md): the 1.2 ims_xml.xsd namespace notice and
// the 2004 skipped remote import of xml.xsd.
const noise = [
  /ims_xml\.xsd/,
  /^filename=/,
  /^\s*\^/,
  /Skipping import/,
  / validates$/,
  /fails to validate$/,
];

export function validateWithSchema(manifestXml: string, version: ScormVersion): SchemaVerdict {
  const dir = mkdtempSync(join(tmpdir(), 'scorm-manifest-'));
  const file = join(dir, 'imsmanifest.xml');
  try {
    writeFileSync(file, manifestXml);
    const run = spawnSync('xmllint', ['--noout', '--nonet', '--schema', entryPointPath(version), file], {
      encoding: 'utf8',
    });
    if (run.error) {
      throw new Error(
        `xmllint is needed to validate imsmanifest.xml against the SCORM schemas (${run.error.message}); ` +
          'on Debian/Ubuntu: apt-get install -y libxml2-utils',
      );
    }
    if (run.status === 0) return { valid: true, problems: [] };
    const details = run.stderr
      .split('\n')
      .filter((line) => line.trim() && !noise.some((pattern) => pattern.test(line)))
      .map((line) => line.replace(file, 'imsmanifest.xml'));
    const summary = exitMeaning[run.status ?? -1] ?? `xmllint failed with exit status ${run.status}`;
    return { valid: false, problems: [summary, ...details] };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
