// The original lay description had errors (fact base §10). None may come back in any lesson, the
// glossary or the About page, and the warning the seed left out must be present in lesson 6.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/lib/course/load-content';
import { lessonProse } from './lesson-prose';

const content = loadContent('.');
const lessonFiles = content.lessons.flatMap((lesson) =>
  Object.values(lesson.tracks).map((meta) => meta.file),
);
const allFiles = [...lessonFiles, 'lessons/glossary.yaml', 'lessons/about.svx'];
const read = (file: string) => readFileSync(file, 'utf8');
/** Prose with line breaks and markup flattened, so a phrase split across lines is still found. */
const flat = (file: string) =>
  file.endsWith('.svx') ? lessonProse(read(file)) : read(file).replace(/\s+/g, ' ');

// Each pattern is a seed error (§10 item number in the name) or a wrong claim §10.5 warns about, with
// a sentence in the seed's own style that the pattern must catch (so no pattern is silently dead).
const seedErrors: [name: string, pattern: RegExp, example: string][] = [
  [
    '1: "every one to three weeks" (the schedules are weekly or every 3 weeks)',
    /every (one|1) (to|-|–) ?(three|3) weeks/i,
    'It is usually administered every one to three weeks.',
  ],
  ['1: an every-2-week schedule', /every (two|2) weeks/i, 'Herceptin is given every 2 weeks.'],
  [
    '2: "spares healthy cells"',
    /spar(e|es|ing) (the )?(healthy|normal) cells/i,
    'Herceptin helps to spare healthy cells.',
  ],
  [
    '2: "fewer side effects" than chemotherapy as a blanket claim',
    /fewer side effects/i,
    'This leads to fewer side effects than chemotherapy.',
  ],
  ['4: heading "What is Cancer" over Herceptin facts', /^#+\s*What is cancer\??\s*$/im, '## What is Cancer'],
  [
    '5: Herceptin called chemotherapy',
    /(Herceptin|trastuzumab) is (a )?chemo(therapy)?\b/i,
    'Herceptin is chemotherapy.',
  ],
  [
    '5: a claim that it cures cancer',
    /(Herceptin|trastuzumab) (cures|will cure)/i,
    'Trastuzumab cures breast cancer.',
  ],
  [
    '5: a claim that it works for all breast cancers',
    /all breast cancers/i,
    'It is used for all breast cancers.',
  ],
  [
    '5: Herceptin as a pill',
    /(Herceptin|trastuzumab)[^.]{0,40}\b(pill|tablet)s?\b/i,
    'Herceptin comes as a pill you take at home.',
  ],
  ['5: safe in pregnancy', /safe (in|during) pregnancy/i, 'Herceptin is safe during pregnancy.'],
  [
    'extra: adjuvant Herceptin only "after surgery, chemotherapy, and sometimes radiation"',
    /after surgery, chemotherapy,? and sometimes radiation/i,
    'It is given after surgery, chemotherapy, and sometimes radiation.',
  ],
];

describe('seed errors stay out of the course', () => {
  it('reads every lesson file in both tracks', () => {
    expect(lessonFiles).toHaveLength(content.course.lessons.length * content.course.tracks.length);
  });

  for (const [name, pattern] of seedErrors) {
    it(`no ${name}`, () => {
      const offenders = allFiles.filter(
        (file) => pattern.test(file.endsWith('.svx') ? read(file) : '') || pattern.test(flat(file)),
      );
      expect(offenders).toEqual([]);
    });
  }

  it.each(seedErrors)('the check for %s is live: it catches its example', (_name, pattern, example) => {
    expect(example).toMatch(pattern);
  });
});

describe('lesson 6 carries the embryo-fetal boxed warning the seed left out', () => {
  const lesson6 = content.lessons.find((lesson) => lesson.slug === '06-side-effects-and-monitoring');
  const nursing = flat(lesson6?.tracks.nursing?.file ?? '');
  const patient = flat(lesson6?.tracks.patient?.file ?? '');

  it('nursing: oligohydramnios and its sequence, pregnancy check, 7-month contraception', () => {
    for (const words of [
      /oligohydramnios/i,
      /pulmonary hypoplasia/i,
      /skeletal abnormalities/i,
      /death of the newborn|neonatal death/i,
    ]) {
      expect(nursing).toMatch(words);
    }
    expect(nursing).toMatch(/pregnancy status before the first dose/i);
    expect(nursing).toMatch(/contraception during treatment and for 7 months after the last dose/i);
  });

  it('nursing: the boxed warnings come first and name all four', () => {
    const firstHeading = /^##\s+(.*)$/m.exec(read(lesson6?.tracks.nursing?.file ?? ''))?.[1];
    expect(firstHeading).toMatch(/boxed warnings/i);
    for (const warning of [
      'cardiomyopathy',
      'infusion reactions',
      'embryo-fetal toxicity',
      'pulmonary toxicity',
    ]) {
      expect(nursing.toLowerCase()).toContain(warning);
    }
  });

  it('patient: harm to an unborn baby, birth control for 7 months, call if pregnant', () => {
    expect(patient).toMatch(/harm an unborn baby/i);
    expect(patient).toMatch(/too little fluid around the baby/i);
    expect(patient).toMatch(/birth control[^.]*7 months after your last dose/i);
    expect(patient).toMatch(/pregnant, call your care team/i);
  });
});
