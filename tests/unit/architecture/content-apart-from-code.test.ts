// Content stays apart from code: no lesson holds code (no <script>, no import), and no file under src/
// names a lesson folder, so renaming or renumbering a lesson never needs a change in src/.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function filesUnder(dir: string, keep: (name: string) => boolean): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && keep(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

describe('content apart from code', () => {
  it('no lesson or course page holds a <script> block or an import', () => {
    const lessons = filesUnder('lessons', (name) => name.endsWith('.svx'));
    expect(lessons.length).toBeGreaterThanOrEqual(14);
    const withCode = lessons.filter((file) => /<script\b|^\s*import\s/m.test(readFileSync(file, 'utf8')));
    expect(withCode).toEqual([]);
  });

  it('no file under src/ names a path into a lesson folder', () => {
    const naming = filesUnder('src', () => true).filter((file) =>
      /lessons\/\d{2}-|\$lessons\/\d{2}/.test(readFileSync(file, 'utf8')),
    );
    expect(naming).toEqual([]);
  });
});
