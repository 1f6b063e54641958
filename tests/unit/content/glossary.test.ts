// Glossary validation: a valid glossary loads with the course; malformed glossaries and unknown
// <Term id> marks in lessons fail the build with file, field and reason (docs/users.md, the course author).
import { copyFileSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContentError, ProblemList, type ContentProblem } from '../../../src/lib/course/content-error';
import { loadContent } from '../../../src/lib/course/load-content';
import { checkTermUsage, loadGlossary } from '../../../src/lib/glossary/load-glossary';
import { glossaryTermHref, termFromHash } from '../../../src/lib/glossary/glossary-links';
import { courseCopies, rewrite } from '../../support/course-copies';

const fixture = 'tests/fixtures/content-glossary';
const malformed = 'tests/fixtures/content-glossary-malformed';
const glossaryFile = 'lessons/glossary.yaml';
const lessonFile = 'lessons/01-only-lesson/nursing.svx';
const { courseWith } = courseCopies(fixture);

function withGlossary(name: string): string {
  return courseWith((root) => copyFileSync(join(malformed, name), join(root, glossaryFile)));
}

function withLessonChange(change: (text: string) => string): string {
  return courseWith((root) => rewrite(root, lessonFile, change));
}

/**
 * Problems the loader reports for the glossary and the fixture lesson. The fixture course is otherwise
 * valid, so a problem anywhere else means the load failed for another reason: that fails the test
 * instead of leaving an empty list that would pass it.
 */
function problemsOf(root: string): ContentProblem[] {
  try {
    loadContent(root);
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    const problems = (error as ContentError).problems;
    const ours = (p: ContentProblem) =>
      p.file === glossaryFile || p.file.startsWith('lessons/01-only-lesson/');
    expect(problems.filter((p) => !ours(p))).toEqual([]);
    return problems.filter(ours);
  }
  return [];
}

function glossaryOf(root: string): { entries: ReturnType<typeof loadGlossary>; problems: ContentProblem[] } {
  const problems = new ProblemList();
  const entries = loadGlossary(root, { R1: { citation: 'Fixture reference one.', kind: 'trial' } }, problems);
  return { entries, problems: problems.items };
}

describe('glossary loading', () => {
  it('loads a valid glossary, and the fixture course reports no glossary or term problems', () => {
    const { entries, problems } = glossaryOf(fixture);
    expect(problems).toEqual([]);
    expect(entries.map((entry) => entry.id)).toEqual(['alpha', 'beta-term']);
    expect(entries[0]?.references).toEqual(['R1']);
    expect(problemsOf(fixture)).toEqual([]);
  });

  it('treats a course without a glossary file as having an empty glossary', () => {
    const root = courseWith((r) => rmSync(join(r, glossaryFile)));
    expect(glossaryOf(root)).toEqual({ entries: [], problems: [] });
    // ... so every <Term> in the lessons is then unknown.
    expect(problemsOf(root).map((p) => p.field)).toEqual(['<Term id="alpha">', '<Term id="beta-term">']);
  });

  it('rejects an entry without a definition', () => {
    expect(problemsOf(withGlossary('missing-definition.yaml'))).toContainEqual({
      file: glossaryFile,
      field: '[0].definition',
      reason: expect.stringMatching(/definition/),
    });
  });

  it('rejects an unknown reference key, naming the entry and position', () => {
    expect(problemsOf(withGlossary('unknown-reference.yaml')).filter((p) => p.file === glossaryFile)).toEqual(
      [
        {
          file: glossaryFile,
          field: '[0].references[1]',
          reason: expect.stringMatching(/unknown reference key "R404"/),
        },
      ],
    );
  });

  it('rejects a duplicate term id', () => {
    expect(problemsOf(withGlossary('duplicate-id.yaml'))).toContainEqual({
      file: glossaryFile,
      field: '[1].id',
      reason: expect.stringMatching(/duplicate id "alpha"/),
    });
  });

  it('rejects a malformed id and an unknown field', () => {
    const problems = problemsOf(withGlossary('bad-id-and-extra-field.yaml')).filter(
      (p) => p.file === glossaryFile,
    );
    expect(problems.map((p) => p.field).sort()).toEqual(['[0].id', '[0].meaning']);
  });

  it('rejects a glossary that is not a list', () => {
    expect(problemsOf(withGlossary('not-a-list.yaml'))).toContainEqual({
      file: glossaryFile,
      field: '(top level)',
      reason: expect.stringMatching(/list/),
    });
  });

  it('reports YAML syntax errors against the glossary file', () => {
    expect(problemsOf(withGlossary('invalid-yaml.yaml'))).toContainEqual({
      file: glossaryFile,
      field: '(file)',
      reason: expect.stringMatching(/not valid YAML/),
    });
  });
});

describe('<Term> marks in lessons', () => {
  it('reports a glossary term that no lesson or page marks, naming the entry', () => {
    const root = withLessonChange((text) => text.replace("<Term id='beta-term'>beta</Term>", 'beta'));
    expect(problemsOf(root)).toEqual([
      {
        file: glossaryFile,
        field: '[1] (beta-term)',
        reason:
          '"Beta term" is defined but no lesson or page marks it with <Term id="beta-term">: mark it where the lesson uses it, or remove the entry',
      },
    ]);
  });

  it('the course glossary has no unused term and every marked term is defined', () => {
    const content = loadContent('.');
    const used = new Set(
      [...readFileSync('lessons/handout.svx', 'utf8').matchAll(/<Term id="([^"]+)"/g)].map((m) => m[1]),
    );
    for (const lesson of content.lessons)
      for (const meta of Object.values(lesson.tracks))
        for (const m of readFileSync(meta?.file ?? '', 'utf8').matchAll(/<Term id="([^"]+)"/g))
          used.add(m[1]);
    const defined = content.glossary.map((entry) => entry.id);
    expect(defined.filter((id) => !used.has(id))).toEqual([]);
    expect([...used].filter((id) => !defined.includes(id as string))).toEqual([]);
  });

  it('reports a lesson that names an unknown term, with file, field and reason', () => {
    const root = withLessonChange((text) => text.replace('<Term id="alpha">', '<Term id="alpah">'));
    expect(problemsOf(root)).toEqual([
      {
        file: lessonFile,
        field: '<Term id="alpah">',
        reason: expect.stringMatching(/unknown glossary term "alpah"/),
      },
      // The misspelt mark also leaves the real term unmarked anywhere.
      { file: glossaryFile, field: '[0] (alpha)', reason: expect.stringMatching(/is defined but no lesson/) },
    ]);
  });

  it('reports a <Term> without a quoted id', () => {
    const root = withLessonChange((text) => text.replace('<Term id="alpha">', '<Term>'));
    expect(problemsOf(root)).toContainEqual({
      file: lessonFile,
      field: '<Term>',
      reason: expect.stringMatching(/needs a quoted id/),
    });
  });

  it('accepts single- and double-quoted ids and ignores text that only looks similar', () => {
    const problems = new ProblemList();
    const ids = new Set(['alpha', 'beta-term']);
    checkTermUsage(
      '<Term id="alpha">a</Term> <Term id=\'beta-term\'>b</Term> <Terminal id="zzz">',
      'x.svx',
      ids,
      problems,
    );
    expect(problems.items).toEqual([]);
  });
});

describe('glossary links under the hash router', () => {
  it('names the term in a query inside the hash, and reads it back', () => {
    const link = glossaryTermHref('lvef');
    expect(link).toBe('#/glossary?term=lvef');
    expect(termFromHash(link)).toBe('lvef');
    expect(termFromHash('#/glossary')).toBeNull();
  });

  it('links a term on a Spanish page to the Spanish glossary', () => {
    const link = glossaryTermHref('her2', 'es');
    expect(link).toBe('#/es/glossary?term=her2');
    expect(termFromHash(link)).toBe('her2');
  });
});
