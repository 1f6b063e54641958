// Build-time validation of the data files lessons embed: the shipped course passes; each malformed
// fixture (tests/fixtures/interactives/) fails with the file, field and reason an author needs; a data
// file is found through the lesson that embeds it, so renaming a lesson folder needs no code change,
// and a missing or unread data file is reported rather than skipped.
import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ContentError, type ContentProblem } from '../../../src/lib/course/content-error.ts';
import { loadContent } from '../../../src/lib/course/load-content.ts';
import { lessonDataFile, lessonEmbedding } from '../../support/lesson-data.ts';

const fixtures = 'tests/fixtures/interactives';
const shipped = loadContent(process.cwd());
let roots: string[] = [];

/** A copy of the shipped course whose lessons/ the test may change. */
function courseCopy(): string {
  const root = mkdtempSync(join(tmpdir(), 'lesson-data-'));
  roots.push(root);
  cpSync('lessons', join(root, 'lessons'), { recursive: true });
  return root;
}

function problemsOf(root: string): ContentProblem[] {
  try {
    loadContent(root);
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    return error.problems;
  }
  return [];
}

afterEach(() => {
  roots.forEach((root) => rmSync(root, { recursive: true, force: true }));
  roots = [];
});

const her2 = lessonDataFile(shipped, 'Drill', 'her2-classifier');
const dosing = lessonDataFile(shipped, 'Drill', 'dose');
const lookAlikes = lessonDataFile(shipped, 'Drill', 'look-alike');
const cardiac = lessonDataFile(shipped, 'Drill', 'cardiac-hold');

describe('data files of embedded elements', () => {
  it('finds every data file through the lesson that embeds it', () => {
    const files = shipped.lessons.flatMap((lesson) =>
      Object.values(lesson.tracks).flatMap((meta) => meta.embeds.map((embed) => embed.data)),
    );
    // Every patient lesson has its own self-check beside it.
    const selfChecks = shipped.lessons.map((lesson) => `lessons/${lesson.slug}/self-check.yaml`);
    expect(new Set(files)).toEqual(
      new Set([
        lessonDataFile(shipped, 'Scene', 'receptor-density'),
        lessonDataFile(shipped, 'Scene', 'trastuzumab-action'),
        her2,
        dosing,
        lookAlikes,
        cardiac,
        ...selfChecks,
      ]),
    );
    expect(dosing).toBe(`lessons/${lessonEmbedding(shipped, 'Drill', 'dose')}/dosing.yaml`);
  });

  it.each([
    [her2, 'her2-unknown-reference.yaml', 'ihc[3].references[0]', /unknown reference key "R999"/],
    [her2, 'her2-wrong-expected.yaml', 'cases[1].expected', /give "negative"/],
    [her2, 'her2-overlapping-groups.yaml', 'ish.groups', /groups 4 and 5/],
    [her2, 'her2-bad-ihc-score.yaml', 'ihc[3].score', /IHC score must be one of/],
    [dosing, 'dosing-missing-concentration.yaml', 'concentration.value', /^missing field "value": add it/],
    [dosing, 'dosing-text-tolerance.yaml', 'answerTolerance.dosePercent', /must be a number/],
    [dosing, 'dosing-missing-mistake.yaml', 'mistakes', /multiplied-by-concentration/],
    [lookAlikes, 'look-alikes-unknown-answer.yaml', 'cues[5].answer', /"pesgo" is not a product id/],
    [cardiac, 'cardiac-wrong-action.yaml', 'rules[1].action', /"hold" rule/],
    [cardiac, 'cardiac-wrong-expect.yaml', 'cases[3].readings[0].expect', /fires "continue"/],
    [cardiac, 'cardiac-missing-rule.yaml', 'rules', /"already-discontinued" needs exactly one statement/],
    [cardiac, 'cardiac-readings-out-of-order.yaml', 'cases[0].readings[1].week', /must come after/],
    [lookAlikes, 'not-yaml.yaml', '(file)', /not valid YAML/],
  ])('%s replaced by %s: %s', (file, fixture, field, reason) => {
    const root = courseCopy();
    writeFileSync(join(root, file), readFileSync(join(fixtures, fixture)));
    const problems = problemsOf(root);
    const match = problems.find((problem) => problem.file === file && problem.field.startsWith(field));
    expect(match, JSON.stringify(problems, null, 2)).toBeDefined();
    expect(match?.reason).toMatch(reason);
    expect(problems.every((problem) => problem.file === file)).toBe(true);
  });

  it('reports a missing data file, naming the lesson and line that embed it', () => {
    const root = courseCopy();
    rmSync(join(root, dosing));
    const embed = shipped.lessons
      .flatMap((lesson) => Object.values(lesson.tracks))
      .flatMap((meta) => meta.embeds.map((e) => ({ ...e, file: meta.file })))
      .find((e) => e.name === 'dose');
    expect(problemsOf(root)).toEqual([
      {
        file: dosing,
        field: '(file)',
        reason: `file is missing: <Drill name="dose"> in ${embed?.file} (line ${embed?.line}) reads it`,
      },
    ]);
  });

  it('reports a data file that no element in its lesson reads, instead of never checking it', () => {
    const root = courseCopy();
    const lessonFile = `lessons/${lessonEmbedding(shipped, 'Drill', 'dose')}/nursing.svx`;
    const path = join(root, lessonFile);
    writeFileSync(path, readFileSync(path, 'utf8').replace('<Drill name="dose" />', ''));
    expect(problemsOf(root)).toEqual([
      {
        file: dosing,
        field: '(file)',
        reason:
          'no <Scene> or <Drill> in this lesson reads this file: embed the element that uses it, or remove the file',
      },
    ]);
  });

  it('follows a renamed lesson folder with no change outside lessons/', () => {
    const root = courseCopy();
    const slug = lessonEmbedding(shipped, 'Drill', 'dose');
    const renamed = slug.replace(/^\d\d-/, '09-');
    renameSync(join(root, 'lessons', slug), join(root, 'lessons', renamed));
    const course = join(root, 'lessons/course.yaml');
    writeFileSync(course, readFileSync(course, 'utf8').replace(`folder: ${slug}`, `folder: ${renamed}`));
    const content = loadContent(root);
    expect(lessonDataFile(content, 'Drill', 'dose')).toBe(`lessons/${renamed}/dosing.yaml`);
  });
});
