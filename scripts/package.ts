// `npm run package`: writes the SCORM 1.2 and SCORM 2004 4th Edition packages and the offline zip to
// dist/, checking each package as an LMS admin's upload would be checked (schemas, file list,
// relative paths). Exits non-zero, naming every problem, when anything is wrong.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ContentError } from '../src/lib/course/content-error';
import { loadContent } from '../src/lib/course/load-content';
import { assemblePackage, zipFiles } from './scorm-package/assemble-package';
import { readBuildFolder } from './scorm-package/build-folder';
import type { ScormVersion } from './scorm-package/manifest-input';
import { packageOffline } from './scorm-package/offline-package';
import { verifyScormZip } from './scorm-package/verify-package';

const root = process.cwd();
const buildDir = resolve(root, process.env.COURSE_BUILD_DIR ?? 'build');
const offlineDir = resolve(root, process.env.COURSE_OFFLINE_DIR ?? 'build-offline');
const distDir = resolve(root, process.env.COURSE_DIST_DIR ?? 'dist');

const labels: Record<ScormVersion, string> = { scorm12: 'SCORM 1.2', scorm2004: 'SCORM 2004 4th Edition' };

function fail(message: string): never {
  console.error(`\nnpm run package: FAILED\n${message}\n`);
  process.exit(1);
}

function size(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(2)} MB` : `${(bytes / 1024).toFixed(1)} kB`;
}

let content;
try {
  content = loadContent(root);
} catch (error) {
  fail(
    error instanceof ContentError ? error.message : `could not read lessons/: ${(error as Error).message}`,
  );
}
const { course } = content;
// A fixed timestamp (the review date) makes the same course version zip to the same bytes.
const timestamp = new Date(`${course.lastReviewed}T12:00:00Z`);

let build: Map<string, Uint8Array>;
let offlineBuild: Map<string, Uint8Array>;
try {
  build = readBuildFolder(buildDir);
  offlineBuild = readBuildFolder(offlineDir);
} catch (error) {
  fail(
    `${(error as Error).message}: run "npm run build" and "npm run build:offline" first (npm run package does both).`,
  );
}

const outputs: { name: string; zip: Uint8Array; files: number; checks: string[] }[] = [];
const problems: string[] = [];
for (const version of ['scorm12', 'scorm2004'] as const) {
  const name = `herceptin-${course.version}-${version}.zip`;
  try {
    const assembled = assemblePackage(version, course, build);
    const zip = zipFiles(assembled.files, timestamp);
    const report = verifyScormZip(zip, version, assembled.schemaFiles);
    problems.push(...report.problems.map((problem) => `${name} (${labels[version]}): ${problem}`));
    outputs.push({ name, zip, files: report.entries.length, checks: report.checks });
  } catch (error) {
    problems.push(`${name}: ${(error as Error).message}`);
  }
}
const offlineName = `herceptin-${course.version}-offline.zip`;
const offline = packageOffline(offlineBuild, timestamp);
problems.push(...offline.problems.map((problem) => `${offlineName}: ${problem}`));
outputs.push({
  name: offlineName,
  zip: offline.zip,
  files: offline.entries.length,
  checks: ['index.html present', 'no outside fetches'],
});

if (problems.length > 0) {
  // Never leave a broken package where an admin might pick it up.
  for (const output of outputs) rmSync(join(distDir, output.name), { force: true });
  fail(`${problems.length} problem(s):\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
}

mkdirSync(distDir, { recursive: true });
console.log(`\n${course.title} ${course.version}: packages in ${distDir}`);
for (const output of outputs) {
  writeFileSync(join(distDir, output.name), output.zip);
  console.log(
    `  ${output.name.padEnd(36)} ${String(output.files).padStart(4)} files  ${size(output.zip.length).padStart(9)}`,
  );
  console.log(`      checks passed: ${output.checks.join(', ')}`);
}
