// Writable copies of a fixture course for the content tests: each test changes its own copy (a file
// rewritten, replaced or removed) and reads what the build's content part says about it. Copies are
// removed after each test.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect } from 'vitest';
import { ContentError, type ContentProblem } from '../../src/lib/course/content-error';
import { loadContent } from '../../src/lib/course/load-content';

export const validCourse = 'tests/fixtures/content-valid';

/** Call once per test file: returns `courseWith`, which copies `fixture` and applies `edit` to the copy. */
export function courseCopies(fixture: string = validCourse): {
  courseWith: (edit?: (root: string) => void) => string;
} {
  const roots: string[] = [];
  afterEach(() => {
    for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
  });
  return {
    courseWith(edit = () => {}) {
      const root = mkdtempSync(join(tmpdir(), 'course-'));
      roots.push(root);
      cpSync(fixture, root, { recursive: true });
      edit(root);
      return root;
    },
  };
}

/** Rewrites one file of a copy (`file` relative to the course root). */
export function rewrite(root: string, file: string, change: (text: string) => string): void {
  const path = join(root, file);
  writeFileSync(path, change(readFileSync(path, 'utf8')));
}

/** Every problem the content part reports for the course at `root`; fails the test if it is accepted. */
export function problemsOf(root: string): ContentProblem[] {
  try {
    loadContent(root);
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    return (error as ContentError).problems;
  }
  throw new Error('expected the content to be rejected');
}
