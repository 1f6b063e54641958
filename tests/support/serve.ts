// Test web server: serves the built course the way an LMS does, from a deep sub-path, next to
// the LMS harness pages (tests/lms/), the scorm-again runtime and the Moodle-like LMS's store
// (moodle-lms.ts). Loopback only.
import { createServer } from 'node:http';
import { existsSync } from 'node:fs';
import sirv from 'sirv';
import { handleMoodleRequest } from './moodle-lms.ts';
import { coursePath } from './paths.ts';

const port = Number(process.env.COURSE_PORT ?? 4310);
const buildDir = process.env.COURSE_BUILD_DIR ?? 'build';
if (!existsSync(`${buildDir}/index.html`)) {
  console.error(`No built course in ${buildDir}/: run "npm run build" first.`);
  process.exit(1);
}

// Mounts: longest prefix first. Packages unzipped by tests land in .test-output/packages/.
const mounts: [string, ReturnType<typeof sirv>][] = [
  [coursePath, sirv(buildDir, { dev: true })],
  ['/lms/packages/', sirv('.test-output/packages', { dev: true })],
  ['/lms/runtime/', sirv('node_modules/scorm-again/dist', { dev: true })],
  ['/lms/', sirv('tests/lms', { dev: true })],
  ['/', sirv(buildDir, { dev: true })],
];

createServer((req, res) => {
  const url = req.url ?? '/';
  if (handleMoodleRequest(req, res)) return;
  for (const [prefix, handler] of mounts) {
    if (url.startsWith(prefix)) {
      req.url = '/' + url.slice(prefix.length);
      handler(req, res, () => {
        res.statusCode = 404;
        res.end('not found');
      });
      return;
    }
  }
  res.statusCode = 404;
  res.end('not found');
}).listen(port, '127.0.0.1', () => console.log(`test server on http://127.0.0.1:${port}${coursePath}`));
