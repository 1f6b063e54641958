// Serves an already built course on loopback for the benchmark (it builds nothing itself).
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';

export interface ServedBuild {
  origin: string;
  close: () => Promise<void>;
}

export async function serveBuild(buildDir: string): Promise<ServedBuild> {
  if (!existsSync(`${buildDir}/index.html`)) {
    throw new Error(`No built course in ${buildDir}/: build first (npm run build) or set COURSE_BUILD_DIR.`);
  }
  const files = sirv(buildDir, { dev: true });
  const server: Server = createServer((req, res) =>
    files(req, res, () => {
      res.statusCode = 404;
      res.end('not found');
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
