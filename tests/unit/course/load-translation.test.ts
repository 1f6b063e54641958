// The Spanish patient track in the build's content part: a complete set loads with its glossary words,
// teach-backs and self-checks; a partial set, frontmatter that differs from the English page, an
// unknown or missing glossary term and a file no page reads each fail with file, field and reason.
import { copyFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/lib/course/load-content';
import { courseCopies, problemsOf, rewrite, validCourse } from '../../support/course-copies';

const spanishCourse = 'tests/fixtures/content-spanish';
const { courseWith } = courseCopies(spanishCourse);
const lesson1 = 'lessons/01-first-lesson';
const lesson2 = 'lessons/02-second-lesson';

describe('the Spanish patient track', () => {
  it('loads every Spanish page with its frontmatter, glossary words, self-checks and teach-backs', () => {
    const content = loadContent(spanishCourse);
    const spanish = content.translations.es;
    expect(Object.keys(spanish?.lessons ?? {})).toEqual(['01-first-lesson', '02-second-lesson']);
    expect(spanish?.lessons['01-first-lesson']).toMatchObject({
      file: `${lesson1}/patient.es.svx`,
      title: 'Lección 01-first-lesson (paciente)',
      objectives: [{ id: 'obj-01-first-lesson-patient', text: 'Hacer una cosa que se pueda medir.' }],
      minutes: 5,
    });
    expect(spanish?.lessons['01-first-lesson']?.embeds).toEqual([
      { tag: 'Drill', name: 'self-check', line: 15, data: `${lesson1}/self-check.es.yaml` },
    ]);
    expect(spanish?.handout).toBe('lessons/handout.es.svx');
    // The course words of the Spanish pages, from lessons/course.es.yaml.
    expect(spanish?.course).toEqual({
      title: 'Curso de prueba',
      description: 'Un curso mínimo con la ruta para pacientes en español, para las pruebas de traducción.',
      tracks: { patient: { title: 'Pacientes y familias', description: 'Ruta para pacientes.' } },
    });
    // The Spanish words, with the English entry's sources.
    expect(spanish?.glossary).toEqual([
      { id: 'alpha', term: 'Alfa', definition: 'El primer término de prueba.', references: ['R1'] },
    ]);
    expect(content.dataFiles[`${lesson2}/teach-back.es.yaml`]).toMatchObject({
      points: [{ id: 'what-it-is', ask: '¿Qué es?', reteach: 'Qué es' }],
    });
    expect(content.dataFiles[`${lesson1}/self-check.es.yaml`]).toMatchObject({
      questions: [{ id: 'first', ask: '¿Qué es?' }, { id: 'second' }],
    });
    // The English pages and their data are unchanged beside them.
    expect(content.lessons[0]?.tracks.patient?.file).toBe(`${lesson1}/patient.svx`);
    expect(content.dataFiles[`${lesson1}/self-check.yaml`]).toMatchObject({
      questions: [{ id: 'first', ask: 'What is it?' }, { id: 'second' }],
    });
  });

  it('has no translation when no Spanish page is written', () => {
    expect(loadContent(validCourse).translations).toEqual({});
  });

  it('names each missing page of a partial set', () => {
    const root = courseWith((r) => {
      rmSync(join(r, `${lesson2}/patient.es.svx`));
      rmSync(join(r, 'lessons/handout.es.svx'));
    });
    const problems = problemsOf(root);
    const reason =
      'file is missing: the es patient track has a page for every patient lesson and the handout, and 1 of 3 are written (such as lessons/01-first-lesson/patient.es.svx)';
    expect(problems).toContainEqual({ file: `${lesson2}/patient.es.svx`, field: '(file)', reason });
    expect(problems).toContainEqual({ file: 'lessons/handout.es.svx', field: '(file)', reason });
  });

  it('holds the frontmatter to the English page: objective ids, minutes and references', () => {
    const root = courseWith((r) =>
      rewrite(r, `${lesson1}/patient.es.svx`, (t) =>
        t
          .replace('id: obj-01-first-lesson-patient', 'id: obj-uno')
          .replace('minutes: 5', 'minutes: 7')
          .replace('references: [R1, R2]', 'references: [R1, R2, R3]'),
      ),
    );
    const problems = problemsOf(root);
    expect(problems).toContainEqual({
      file: `${lesson1}/patient.es.svx`,
      field: 'objectives[0].id',
      reason: `"obj-uno" is not the id of objective 1 in ${lesson1}/patient.svx ("obj-01-first-lesson-patient"): keep the same ids in the same order`,
    });
    expect(problems).toContainEqual({
      file: `${lesson1}/patient.es.svx`,
      field: 'minutes',
      reason: `7, but ${lesson1}/patient.svx says 5: the same lesson takes the same time`,
    });
    expect(problems).toContainEqual({
      file: `${lesson1}/patient.es.svx`,
      field: 'references',
      reason: `must list the same references as ${lesson1}/patient.svx (not listed in English: R3)`,
    });
  });

  it('refuses a different number of objectives and a handout whose sources differ', () => {
    const root = courseWith((r) => {
      rewrite(r, `${lesson2}/patient.es.svx`, (t) =>
        t.replace('minutes: 5', '  - id: obj-extra\n    text: Otra cosa.\nminutes: 5'),
      );
      rewrite(r, 'lessons/handout.es.svx', (t) =>
        t.replace('references: [R1]\nsources', 'references: [R1, R2]\nsources'),
      );
    });
    const problems = problemsOf(root);
    expect(problems).toContainEqual({
      file: `${lesson2}/patient.es.svx`,
      field: 'objectives',
      reason: `lists 2 objectives, ${lesson2}/patient.svx lists 1: translate each one, with its id`,
    });
    expect(problems).toContainEqual({
      file: 'lessons/handout.es.svx',
      field: 'references',
      reason: 'must list the same references as lessons/handout.svx (not listed in English: R2)',
    });
  });

  it('validates the Spanish frontmatter with the English schema', () => {
    const root = courseWith((r) =>
      rewrite(r, `${lesson2}/patient.es.svx`, (t) => t.replace(/^title: .*\n/m, '')),
    );
    expect(problemsOf(root)).toContainEqual({
      file: `${lesson2}/patient.es.svx`,
      field: 'title',
      reason: expect.stringMatching(/title/),
    });
  });

  it('takes Spanish terms from glossary.es.yaml: an unknown id, a term it lacks and an unused entry fail', () => {
    const root = courseWith((r) => {
      writeFileSync(
        join(r, 'lessons/glossary.es.yaml'),
        [
          '- { id: alpha, term: Alfa, definition: El primero. }',
          '- { id: gamma, term: Gama, definition: No existe en inglés. }',
          '- { id: beta-term, term: Beta, definition: Nadie lo usa. }',
        ].join('\n'),
      );
      rewrite(r, `${lesson2}/patient.es.svx`, (t) =>
        t.replace('Otra más [@R2; @R1].', 'Otra <Term id="beta-term">beta</Term> [@R2; @R1].'),
      );
      rewrite(r, 'lessons/handout.es.svx', (t) => t.replace('<Term id="alpha">', '<Term id="delta">'));
    });
    const problems = problemsOf(root);
    expect(problems).toContainEqual({
      file: 'lessons/glossary.es.yaml',
      field: '[1].id',
      reason: 'unknown glossary term "gamma": the ids are those of lessons/glossary.yaml',
    });
    expect(problems).toContainEqual({
      file: 'lessons/handout.es.svx',
      field: '<Term id="delta">',
      reason: 'unknown glossary term "delta": add it to lessons/glossary.es.yaml or fix the id',
    });
    // beta-term is now used, so only an entry no Spanish page marks is reported.
    expect(problems.filter((p) => p.file === 'lessons/glossary.es.yaml').map((p) => p.field)).toEqual([
      '[1].id',
    ]);
  });

  it('reports a Spanish glossary entry no Spanish page marks, and a term the Spanish glossary lacks', () => {
    const root = courseWith((r) => {
      writeFileSync(
        join(r, 'lessons/glossary.es.yaml'),
        '- { id: alpha, term: Alfa, definition: El primero. }\n- { id: beta-term, term: Beta, definition: Sin uso. }\n',
      );
      rewrite(r, 'lessons/handout.es.svx', (t) => t.replace('<Term id="alpha">', '<Term id="alpha">'));
      rewrite(r, `${lesson1}/patient.es.svx`, (t) => t.replace('refs', 'refs'));
    });
    expect(problemsOf(root)).toContainEqual({
      file: 'lessons/glossary.es.yaml',
      field: '[1] (beta-term)',
      reason:
        '"Beta" is defined but no lesson or page marks it with <Term id="beta-term">: mark it where the lesson uses it, or remove the entry',
    });
    const missing = courseWith((r) => rmSync(join(r, 'lessons/glossary.es.yaml')));
    expect(problemsOf(missing)).toContainEqual({
      file: `${lesson1}/patient.es.svx`,
      field: '<Term id="alpha">',
      reason: 'unknown glossary term "alpha": add it to lessons/glossary.es.yaml or fix the id',
    });
  });

  it('reads the Spanish self-check and teach-back in the English schema', () => {
    const root = courseWith((r) => {
      rewrite(r, `${lesson1}/self-check.es.yaml`, (t) => t.replace('answer: a', 'answer: z'));
      rewrite(r, `${lesson2}/teach-back.es.yaml`, (t) => t.replace('reteach: Qué es', 'reteach: What it is'));
      rmSync(join(r, `${lesson2}/self-check.es.yaml`));
    });
    const problems = problemsOf(root);
    expect(problems).toContainEqual({
      file: `${lesson1}/self-check.es.yaml`,
      field: 'questions[0].answer',
      reason: '"z" is not an option id of this question; use one of: a, b',
    });
    expect(problems).toContainEqual({
      file: `${lesson2}/teach-back.es.yaml`,
      field: 'points[0].reteach',
      reason: `"What it is" is not a "##" heading of ${lesson2}/patient.es.svx (its headings: Qué es)`,
    });
    expect(problems).toContainEqual({
      file: `${lesson2}/self-check.es.yaml`,
      field: '(file)',
      reason: `file is missing: <Drill name="self-check"> in ${lesson2}/patient.es.svx (line 15) reads it`,
    });
  });

  it('reports a Spanish file no page reads, a translated nursing page and a glossary without pages', () => {
    const root = courseWith((r) => {
      writeFileSync(join(r, `${lesson1}/extra.es.yaml`), 'title: Nada\n');
      copyFileSync(join(r, `${lesson1}/nursing.svx`), join(r, `${lesson1}/nursing.es.svx`));
    });
    const problems = problemsOf(root);
    expect(problems).toContainEqual({
      file: `${lesson1}/extra.es.yaml`,
      field: '(file)',
      reason:
        'no <Scene> or <Drill> in this lesson reads this file: embed the element that uses it, or remove the file',
    });
    expect(problems).toContainEqual({
      file: `${lesson1}/nursing.es.svx`,
      field: '(file)',
      reason:
        'the course shows no such page: only the patient lessons (patient.es.svx) and the handout (handout.es.svx) are translated, and the nursing track stays English',
    });
    const noPages = courseWith((r) => {
      for (const file of [`${lesson1}/patient.es.svx`, `${lesson2}/patient.es.svx`, 'lessons/handout.es.svx'])
        rmSync(join(r, file));
    });
    const left = problemsOf(noPages);
    expect(left).toContainEqual({
      file: 'lessons/glossary.es.yaml',
      field: '(file)',
      reason:
        'no page is written in this language (no lessons/01-first-lesson/patient.es.svx), so nothing reads this file: add the pages, or remove the file',
    });
    // The Spanish data files beside them are read by nothing either.
    expect(left).toContainEqual({
      file: `${lesson1}/self-check.es.yaml`,
      field: '(file)',
      reason:
        'no <Scene> or <Drill> in this lesson reads this file: embed the element that uses it, or remove the file',
    });
  });

  it('needs the Spanish course words: a missing file, an empty title and a field it may not change fail', () => {
    const missing = courseWith((r) => rmSync(join(r, 'lessons/course.es.yaml')));
    expect(problemsOf(missing)).toContainEqual({
      file: 'lessons/course.es.yaml',
      field: '(file)',
      reason:
        'file is missing: the es pages name the course and the patient track in their language, from this file',
    });
    const malformed = courseWith((r) =>
      writeFileSync(
        join(r, 'lessons/course.es.yaml'),
        [
          'title: "  "',
          'description: Un curso.',
          'version: 2.0.0',
          'tracks:',
          '  patient: { title: Pacientes, description: Ruta. }',
          '  nursing: { title: Enfermería, description: Ruta. }',
          '',
        ].join('\n'),
      ),
    );
    const problems = problemsOf(malformed).filter((p) => p.file === 'lessons/course.es.yaml');
    expect(problems.map((p) => p.field).sort()).toEqual(['title', 'tracks.nursing', 'version']);
    expect(problems.find((p) => p.field === 'title')?.reason).toBe('title must not be empty');
    expect(problems.find((p) => p.field === 'version')?.reason).toContain(
      'id, version and the lesson list are course.yaml',
    );
  });
});
