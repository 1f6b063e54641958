// Content validation: a valid course loads; each kind of authoring mistake fails with file, field, reason.
import { cpSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/lib/course/load-content';
import { courseCopies, problemsOf, rewrite, validCourse as fixture } from '../../support/course-copies';

const { courseWith } = courseCopies();

describe('loadContent', () => {
  it('loads a valid course with lessons in order, both tracks and references', () => {
    const content = loadContent(fixture);
    expect(content.course.title).toBe('Fixture course');
    expect(content.lessons.map((l) => [l.slug, l.number])).toEqual([
      ['01-first-lesson', 1],
      ['02-second-lesson', 2],
    ]);
    expect(content.lessons[0]?.tracks.patient?.file).toBe('lessons/01-first-lesson/patient.svx');
    expect(Object.keys(content.references)).toEqual(['R1', 'R2']);
  });

  it('rejects a lesson without a title, naming file and field', () => {
    const root = courseWith((r) =>
      rewrite(r, 'lessons/01-first-lesson/nursing.svx', (t) => t.replace(/^title: .*\n/m, '')),
    );
    expect(problemsOf(root)).toContainEqual({
      file: 'lessons/01-first-lesson/nursing.svx',
      field: 'title',
      reason: expect.stringMatching(/title/),
    });
  });

  it('rejects empty objectives', () => {
    const root = courseWith((r) =>
      rewrite(r, 'lessons/02-second-lesson/patient.svx', (t) =>
        t.replace(/objectives:\n( {2}.*\n)+/, 'objectives: []\n'),
      ),
    );
    expect(problemsOf(root)).toContainEqual({
      file: 'lessons/02-second-lesson/patient.svx',
      field: 'objectives',
      reason: 'objectives must list at least one learning objective',
    });
  });

  it('rejects an unknown reference key in frontmatter and in the text', () => {
    const root = courseWith((r) =>
      rewrite(r, 'lessons/01-first-lesson/patient.svx', (t) =>
        t.replace('references: [R1, R2]', 'references: [R1, R2, R99]').replace('[@R2; @R1]', '[@R2; @R98]'),
      ),
    );
    const problems = problemsOf(root);
    expect(problems).toContainEqual({
      file: 'lessons/01-first-lesson/patient.svx',
      field: 'references[2]',
      reason: expect.stringContaining('unknown reference key "R99"'),
    });
    expect(problems).toContainEqual({
      file: 'lessons/01-first-lesson/patient.svx',
      field: '(body)',
      reason: expect.stringContaining('unknown reference key "R98"'),
    });
  });

  it('rejects a citation group the pattern does not read, which would reach the learner as raw text', () => {
    const root = courseWith((r) =>
      rewrite(r, 'lessons/01-first-lesson/patient.svx', (t) =>
        t.replace('[@R2; @R1]', '[@R2 see page 4; @R1]'),
      ),
    );
    expect(problemsOf(root)).toContainEqual({
      file: 'lessons/01-first-lesson/patient.svx',
      field: '(body)',
      reason:
        'malformed citation [@R2 see page 4; @R1]: write [@R1], [@R1; @R2], [@R1 §2.5] or [@R1 Boxed Warning]',
    });
  });

  it('rejects a text citation missing from the frontmatter list, and a lesson that cites nothing', () => {
    const root = courseWith((r) => {
      rewrite(r, 'lessons/01-first-lesson/nursing.svx', (t) =>
        t.replace('references: [R1, R2]', 'references: [R1]'),
      );
      rewrite(r, 'lessons/02-second-lesson/nursing.svx', (t) => t.replace(/\[@[^\]]+\]/g, ''));
    });
    const problems = problemsOf(root);
    expect(problems).toContainEqual({
      file: 'lessons/01-first-lesson/nursing.svx',
      field: 'references',
      reason: expect.stringContaining('cites "R2"'),
    });
    expect(problems).toContainEqual({
      file: 'lessons/02-second-lesson/nursing.svx',
      field: '(body)',
      reason: expect.stringContaining('cites nothing'),
    });
  });

  it('rejects a duplicate folder in course.yaml', () => {
    const root = courseWith((r) =>
      rewrite(r, 'lessons/course.yaml', (t) => `${t}  - id: again\n    folder: 01-first-lesson\n`),
    );
    expect(problemsOf(root)).toContainEqual({
      file: 'lessons/course.yaml',
      field: 'lessons[2].folder',
      reason: expect.stringContaining('duplicate folder "01-first-lesson"'),
    });
  });

  it('rejects course.yaml naming a lesson folder that does not exist', () => {
    const root = courseWith((r) =>
      rewrite(r, 'lessons/course.yaml', (t) => `${t}  - id: missing\n    folder: 03-missing-lesson\n`),
    );
    expect(problemsOf(root)).toContainEqual({
      file: 'lessons/course.yaml',
      field: 'lessons[2].folder',
      reason: expect.stringContaining('no folder lessons/03-missing-lesson/'),
    });
  });

  it('gives each lesson its stable id from course.yaml', () => {
    expect(loadContent(fixture).lessons.map((l) => [l.id, l.slug])).toEqual([
      ['first-lesson', '01-first-lesson'],
      ['second-lesson', '02-second-lesson'],
    ]);
  });

  it('rejects a duplicate lesson id, naming both entries', () => {
    const root = courseWith((r) =>
      rewrite(r, 'lessons/course.yaml', (t) => t.replace('id: second-lesson', 'id: first-lesson')),
    );
    expect(problemsOf(root)).toEqual([
      {
        file: 'lessons/course.yaml',
        field: 'lessons[1].id',
        reason: 'duplicate lesson id "first-lesson" (also lessons[0].id): every lesson needs its own id',
      },
    ]);
  });

  it('rejects a lesson without an id, and an id with a number prefix', () => {
    const missing = courseWith((r) =>
      rewrite(r, 'lessons/course.yaml', (t) =>
        t.replace('  - id: second-lesson\n    folder:', '  - folder:'),
      ),
    );
    expect(problemsOf(missing)).toEqual([
      {
        file: 'lessons/course.yaml',
        field: 'lessons[1].id',
        reason: expect.stringMatching(/^the lesson has no id: list each lesson as "- id: first-steps"/),
      },
    ]);
    const numbered = courseWith((r) =>
      rewrite(r, 'lessons/course.yaml', (t) => t.replace('id: second-lesson', 'id: 02-second-lesson')),
    );
    expect(problemsOf(numbered)).toEqual([
      {
        file: 'lessons/course.yaml',
        field: 'lessons[1].id',
        reason: 'lesson ids are lower-case words joined by dashes, with no number prefix (first-steps)',
      },
    ]);
  });

  it('rejects a lesson listed the 1.0.0 way, by folder name only', () => {
    const root = courseWith((r) =>
      rewrite(r, 'lessons/course.yaml', (t) =>
        t.replace('  - id: second-lesson\n    folder: 02-second-lesson', '  - 02-second-lesson'),
      ),
    );
    expect(problemsOf(root)).toContainEqual(
      expect.objectContaining({ file: 'lessons/course.yaml', field: 'lessons[1]' }),
    );
  });

  it('rejects a lesson folder missing a track file and one not listed in course.yaml', () => {
    const root = courseWith((r) => {
      rmSync(join(r, 'lessons/02-second-lesson/patient.svx'));
      cpSync(join(r, 'lessons/01-first-lesson'), join(r, 'lessons/03-stray'), { recursive: true });
    });
    const problems = problemsOf(root);
    expect(problems).toContainEqual(
      expect.objectContaining({ file: 'lessons/02-second-lesson/patient.svx', field: '(file)' }),
    );
    expect(problems).toContainEqual(expect.objectContaining({ file: 'lessons/03-stray', field: '(folder)' }));
  });

  it('reports malformed YAML and bad course fields with the file name', () => {
    const root = courseWith((r) => {
      rewrite(r, 'lessons/course.yaml', (t) => t.replace('passMark: 80', 'passMark: 180'));
      writeFileSync(join(r, 'lessons/references.yaml'), 'R1: [unclosed');
    });
    const problems = problemsOf(root);
    expect(problems).toContainEqual({
      file: 'lessons/course.yaml',
      field: 'passMark',
      reason: 'passMark must be at most 100',
    });
    expect(problems).toContainEqual(
      expect.objectContaining({
        file: 'lessons/references.yaml',
        field: '(file)',
        reason: expect.stringMatching(/^not valid YAML/),
      }),
    );
  });

  it('rejects a duplicate objective id across lessons and a file without frontmatter', () => {
    const root = courseWith((r) => {
      rewrite(r, 'lessons/02-second-lesson/nursing.svx', (t) =>
        t.replace('obj-02-second-lesson-nursing', 'obj-01-first-lesson-nursing'),
      );
      writeFileSync(join(r, 'lessons/01-first-lesson/patient.svx'), 'Just text, no frontmatter.');
    });
    const problems = problemsOf(root);
    expect(problems).toContainEqual({
      file: 'lessons/02-second-lesson/nursing.svx',
      field: 'objectives',
      reason: expect.stringContaining('already used in lessons/01-first-lesson/nursing.svx'),
    });
    expect(problems).toContainEqual({
      file: 'lessons/01-first-lesson/patient.svx',
      field: 'frontmatter',
      reason: expect.stringContaining('must start with a frontmatter block'),
    });
  });

  it('formats the error message with one line per problem: file: field: reason', () => {
    const root = courseWith((r) =>
      rewrite(r, 'lessons/01-first-lesson/nursing.svx', (t) => t.replace(/^title: .*\n/m, '')),
    );
    expect(() => loadContent(root)).toThrow(/lessons\/01-first-lesson\/nursing\.svx: title: /);
  });
});

describe('course pages outside lesson folders', () => {
  it('accepts a page without frontmatter and one with a matching reference list', () => {
    const root = courseWith((r) => {
      writeFileSync(join(r, 'lessons/about.svx'), 'About the course [@R1].\n');
      writeFileSync(
        join(r, 'lessons/handout.svx'),
        '---\ntitle: Handout\nreferences: [R2]\n---\n\nText [@R2].\n',
      );
    });
    expect(() => loadContent(root)).not.toThrow();
  });

  it('rejects an unknown citation on a page and a citation missing from its list', () => {
    const root = courseWith((r) => {
      writeFileSync(join(r, 'lessons/about.svx'), 'About the course [@R77].\n');
      writeFileSync(
        join(r, 'lessons/handout.svx'),
        '---\ntitle: Handout\nreferences: [R2]\n---\n\nText [@R1].\n',
      );
    });
    const problems = problemsOf(root);
    expect(problems).toContainEqual({
      file: 'lessons/about.svx',
      field: '(body)',
      reason: expect.stringContaining('unknown reference key "R77"'),
    });
    expect(problems).toContainEqual({
      file: 'lessons/handout.svx',
      field: 'references',
      reason: expect.stringContaining('cites "R1"'),
    });
  });
});
