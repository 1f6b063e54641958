// `npm run package` (scripts/package.ts) from the outside: it refuses to run without a build and says
// what to do, and writes nothing to the dist folder when it fails.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

describe('scripts/package.ts', () => {
  it('fails with a clear message, and no zip, when the build folder is missing', () => {
    const scratch = mkdtempSync(join(tmpdir(), 'package-command-'));
    try {
      const run = spawnSync('npx', ['tsx', 'scripts/package.ts'], {
        encoding: 'utf8',
        env: {
          ...process.env,
          COURSE_BUILD_DIR: join(scratch, 'no-build'),
          COURSE_OFFLINE_DIR: join(scratch, 'no-offline-build'),
          COURSE_DIST_DIR: join(scratch, 'dist'),
        },
      });
      expect(run.status).toBe(1);
      expect(run.stderr).toContain('npm run package: FAILED');
      expect(run.stderr).toMatch(/no build folder at .*no-build: run "npm run build"/);
      expect(existsSync(join(scratch, 'dist'))).toBe(false);
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  }, 30_000);
});
