// End-to-end tests drive the real built course in Chromium, served at an LMS-like deep sub-path.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { defineConfig } from '@playwright/test';

const require = createRequire(import.meta.url);

const port = Number(process.env.COURSE_PORT ?? 4310);

// Playwright's own Chromium where it is installed; otherwise the system Chromium
// (/usr/bin/chromium, or the path in CHROMIUM_PATH). See README.md, "Tests".
function chromiumPath(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  try {
    const bundled = require('playwright-core').chromium.executablePath() as string;
    if (existsSync(bundled)) return undefined;
  } catch {
    /* fall through to the system browser */
  }
  return ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => existsSync(path));
}

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: '.test-output/playwright',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  // Two workers share two cores with the course server and the test LMS: a page walk with axe can pass
  // 30 s there. Tests that walk a whole attempt set longer limits of their own.
  timeout: 60_000,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: {
      executablePath: chromiumPath(),
      // Debian's Chromium floods a closed network without these (docs/build-notes.md §5).
      args: [
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  webServer: {
    command: `tsx tests/support/serve.ts`,
    url: `http://127.0.0.1:${port}/lms/content/pkg-42/scormcontent/index.html`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
