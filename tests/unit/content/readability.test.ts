// Patient pages must read at or below US grade 6 (Flesch–Kincaid), the level many patients read at
// (docs/users.md, the nurse educator). The grade is measured on the prose a reader sees: see lesson-prose.ts.
import { readFileSync } from 'node:fs';
import readability from 'text-readability-ts';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/lib/course/load-content';
import type { SelfCheck } from '../../../src/lib/interactives/self-check/schema';
import type { TeachBack } from '../../../src/lib/teach-back/schema';
import { teachBackFile } from '../../../src/lib/teach-back/teach-back-file';
import { lessonProse } from './lesson-prose';

const maxGrade = 6.0;

describe('lessonProse (what the readability formula sees)', () => {
  const source = [
    '---',
    'title: Frontmatter title',
    'summary: Not prose.',
    '---',
    '',
    '<script>',
    "  import Term from '$lib/glossary/Term.svelte';",
    '</script>',
    '',
    '## Your heart',
    '',
    'Herceptin can affect the <Term id="lvef">heart</Term> [@R1; @R2]. It is **checked** often [@R3].',
    '',
    '<!-- scene: receptor-density -->',
    '<Scene config={data} track="patient" />',
    '',
    '- new or worse trouble breathing',
    '- swelling in your feet',
    '',
    '| When | Test |',
    '|---|---|',
    '| Before you start | Echo |',
    '',
    '<aside class="callout callout-teachback">',
    '',
    '**Tell me in your own words:**',
    '',
    '</aside>',
  ].join('\n');
  const prose = lessonProse(source);

  it('drops frontmatter, scripts, comments, components and citations', () => {
    expect(prose).not.toMatch(/Frontmatter|import|scene|Scene|config|@R|\[|\]|<|>/);
  });

  it('keeps the words inside inline markup and glossary terms', () => {
    expect(prose).toContain('Herceptin can affect the heart.');
    expect(prose).toContain('It is checked often.');
  });

  it('makes each heading, list item and table cell its own capitalised sentence', () => {
    expect(prose).toBe(
      'Your heart. Herceptin can affect the heart. It is checked often. New or worse trouble breathing. ' +
        'Swelling in your feet. When. Test. Before you start. Echo. Tell me in your own words.',
    );
  });
});

describe('patient pages read at grade 6 or below', () => {
  const content = loadContent('.');
  const patientFiles = content.lessons.flatMap((lesson) =>
    lesson.tracks.patient ? [lesson.tracks.patient.file] : [],
  );

  it('covers every lesson in the patient track', () => {
    expect(patientFiles).toHaveLength(content.course.lessons.length);
  });

  it.each(patientFiles)('%s', (file) => {
    const prose = lessonProse(readFileSync(file, 'utf8'));
    expect(prose.split(' ').length).toBeGreaterThan(150);
    expect(readability.fleschKincaidGrade(prose)).toBeLessThanOrEqual(maxGrade);
  });

  it('lessons/handout.svx (the take-home sheet)', () => {
    const prose = lessonProse(readFileSync('lessons/handout.svx', 'utf8'));
    expect(prose.split(' ').length).toBeGreaterThan(150);
    expect(readability.fleschKincaidGrade(prose)).toBeLessThanOrEqual(maxGrade);
  });

  it('would catch a page written at nursing level', () => {
    // The same measure on a nursing page must fail the limit, or the limit proves nothing.
    const nursing = content.lessons[5]?.tracks.nursing?.file ?? '';
    expect(readability.fleschKincaidGrade(lessonProse(readFileSync(nursing, 'utf8')))).toBeGreaterThan(
      maxGrade,
    );
  });
});

describe('what the nurse says in the teach-back reads at grade 6 or below', () => {
  // The checked teach-backs the content load already holds, one beside each patient lesson.
  const content = loadContent('.');
  const teachBacks = Object.entries(content.dataFiles).filter(([file]) =>
    file.endsWith(`/${teachBackFile}`),
  ) as Array<[string, TeachBack]>;

  it('finds a teach-back for every patient lesson', () => {
    expect(teachBacks).toHaveLength(content.lessons.filter((lesson) => lesson.tracks.patient).length);
  });

  it.each(teachBacks)('%s (prompt, questions, re-teaching words, closing)', (_file, data) => {
    const said = [data.prompt, ...data.points.flatMap((point) => [point.ask, point.sayAgain]), data.closing]
      .map((block) => block.replace(/\s+/g, ' ').trim().replace(/…$/, '.'))
      .map((block) => (/[.?!]$/.test(block) ? block : `${block}.`))
      .join(' ');
    expect(said.split(' ').length).toBeGreaterThan(100);
    expect(readability.fleschKincaidGrade(said)).toBeLessThanOrEqual(maxGrade);
  });
});

describe('the patient self-checks read at grade 6 or below', () => {
  // The checked self-checks the content load already holds, one beside each patient lesson.
  const content = loadContent('.');
  const selfChecks = Object.entries(content.dataFiles).filter(([file]) =>
    file.endsWith('/self-check.yaml'),
  ) as Array<[string, SelfCheck]>;

  it('finds a self-check for every patient lesson', () => {
    expect(selfChecks).toHaveLength(content.lessons.filter((lesson) => lesson.tracks.patient).length);
  });

  it.each(selfChecks)('%s (questions, answers, feedback, "not sure", what to do)', (_file, data) => {
    const read = data.questions
      .flatMap((question) => [
        question.ask,
        ...question.options.flatMap((option) => [option.text, option.feedback]),
        question.notSure,
        question.whatToDo,
      ])
      .map((block) => block.replace(/\s+/g, ' ').trim())
      .map((block) => (/[.?!"”]$/.test(block) ? block : `${block}.`))
      .join(' ');
    expect(read.split(' ').length).toBeGreaterThan(200);
    expect(readability.fleschKincaidGrade(read)).toBeLessThanOrEqual(maxGrade);
  });
});
