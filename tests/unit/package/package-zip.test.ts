// Whole packages built from a fixture build folder: zip layout, schemas at the root, and the
// verification that runs on the finished zip.
import { rmSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { assemblePackage, zipFiles } from '../../../scripts/scorm-package/assemble-package';
import { readBuildFolder } from '../../../scripts/scorm-package/build-folder';
import { packageOffline } from '../../../scripts/scorm-package/offline-package';
import { shippedSchemaFiles } from '../../../scripts/scorm-package/schema-files';
import { verifyScormZip } from '../../../scripts/scorm-package/verify-package';
import { fixtureBuildFiles, fixtureCourse, writeFixtureBuild } from './fixture-build';

const folders: string[] = [];
function build(extra: Record<string, string> = {}) {
  const dir = writeFixtureBuild(extra);
  folders.push(dir);
  return readBuildFolder(dir);
}
afterEach(() => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});
const timestamp = new Date('2026-01-15T12:00:00Z');

describe.each(['scorm12', 'scorm2004'] as const)('%s package', (version) => {
  it('has imsmanifest.xml, index.html and the official schemas at the zip root, and passes every check', () => {
    const assembled = assemblePackage(version, fixtureCourse, build());
    const zip = zipFiles(assembled.files, timestamp);
    const entries = Object.keys(unzipSync(zip));
    expect(entries).toContain('imsmanifest.xml');
    expect(entries).toContain('index.html');
    expect(entries).toContain(version === 'scorm12' ? 'imscp_rootv1p1p2.xsd' : 'imscp_v1p1.xsd');
    for (const path of Object.keys(fixtureBuildFiles)) expect(entries).toContain(path);
    // The project-only validation entry point is not part of the official set.
    expect(entries.some((entry) => entry.endsWith('_all.xsd'))).toBe(false);
    expect(assembled.schemaFiles).toEqual(shippedSchemaFiles(version));
    const report = verifyScormZip(zip, version, assembled.schemaFiles);
    expect(report.problems).toEqual([]);
  });

  it('zips the same course to the same bytes (fixed timestamp)', () => {
    const files = build();
    const first = zipFiles(assemblePackage(version, fixtureCourse, files).files, timestamp);
    const second = zipFiles(assemblePackage(version, fixtureCourse, files).files, timestamp);
    expect(Buffer.from(first).equals(Buffer.from(second))).toBe(true);
  });

  it('fails, naming the file, when a built file fetches from a root-absolute path', () => {
    const assembled = assemblePackage(
      version,
      fixtureCourse,
      build({ 'broken.html': '<script src="/_app/x.js"></script>' }),
    );
    const report = verifyScormZip(zipFiles(assembled.files, timestamp), version, assembled.schemaFiles);
    expect(report.problems).toEqual([
      'broken.html: <script src> refers to "/_app/x.js", outside the package',
    ]);
  });

  it('fails when a file is added to the zip behind the manifest’s back', () => {
    const assembled = assemblePackage(version, fixtureCourse, build());
    assembled.files.set('sneaked-in.js', new TextEncoder().encode('1'));
    const report = verifyScormZip(zipFiles(assembled.files, timestamp), version, assembled.schemaFiles);
    expect(report.problems).toEqual(['"sneaked-in.js" is in the package but not listed as a <file>']);
  });

  it('refuses a build without index.html', () => {
    const files = build();
    files.delete('index.html');
    expect(() => assemblePackage(version, fixtureCourse, files)).toThrow(/no index\.html/);
  });
});

describe('offline zip', () => {
  it('holds the offline build as it is and reports no problems', () => {
    const files = build();
    const result = packageOffline(files, timestamp);
    expect(result.problems).toEqual([]);
    const unzipped = unzipSync(result.zip);
    expect(Object.keys(unzipped).sort()).toEqual([...files.keys()].sort());
    expect(strFromU8(unzipped['index.html'] ?? new Uint8Array())).toBe(fixtureBuildFiles['index.html']);
  });

  it('reports an http(s) fetch, which would fail from file://', () => {
    const result = packageOffline(
      build({ 'extra.css': '@import "https://fonts.example.com/font.css";' }),
      timestamp,
    );
    expect(result.problems).toEqual([
      'extra.css: CSS @import refers to "https://fonts.example.com/font.css", outside the package',
    ]);
  });
});
