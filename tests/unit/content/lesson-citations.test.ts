// Every lesson (both tracks) cites at least one reference and every cited key resolves in
// lessons/references.yaml, checked through the same loader the build uses.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { citedKeys } from '../../../src/lib/course/citations';
import { splitFrontmatter } from '../../../src/lib/course/frontmatter';
import { loadContent } from '../../../src/lib/course/load-content';

const content = loadContent('.');
const tracks = content.lessons.flatMap((lesson) => Object.values(lesson.tracks));

describe('lesson citations', () => {
  it('the course lists six lessons, 01 and 02 first, each in both tracks', () => {
    expect(content.course.lessons.slice(0, 2).map((lesson) => lesson.folder)).toEqual([
      '01-her2-biology',
      '02-how-herceptin-works',
    ]);
    expect(content.lessons).toHaveLength(6);
    for (const lesson of content.lessons)
      expect(Object.keys(lesson.tracks).sort()).toEqual(['nursing', 'patient']);
  });

  it.each(tracks.map((meta) => [meta.file, meta] as const))(
    '%s cites references that all resolve',
    (_file, meta) => {
      const cited = citedKeys(splitFrontmatter(readFileSync(meta.file, 'utf8')).body);
      expect(cited.length).toBeGreaterThan(0);
      for (const key of [...cited, ...meta.references]) expect(content.references[key], key).toBeDefined();
    },
  );

  it('the About page cites only known references', () => {
    const cited = citedKeys(readFileSync('lessons/about.svx', 'utf8'));
    expect(cited.length).toBeGreaterThan(0);
    for (const key of cited) expect(content.references[key], key).toBeDefined();
  });

  it('objective ids are unique across the whole course', () => {
    const ids = tracks.flatMap((meta) => meta.objectives.map((objective) => objective.id));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('prescribing-information entries whose revision is known record it', () => {
    for (const key of ['R1', 'R2', 'R3', 'R6']) expect(content.references[key]?.revised, key).toBeTruthy();
  });

  it('no converted-citation debris is left in the bibliography', () => {
    for (const [key, reference] of Object.entries(content.references)) {
      expect(reference.citation, key).not.toMatch(/;;|aid=|\(pages|\(\s*$|\( [A-Z]|\(M\)|older PI text/);
    }
  });
});
