// A tiny stand-in for a built course, so the package tests run without a full SvelteKit build.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Course } from '../../../src/lib/course/schemas';

export const fixtureCourse: Course = {
  id: 'fixture-course',
  title: 'Fixture course & <friends>',
  description: 'A course used by the package tests.',
  version: '2.3.4',
  lastReviewed: '2026-01-15',
  passMark: 75,
  criticalMustPass: true,
  tracks: [{ id: 'nursing', title: 'Nursing', description: 'Nursing track.' }],
  lessons: [{ id: 'first', folder: '01-first' }],
};

export const fixtureBuildFiles: Record<string, string> = {
  'index.html':
    '<!doctype html><html><head><link rel="stylesheet" href="./_app/immutable/assets/app.css">' +
    '<script type="module">import("./_app/immutable/entry/start.js")</script></head>' +
    '<body><a href="https://www.example.org/reference">a cited source</a></body></html>',
  '_app/immutable/entry/start.js': 'export const svg = "http://www.w3.org/2000/svg"; import("./app.js");',
  '_app/immutable/entry/app.js': 'export default 1;',
  '_app/immutable/assets/app.css': 'body { background: url(./logo.svg); }',
  '_app/immutable/assets/logo.svg': '<svg xmlns="http://www.w3.org/2000/svg"></svg>',
  'images/HER2 diagram.svg': '<svg xmlns="http://www.w3.org/2000/svg"></svg>',
};

/** Writes the fixture build (plus `extra` files) into a fresh temporary folder and returns its path. */
export function writeFixtureBuild(extra: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'course-build-'));
  for (const [path, text] of Object.entries({ ...fixtureBuildFiles, ...extra })) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}
