// The official XML Schemas vendored in scripts/scorm-schemas/: which folder serves which SCORM
// version, which file validation starts from, and which files ship at the root of each package
// (docs/lms-behaviour.md §5: "Ship the .xsd files at the zip root"; LMSs ignore them, some validators want them).
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ScormVersion } from './manifest-input';

export const schemaRoot = fileURLToPath(new URL('../scorm-schemas/', import.meta.url));

interface SchemaSet {
  folder: string;
  /** Project-written entry point that loads every namespace a manifest may use, from local files. */
  entryPoint: string;
}

export const schemaSets: Record<ScormVersion, SchemaSet> = {
  scorm12: { folder: join(schemaRoot, 'scorm12'), entryPoint: 'scorm12_all.xsd' },
  scorm2004: { folder: join(schemaRoot, 'scorm2004-4th'), entryPoint: 'scorm2004_all.xsd' },
};

export function entryPointPath(version: ScormVersion): string {
  const set = schemaSets[version];
  return join(set.folder, set.entryPoint);
}

/** Files that are not part of the ADL/IMS distribution: the validation entry point and catalog. */
function isProjectOnly(path: string, set: SchemaSet): boolean {
  return path === set.entryPoint || path === 'catalog.xml';
}

/** The official schema files of one version, as package-root-relative POSIX paths (sub-folders kept). */
export function shippedSchemaFiles(version: ScormVersion): string[] {
  const set = schemaSets[version];
  const found: string[] = [];
  const walk = (dir: string, prefix: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      const relative = prefix ? `${prefix}/${name}` : name;
      if (statSync(path).isDirectory()) walk(path, relative);
      else if (!isProjectOnly(relative, set)) found.push(relative);
    }
  };
  walk(set.folder, '');
  return found;
}
