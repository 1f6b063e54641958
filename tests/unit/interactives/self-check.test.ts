// Patient self-checks: the build rejects a malformed self-check.yaml and a patient lesson without one
// (file, field and reason); the answer logic gives the right, not-yet and not-sure feedback, each
// ending with what to do; and the shipped self-checks spread their keys over the positions and cite
// only what their lesson cites.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/lib/course/load-content';
import { checkSelfCheckAnswer, notSure } from '../../../src/lib/interactives/self-check/check-answer';
import type { SelfCheck, SelfCheckQuestion } from '../../../src/lib/interactives/self-check/schema';
import { courseCopies, problemsOf, rewrite, validCourse } from '../../support/course-copies';

const file = 'lessons/01-first-lesson/self-check.yaml';
const patientLesson = 'lessons/01-first-lesson/patient.svx';
const { courseWith } = courseCopies();
const edit = (change: (text: string) => string) => courseWith((root) => rewrite(root, file, change));
const reasons = (root: string) => problemsOf(root).map((p) => `${p.file}: ${p.field}: ${p.reason}`);

describe('self-check file', () => {
  it('accepts the fixture course, whose patient lessons each have a self-check', () => {
    const content = loadContent(validCourse);
    expect((content.dataFiles[file] as SelfCheck).questions.map((q) => q.id)).toEqual(['first', 'second']);
  });

  it('asks for the file when the lesson embeds a self-check without one', () => {
    const root = courseWith((r) => rmSync(join(r, file)));
    expect(problemsOf(root)).toEqual([
      {
        file,
        field: '(file)',
        reason: `file is missing: <Drill name="self-check"> in ${patientLesson} (line 15) reads it`,
      },
    ]);
  });

  it('rejects "I\'m not sure" feedback that does not send the patient to their nurse', () => {
    const root = edit((t) => t.replace('That is OK. Ask your nurse to go over it with you.', 'That is OK.'));
    expect(reasons(root)).toEqual([
      `${file}: questions[0].notSure: notSure must tell the patient to ask their nurse`,
    ]);
  });

  it('accepts Spanish "not sure" feedback that sends the patient to their nurse (enfermera)', () => {
    const spanish = 'Está bien. Pida a su enfermera que lo repase con usted.';
    const root = edit((t) => t.replace('That is OK. Ask your nurse to go over it with you.', spanish));
    const selfCheck = loadContent(root).dataFiles[file] as SelfCheck;
    expect(selfCheck.questions[0]?.notSure).toBe(spanish);
  });

  it('asks for what to do next, and for the sources', () => {
    const root = edit((t) =>
      t.replace('    whatToDo: Read the lesson again.\n', '').replace(/ {4}references: \[R1\]\n$/, ''),
    );
    expect(reasons(root)).toEqual([
      `${file}: questions[1].whatToDo: missing field "whatToDo": add it (see the comments at the top of the file)`,
      `${file}: questions[1].references: missing field "references": add it (see the comments at the top of the file)`,
    ]);
  });

  it('names an answer that is not an option of its question, with the options it has', () => {
    const root = edit((t) => t.replace('answer: b', 'answer: c'));
    expect(reasons(root)).toEqual([
      `${file}: questions[1].answer: "c" is not an option id of this question; use one of: a, b`,
    ]);
  });

  it('rejects a repeated question id and a repeated option id', () => {
    const root = edit((t) =>
      t.replace('id: second', 'id: first').replace("{ id: b, text: 'Yes.'", "{ id: a, text: 'Yes.'"),
    );
    expect(reasons(root)).toEqual([
      `${file}: questions[1].id: question id "first" is used twice in this file`,
      `${file}: questions[1].options[1].id: option id "a" is used twice in this question`,
      `${file}: questions[1].answer: "b" is not an option id of this question; use one of: a, a`,
    ]);
  });

  it('keeps a self-check to 2 or 3 questions of 2 or 3 answers', () => {
    const oneQuestion = edit((t) => t.slice(0, t.indexOf('  - id: second')));
    expect(reasons(oneQuestion)).toEqual([`${file}: questions: questions must list 2 or 3 questions`]);
    const fourAnswers = edit((t) =>
      t.replace(
        "      - { id: b, text: 'Yes.', feedback: Every statement is cited. }\n",
        "      - { id: b, text: 'Yes.', feedback: Every statement is cited. }\n" +
          '      - { id: c, text: Maybe., feedback: It is cited. }\n' +
          '      - { id: d, text: Often., feedback: It is cited. }\n',
      ),
    );
    expect(reasons(fourAnswers)).toEqual([
      `${file}: questions[1].options: options must list 2 or 3 answers (the page adds "I'm not sure")`,
    ]);
  });

  it('rejects an unknown field and an unknown reference key', () => {
    const root = edit((t) => t.replace('    answer: a\n', '    answer: a\n    score: 1\n'));
    expect(reasons(root)).toEqual([
      `${file}: questions[0].score: unknown field "score": remove it or check its spelling`,
    ]);
    const unknownKey = edit((t) => t.replace('[R1]', '[R404]'));
    expect(reasons(unknownKey)).toEqual([
      `${file}: questions[0].references[0]: unknown reference key "R404": add it to lessons/references.yaml`,
    ]);
  });
});

describe('where a self-check stands', () => {
  it('asks every patient lesson for one', () => {
    const root = courseWith((r) => {
      rewrite(r, patientLesson, (t) => t.replace('<Drill name="self-check" />', ''));
      rmSync(join(r, file));
    });
    expect(reasons(root)).toEqual([
      `${patientLesson}: (body): every patient lesson has a self-check: add <Drill name="self-check" /> under its own "##" heading, with self-check.yaml beside the lesson`,
    ]);
  });

  it('refuses a second one in the same lesson, and one in a nursing lesson, with the line', () => {
    const root = courseWith((r) => {
      rewrite(r, patientLesson, (t) => `${t}\n<Drill name="self-check" />\n`);
      rewrite(r, 'lessons/01-first-lesson/nursing.svx', (t) => `${t}\n<Drill name="self-check" />\n`);
    });
    expect(problemsOf(root)).toEqual([
      {
        file: 'lessons/01-first-lesson/nursing.svx',
        field: '<Drill name="self-check">',
        reason: 'a self-check belongs in a patient lesson; the nursing track is assessed by its quizzes',
        line: 13,
      },
      {
        file: patientLesson,
        field: '<Drill name="self-check">',
        reason: 'a lesson has one self-check: remove this second one',
        line: 17,
      },
    ]);
  });
});

describe('answer logic', () => {
  const question: SelfCheckQuestion = {
    id: 'q',
    ask: 'Which one?',
    options: [
      { id: 'a', text: 'First.', feedback: 'First is not it.' },
      { id: 'b', text: 'Second.', feedback: 'Second is it.' },
      { id: 'c', text: 'Third.', feedback: 'Third is not it.' },
    ],
    answer: 'b',
    notSure: 'That is fine. Ask your nurse.',
    whatToDo: 'Ask your nurse any question.',
    references: ['R1'],
  };

  it('says the keyed option is right, with its feedback and then what to do', () => {
    expect(checkSelfCheckAnswer(question, 'b')).toEqual({
      verdict: 'right',
      sentences: ['Second is it.', 'Ask your nurse any question.'],
    });
  });

  it('gives any other option its own feedback, not yet right, and then what to do', () => {
    expect(checkSelfCheckAnswer(question, 'a')).toEqual({
      verdict: 'not-yet',
      sentences: ['First is not it.', 'Ask your nurse any question.'],
    });
    expect(checkSelfCheckAnswer(question, 'c')).toEqual({
      verdict: 'not-yet',
      sentences: ['Third is not it.', 'Ask your nurse any question.'],
    });
  });

  it('answers "I\'m not sure" with the words that send the patient to the nurse, then what to do', () => {
    expect(notSure).toBe('not-sure');
    expect(checkSelfCheckAnswer(question, 'not-sure')).toEqual({
      verdict: 'not-sure',
      sentences: ['That is fine. Ask your nurse.', 'Ask your nurse any question.'],
    });
  });

  it('gives nothing when no answer is chosen or the choice is unknown', () => {
    expect(checkSelfCheckAnswer(question, '')).toBeNull();
    expect(checkSelfCheckAnswer(question, 'z')).toBeNull();
  });
});

describe('the shipped self-checks', () => {
  const content = loadContent('.');
  const patientLessons = content.lessons.filter((lesson) => lesson.tracks.patient);
  const selfChecks = patientLessons.map((lesson) => ({
    lesson: lesson.tracks.patient!,
    data: content.dataFiles[`lessons/${lesson.slug}/self-check.yaml`] as SelfCheck,
  }));
  const questions = selfChecks.flatMap(({ data }) => data.questions);

  it('one beside every patient lesson, 2 or 3 questions each', () => {
    expect(patientLessons.length).toBeGreaterThanOrEqual(6);
    for (const { lesson, data } of selfChecks) {
      expect(data, lesson.file).toBeDefined();
      expect(data.questions.length, lesson.file).toBeGreaterThanOrEqual(2);
      expect(data.questions.length, lesson.file).toBeLessThanOrEqual(3);
    }
  });

  it('spread their keys over the positions: every position is keyed, none in more than half', () => {
    const positions = new Map<number, number>();
    for (const question of questions) {
      const at = question.options.findIndex((option) => option.id === question.answer);
      positions.set(at, (positions.get(at) ?? 0) + 1);
    }
    const widest = Math.max(...questions.map((question) => question.options.length));
    expect([...positions.keys()].sort()).toEqual([...Array(widest).keys()]);
    for (const count of positions.values()) expect(count).toBeLessThanOrEqual(questions.length / 2);
  });

  it('cite only sources their lesson cites (the facts come from the lesson on the page)', () => {
    for (const { lesson, data } of selfChecks)
      for (const question of data.questions)
        for (const key of question.references)
          expect(lesson.references, `${lesson.file}: ${question.id} cites ${key}`).toContain(key);
  });
});
