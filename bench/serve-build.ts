// Serves an already built course on loopback for the benchmark (it builds nothing itself), the way a
// web host or LMS sends it: at a deep LMS-like path, text files gzip-compressed (zlib level 6, as
// tests/support/load-bytes.ts counts them), fonts and images as they are.
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import sirv from 'sirv';
import { coursePath } from '../tests/support/paths';

export interface ServedBuild {
  /** URL of the course's index.html, e.g. http://127.0.0.1:41234/lms/content/pkg-42/scormcontent/index.html */
  url: string;
  origin: string;
  close: () => Promise<void>;
}

const compressible = new Set(['.html', '.js', '.css', '.svg', '.json', '.xml', '.txt']);

/** Writes a `.gz` beside every text file of `dir` (sirv sends it to clients that accept gzip). */
function precompress(dir: string): void {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) precompress(path);
    else if (compressible.has(extname(name)))
      writeFileSync(`${path}.gz`, gzipSync(readFileSync(path), { level: 6 }));
  }
}

export async function serveBuild(buildDir: string): Promise<ServedBuild> {
  if (!existsSync(`${buildDir}/index.html`)) {
    throw new Error(`No built course in ${buildDir}/: build first (npm run build) or set COURSE_BUILD_DIR.`);
  }
  const copy = mkdtempSync(join(tmpdir(), 'course-bench-'));
  cpSync(buildDir, copy, { recursive: true });
  precompress(copy);
  const files = sirv(copy, { gzip: true, etag: true });
  const server: Server = createServer((req, res) => {
    const url = req.url ?? '/';
    const notFound = () => {
      res.statusCode = 404;
      res.end('not found');
    };
    if (!url.startsWith(coursePath)) return notFound();
    req.url = `/${url.slice(coursePath.length)}`;
    files(req, res, notFound);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}${coursePath}index.html`,
    origin,
    close: async () => {
      await new Promise((resolve) => server.close(() => resolve(undefined)));
      rmSync(copy, { recursive: true, force: true });
    },
  };
}
