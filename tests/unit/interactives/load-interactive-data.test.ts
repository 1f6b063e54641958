// Build-time validation of the interactive data files: the shipped files pass, and each malformed
// fixture (tests/fixtures/interactives/) fails with the file, field and reason an author needs.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ProblemList } from '../../../src/lib/course/content-error.ts';
import type { Reference } from '../../../src/lib/course/schemas.ts';
import {
  interactiveDataFiles,
  loadInteractiveData,
} from '../../../src/lib/interactives/load-interactive-data.ts';

const references = parse(readFileSync('lessons/references.yaml', 'utf8')) as Record<string, Reference>;
const fixtures = 'tests/fixtures/interactives';
let roots: string[] = [];

/** A project root holding the shipped data files, with one of them replaced by a fixture. */
function rootWith(replace?: { file: string; fixture: string }): string {
  const root = mkdtempSync(join(tmpdir(), 'interactive-data-'));
  roots.push(root);
  for (const file of Object.values(interactiveDataFiles)) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    const source = replace?.file === file ? join(fixtures, replace.fixture) : file;
    copyFileSync(source, join(root, file));
  }
  return root;
}

afterEach(() => {
  roots.forEach((root) => rmSync(root, { recursive: true, force: true }));
  roots = [];
});

function problemsFor(file: string, fixture: string) {
  const problems = new ProblemList();
  loadInteractiveData(rootWith({ file, fixture }), references, problems);
  return problems.items;
}

describe('loadInteractiveData', () => {
  it('accepts the shipped data files and returns them parsed', () => {
    const problems = new ProblemList();
    const data = loadInteractiveData(rootWith(), references, problems);
    expect(problems.items).toEqual([]);
    expect(Object.values(data).every((value) => value !== null)).toBe(true);
  });

  const { her2Classification: her2, dosing, lookAlikes, cardiacHoldRules: cardiac } = interactiveDataFiles;
  it.each([
    [her2, 'her2-unknown-reference.yaml', 'ihc[3].references[0]', /unknown reference key "R999"/],
    [her2, 'her2-wrong-expected.yaml', 'cases[1].expected', /give "negative"/],
    [her2, 'her2-overlapping-groups.yaml', 'ish.groups', /groups 4 and 5/],
    [her2, 'her2-bad-ihc-score.yaml', 'ihc[3].score', /IHC score must be one of/],
    [dosing, 'dosing-missing-concentration.yaml', 'concentration', /./],
    [dosing, 'dosing-text-tolerance.yaml', 'answerTolerance.dosePercent', /must be a number/],
    [dosing, 'dosing-missing-mistake.yaml', 'mistakes', /multiplied-by-concentration|unknown or malformed/],
    [lookAlikes, 'look-alikes-unknown-answer.yaml', 'cues[5].answer', /"pesgo" is not a product id/],
    [cardiac, 'cardiac-wrong-action.yaml', 'rules[1].action', /"hold" rule/],
    [cardiac, 'cardiac-wrong-expect.yaml', 'cases[3].readings[0].expect', /fires "continue"/],
    [cardiac, 'cardiac-missing-rule.yaml', 'rules', /"already-discontinued" needs exactly one statement/],
    [cardiac, 'cardiac-readings-out-of-order.yaml', 'cases[0].readings[1].week', /must come after/],
    [lookAlikes, 'not-yaml.yaml', '(file)', /not valid YAML/],
  ])('%s with %s: %s', (file, fixture, field, reason) => {
    const problems = problemsFor(file, fixture);
    const match = problems.find((problem) => problem.file === file && problem.field.startsWith(field));
    expect(match, JSON.stringify(problems, null, 2)).toBeDefined();
    expect(match?.reason).toMatch(reason);
    expect(problems.every((problem) => problem.file === file)).toBe(true);
  });

  it('needs no data when the lesson that embeds an element is not part of the course', () => {
    const root = rootWith();
    rmSync(join(root, dirname(dosing)), { recursive: true });
    const problems = new ProblemList();
    const data = loadInteractiveData(root, references, problems);
    expect(problems.items).toEqual([]);
    expect(data.dosing).toBeNull();
    expect(data.cardiacHoldRules).not.toBeNull();
  });

  it('reports a missing file when its lesson folder exists', () => {
    const root = rootWith();
    rmSync(join(root, dosing));
    const problems = new ProblemList();
    loadInteractiveData(root, references, problems);
    expect(problems.items).toEqual([
      { file: dosing, field: '(file)', reason: expect.stringMatching(/missing/) },
    ]);
  });
});
