// The teach-back step of each patient lesson is checked when the course is built: a missing file, a
// malformed point, an unknown reference or a re-teach target that is not a section of the lesson
// fails with file, field and reason.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/lib/course/load-content';
import {
  courseCopies,
  problemsOf,
  rewrite as rewriteFile,
  validCourse as fixture,
} from '../../support/course-copies';

const file = 'lessons/01-first-lesson/teach-back.yaml';
const { courseWith } = courseCopies();
const rewrite = (root: string, change: (text: string) => string) => rewriteFile(root, file, change);

describe('teach-back check', () => {
  it('accepts the fixture course, whose patient lessons each have a teach-back', () => {
    expect(() => loadContent(fixture)).not.toThrow();
  });

  it('asks for the file when a patient lesson has none', () => {
    const root = courseWith((r) => rmSync(join(r, file)));
    expect(problemsOf(root)).toEqual([
      {
        file,
        field: '(file)',
        reason:
          'file is missing: every patient lesson ends with a teach-back step (lessons/01-first-lesson/patient.svx)',
      },
    ]);
  });

  it('names a re-teach target that is not a "##" heading of the lesson, with the headings it has', () => {
    const root = courseWith((r) =>
      rewrite(r, (t) => t.replace('reteach: What it is', 'reteach: What is it')),
    );
    expect(problemsOf(root)).toEqual([
      {
        file,
        field: 'points[0].reteach',
        reason:
          '"What is it" is not a "##" heading of lessons/01-first-lesson/patient.svx (its headings: What it is)',
      },
    ]);
  });

  it('matches a heading as the reader sees it (quotes and marks do not matter)', () => {
    const root = courseWith((r) => {
      rewriteFile(r, 'lessons/01-first-lesson/patient.svx', (t) =>
        t.replace('## What it is', '## What "it" *is*'),
      );
      rewrite(r, (t) => t.replace('reteach: What it is', 'reteach: What “it” is'));
    });
    expect(() => loadContent(root)).not.toThrow();
  });

  it('rejects a point without what to listen for, or without a source', () => {
    const root = courseWith((r) =>
      rewrite(r, (t) =>
        t.replace('listenFor: [A cited statement.]', 'listenFor: []').replace('references: [R1]', ''),
      ),
    );
    const problems = problemsOf(root);
    expect(problems.map((p) => `${p.field}: ${p.reason}`)).toEqual([
      'points[0].listenFor: listenFor must say at least one thing a good answer contains',
      'points[0].references: references is required',
    ]);
  });

  it('rejects an unknown reference key and a repeated point id', () => {
    const root = courseWith((r) =>
      rewrite(r, (t) => {
        const point = t.slice(t.indexOf('  - id:'), t.indexOf('closing:'));
        return t.replace('references: [R1]', 'references: [R404]').replace('closing:', `${point}closing:`);
      }),
    );
    expect(problemsOf(root).map((p) => `${p.field}: ${p.reason}`)).toEqual([
      'points[0].references[0]: unknown reference key "R404": add it to lessons/references.yaml',
      'points[1].id: point id "what-it-is" is used twice in this file',
    ]);
  });

  it('asks for the words that re-teach a missed point another way', () => {
    const root = courseWith((r) => rewrite(r, (t) => t.replace(/ *sayAgain:.*\n/, '')));
    expect(problemsOf(root).map((p) => `${p.field}: ${p.reason}`)).toEqual([
      'points[0].sayAgain: sayAgain is required',
    ]);
  });

  it('asks for what the patient does next', () => {
    const root = courseWith((r) => rewrite(r, (t) => t.replace(/closing:.*\n/, '')));
    expect(problemsOf(root).map((p) => `${p.field}: ${p.reason}`)).toEqual(['closing: closing is required']);
  });

  it('lists the allowed fields when a field is misspelt', () => {
    const root = courseWith((r) => rewrite(r, (t) => t.replace('closing:', 'closign:')));
    expect(problemsOf(root).map((p) => `${p.field}: ${p.reason}`)).toEqual([
      'closing: closing is required',
      'closign: unknown or malformed field (allowed: prompt, points, closing, references)',
    ]);
  });
});
