// Builds the real SCORM zips with the packaging step (scripts/package.ts) and unzips each into a
// folder the test server serves under /lms/packages/, as an LMS unpacks an upload; reads back what
// the manifest tells the LMS (mastery / passing score, completion threshold, primary objective).
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { loadContent } from '../../src/lib/course/load-content';

export type Version = '1.2' | '2004';
export const zipNames: Record<Version, string> = { '1.2': 'scorm12', '2004': 'scorm2004' };

const outputDir = resolve('.test-output');
export const packagesDir = join(outputDir, 'packages');

/** Writes each file of a zip under `folder` (emptied first); returns the zip's files. */
export function unzipTo(zipPath: string, folder: string): Record<string, Uint8Array> {
  const files = unzipSync(new Uint8Array(readFileSync(zipPath)));
  rmSync(folder, { recursive: true, force: true });
  for (const [path, data] of Object.entries(files)) {
    if (path.endsWith('/')) continue;
    mkdirSync(dirname(join(folder, path)), { recursive: true });
    writeFileSync(join(folder, path), data);
  }
  return files;
}

/** Runs the packaging step into `distDir`; returns its summary output. */
export function buildPackages(distDir: string): string {
  return execFileSync('npx', ['tsx', 'scripts/package.ts'], {
    env: { ...process.env, COURSE_DIST_DIR: distDir },
    encoding: 'utf8',
  });
}

export interface UnpackedPackage {
  manifest: string;
  /** URL of the launch page (the manifest's resource href) on the test server. */
  launchUrl: string;
  /** 1.2 `adlcp:masteryscore` or 2004 `imsss:minNormalizedMeasure` as written in the manifest (the course writes none: empty). */
  passing: string;
  /** 2004 `minProgressMeasure` (empty for 1.2). */
  threshold: string;
  /** 2004 `imsss:primaryObjective objectiveID` (empty for 1.2). */
  primaryObjective: string;
}

const read = (text: string, pattern: RegExp) => text.match(pattern)?.[1] ?? '';

/** Unzips the version's zip from `distDir` into /lms/packages/<folder>/ and reads its manifest. */
export function unpack(distDir: string, version: Version, folder: string): UnpackedPackage {
  const { course } = loadContent(process.cwd());
  const files = unzipTo(
    join(distDir, `herceptin-${course.version}-${zipNames[version]}.zip`),
    join(packagesDir, folder),
  );
  const manifest = strFromU8(files['imsmanifest.xml'] ?? new Uint8Array());
  return {
    manifest,
    launchUrl: `/lms/packages/${folder}/${read(manifest, /<resource [^>]*href="([^"]+)"/)}`,
    passing:
      version === '1.2'
        ? read(manifest, /<adlcp:masteryscore>([^<]+)</)
        : read(manifest, /<imsss:minNormalizedMeasure>([^<]+)</),
    threshold: version === '1.2' ? '' : read(manifest, /minProgressMeasure="([^"]+)"/),
    primaryObjective:
      version === '1.2' ? '' : read(manifest, /<imsss:primaryObjective [^>]*objectiveID="([^"]+)"/),
  };
}
