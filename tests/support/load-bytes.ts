// Counts what a page downloads, file by file, as a web host sends it: text files (HTML, scripts,
// styles, SVG, JSON) gzip-compressed at zlib's default level, as Apache mod_deflate and most hosts
// serve them; fonts and images as they are (already compressed). Deterministic for a given build,
// so the size budgets can assert it; the benchmark reports it. Shared by tests/e2e and bench/.
import { gzipSync } from 'node:zlib';
import type { Page, Response } from 'playwright-core';

export interface LoadedFile {
  /** Path inside the course folder, e.g. `_app/immutable/chunks/Ab12.js` or `index.html`. */
  path: string;
  bytes: number;
  gzipBytes: number;
}

export interface LoadTally {
  requests: number;
  bytes: number;
  gzipBytes: number;
  files: LoadedFile[];
}

const compressible = /^(text\/|application\/(javascript|json|xml)|image\/svg\+xml)/;

/** gzip size at zlib's default level (6) for text files; the size itself for fonts and images. */
export function sentBytes(body: Uint8Array, contentType: string): number {
  return compressible.test(contentType) ? gzipSync(body, { level: 6 }).length : body.length;
}

export function tally(files: LoadedFile[]): LoadTally {
  return {
    requests: files.length,
    bytes: files.reduce((sum, file) => sum + file.bytes, 0),
    gzipBytes: files.reduce((sum, file) => sum + file.gzipBytes, 0),
    files: [...files].sort((a, b) => b.gzipBytes - a.gzipBytes),
  };
}

export const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

/**
 * Records every response `page` receives from under `coursePath` (its frames included); `take()`
 * returns what arrived since the last `take()` and starts a new count. Call before navigating.
 */
export function watchLoads(page: Page, coursePath: string) {
  let files: LoadedFile[] = [];
  const pending = new Set<Promise<void>>();
  let inFlight = 0;
  let lastActivity = Date.now();
  const touch = () => (lastActivity = Date.now());
  page.on('request', () => (inFlight++, touch()));
  const done = () => (inFlight--, touch());
  page.on('requestfinished', done);
  page.on('requestfailed', done);
  const record = async (response: Response) => {
    const url = new URL(response.url());
    if (!url.pathname.startsWith(coursePath)) return;
    const body = await response.body().catch(() => Buffer.alloc(0));
    const type = response.headers()['content-type'] ?? '';
    const path = url.pathname.slice(coursePath.length) || 'index.html';
    files.push({ path, bytes: body.length, gzipBytes: sentBytes(body, type) });
  };
  page.on('response', (response) => {
    const job = record(response).finally(() => pending.delete(job));
    pending.add(job);
  });
  return {
    /**
     * Waits until no request has been open for `quietMs` (a hash-route change never fires a new
     * load event, so the page's own network-idle state cannot tell), then until fonts settle.
     */
    async quiet(quietMs = 500): Promise<void> {
      for (;;) {
        await page.evaluate(() => document.fonts.ready.then(() => undefined));
        await page.evaluate(
          () =>
            new Promise<void>((resolve) =>
              requestAnimationFrame(() => requestAnimationFrame(() => resolve())),
            ),
        );
        const idleFor = Date.now() - lastActivity;
        if (inFlight <= 0 && idleFor >= quietMs) return;
        await page.waitForTimeout(Math.max(50, quietMs - idleFor));
      }
    },
    async take(): Promise<LoadTally> {
      await Promise.all([...pending]);
      const taken = tally(files);
      files = [];
      return taken;
    },
  };
}

/** Follows an in-course link the way a learner's click does (the hash router handles it, no reload). */
export async function followLink(page: Page, hash: string): Promise<void> {
  await page.evaluate((target) => {
    const link = document.createElement('a');
    link.href = target;
    document.body.append(link);
    link.click();
    link.remove();
  }, hash);
}
