// Puts one SCORM package together in memory: the built course at the zip root, imsmanifest.xml
// next to index.html (docs/lms-behaviour.md §5: the manifest must be at the root), and the official schemas.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync, type Zippable } from 'fflate';
import { launchPage, manifestInputFrom, type ScormVersion } from './manifest-input';
import { manifestFileName } from './manifest-checks';
import { buildManifest, type ManifestTemplate } from './manifest-builder';
import { scorm12Template } from './manifest-scorm12';
import { scorm2004Template } from './manifest-scorm2004';
import { schemaSets, shippedSchemaFiles } from './schema-files';
import type { Course } from '../../src/lib/course/schemas';

export const manifestTemplates: Record<ScormVersion, ManifestTemplate> = {
  scorm12: scorm12Template,
  scorm2004: scorm2004Template,
};

export interface AssembledPackage {
  manifest: string;
  files: Map<string, Uint8Array>;
  schemaFiles: string[];
}

export function assemblePackage(
  version: ScormVersion,
  course: Course,
  build: Map<string, Uint8Array>,
): AssembledPackage {
  if (!build.has(launchPage)) throw new Error(`the build has no ${launchPage} to launch`);
  const schemaFiles = shippedSchemaFiles(version);
  for (const reserved of [manifestFileName, ...schemaFiles]) {
    if (build.has(reserved))
      throw new Error(`the build already has a file "${reserved}", which the package needs for itself`);
  }
  const contentFiles = [...build.keys()].sort();
  const input = manifestInputFrom(course, contentFiles);
  const manifest = buildManifest(manifestTemplates[version], input);
  const files = new Map(build);
  files.set(manifestFileName, new TextEncoder().encode(manifest));
  for (const schema of schemaFiles) {
    files.set(schema, new Uint8Array(readFileSync(join(schemaSets[version].folder, schema))));
  }
  return { manifest, files, schemaFiles };
}

// Already-compressed formats gain nothing from deflate; store them.
const stored = /\.(png|jpe?g|gif|webp|avif|woff2?|mp4|webm|mp3|ogg|zip|gz)$/i;

/** Zips files with a fixed timestamp, so the same course version gives the same bytes. */
export function zipFiles(files: Map<string, Uint8Array>, timestamp: Date): Uint8Array {
  const zippable: Zippable = {};
  for (const [path, data] of [...files].sort(([a], [b]) => a.localeCompare(b))) {
    zippable[path] = [data, { level: stored.test(path) ? 0 : 9, mtime: timestamp }];
  }
  return zipSync(zippable);
}
