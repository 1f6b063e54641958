// Source policy: every reference has a valid kind, and no citation in lesson text, page text or a YAML
// `references:` list rests only on secondary sources. Fixtures: tests/fixtures/content-sources/.
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/lib/course/load-content';
import { courseCopies, problemsOf } from '../../support/course-copies';

const fixtures = 'tests/fixtures/content-sources';
const copies = courseCopies();

/** The valid fixture course with some files replaced: [fixture file, path in the course]. */
function courseWith(...files: Array<[string, string]>): string {
  return copies.courseWith((root) => {
    for (const [from, to] of files) copyFileSync(join(fixtures, from), join(root, to));
  });
}

const secondaryOnly = /^cites only secondary sources \(R2\): add a label, guideline, trial/;

describe('reference kinds', () => {
  it('rejects a reference without a kind and one with an unknown kind, naming the key', () => {
    const problems = problemsOf(courseWith(['references-without-kind.yaml', 'lessons/references.yaml']));
    const message = 'kind must be one of label, guideline, trial, review, agency, practice, secondary';
    expect(problems).toContainEqual({ file: 'lessons/references.yaml', field: 'R1.kind', reason: message });
    expect(problems).toContainEqual({ file: 'lessons/references.yaml', field: 'R2.kind', reason: message });
  });

  it('rejects a label reference that does not say which label record was checked', () => {
    const problems = problemsOf(courseWith(['references-secondary.yaml', 'lessons/references.yaml']));
    expect(problems).toContainEqual({
      file: 'lessons/references.yaml',
      field: 'R3.label',
      reason: 'a label reference needs label: { product, checked } (and setId, effectiveTime when known)',
    });
  });

  it('rejects a label reference that does not name the label sections read', () => {
    const problems = problemsOf(courseWith(['references-label-no-sections.yaml', 'lessons/references.yaml']));
    expect(problems).toContainEqual({
      file: 'lessons/references.yaml',
      field: 'R3.label.sections',
      reason: 'a label reference names the label sections read in that record (label.sections)',
    });
  });
});

describe('secondary-only citations', () => {
  it('rejects a citation in lesson text that rests only on a secondary source, with its line', () => {
    const problems = problemsOf(
      courseWith(
        ['references-secondary.yaml', 'lessons/references.yaml'],
        ['lesson-secondary-only.svx', 'lessons/01-first-lesson/patient.svx'],
      ),
    );
    const inLesson = problems.filter((p) => p.file === 'lessons/01-first-lesson/patient.svx');
    // Line 11 cites the trail beside a trial (allowed); line 13 cites the trail alone.
    expect(inLesson).toEqual([
      {
        file: 'lessons/01-first-lesson/patient.svx',
        field: 'line 13 [@R2 §4]',
        reason: expect.stringMatching(secondaryOnly),
      },
    ]);
  });

  it('rejects a YAML references list (scene, drill, quiz, glossary) that rests only on a secondary source', () => {
    const problems = problemsOf(
      courseWith(
        ['references-secondary.yaml', 'lessons/references.yaml'],
        // Beside the lessons rather than in a lesson folder, where a file no element reads is itself a problem.
        ['scene-secondary-only.yaml', 'lessons/scene.yaml'],
      ),
    );
    const inScene = problems.filter((p) => p.file === 'lessons/scene.yaml');
    expect(inScene).toEqual([
      {
        file: 'lessons/scene.yaml',
        field: 'steps[1].references',
        reason: expect.stringMatching(secondaryOnly),
      },
    ]);
  });
  it('rejects a patient self-check question that rests only on a secondary source', () => {
    const selfCheck = 'lessons/01-first-lesson/self-check.yaml';
    const problems = problemsOf(
      courseWith(
        ['references-secondary.yaml', 'lessons/references.yaml'],
        ['self-check-secondary-only.yaml', selfCheck],
      ),
    );
    expect(problems.filter((p) => p.file === selfCheck)).toEqual([
      { file: selfCheck, field: 'questions[1].references', reason: expect.stringMatching(secondaryOnly) },
    ]);
  });
});

describe('the course bibliography', () => {
  const { references } = loadContent('.');

  it('classes the forum, AI-answer, SEO, database-copy, mirror and aggregator entries as secondary', () => {
    // Source policy: these entries are the research trail and may never stand alone under a statement.
    const trail = ['R2', 'R3', 'R42', 'R45', 'R59', 'R60', 'R61', 'R62', 'R64', 'R65', 'R68', 'R72'];
    const more = ['R73', 'R75', 'R76', 'R77', 'R79', 'R80'];
    for (const key of [...trail, ...more]) expect(references[key]?.kind, key).toBe('secondary');
  });

  it('gives each label record its sections, and an effective date only as a date the record shows', () => {
    // Issue 10 §1: a label citation names the product, the section and the effective date that was read;
    // where no primary record shows the date, the reference says so instead of giving one.
    const labels = Object.entries(references).filter(([, ref]) => ref.kind === 'label');
    expect(labels.length).toBe(14);
    for (const [key, ref] of labels) {
      expect(ref.label?.sections, key).toMatch(/\S/);
      const effective = ref.label?.effectiveTime;
      if (effective === undefined) expect(ref.label?.checked, key).toMatch(/effective[ _](date|time)/i);
      else expect(effective, key).toMatch(/^\d{4}-\d{2}-\d{2}/);
    }
  });

  it('records the label records the course was checked against', () => {
    const labels = Object.values(references).filter((ref) => ref.kind === 'label');
    const products = labels.map((ref) => ref.label?.product ?? '');
    for (const name of ['HERCEPTIN (', 'HERCEPTIN HYLECTA', 'KADCYLA', 'ENHERTU', 'PERJETA', 'PHESGO'])
      expect(
        products.some((product) => product.startsWith(name)),
        name,
      ).toBe(true);
    for (const name of ['OGIVRI', 'HERZUMA', 'ONTRUZANT', 'TRAZIMERA', 'KANJINTI', 'HERCESSI'])
      expect(
        products.some((product) => product.startsWith(name)),
        name,
      ).toBe(true);
  });
});
