// A printed page's "Sources" line (frontmatter `sources:`) stands for exactly the references its text
// cites: a cited key left out, or a named key the text never cites, fails with file, field and reason.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/lib/course/load-content';
import { courseCopies, problemsOf } from '../../support/course-copies';

const { courseWith } = courseCopies();

function courseWithPage(sources: string): string {
  return courseWith((root) =>
    writeFileSync(
      join(root, 'lessons/sheet.svx'),
      `---\ntitle: A sheet\nreferences: [R1, R2]\n${sources}---\n\nOne [@R1]. Two [@R2].\n`,
    ),
  );
}

describe('sources line', () => {
  it('accepts a line that names every cited reference', () => {
    const root = courseWithPage(
      'sources:\n  - text: the first\n    references: [R1]\n  - text: the second\n    references: [R2]\n',
    );
    expect(() => loadContent(root)).not.toThrow();
  });

  it('names a cited reference the line leaves out, and a named one the text does not cite', () => {
    const root = courseWithPage('sources:\n  - text: the first\n    references: [R1, R9]\n');
    expect(problemsOf(root)).toEqual([
      {
        file: 'lessons/sheet.svx',
        field: 'sources',
        reason: 'the text cites "R2": name it in one of the sources',
      },
      {
        file: 'lessons/sheet.svx',
        field: 'sources[0].references[1]',
        reason: '"R9" is not cited in the text',
      },
    ]);
  });

  it('asks for a name for each source', () => {
    const root = courseWithPage('sources:\n  - references: [R1, R2]\n');
    expect(problemsOf(root).map((p) => p.field)).toEqual(['sources[0].text']);
  });
});
