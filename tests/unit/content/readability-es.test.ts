// The Spanish (es-US) patient pages, self-checks and teach-backs must score INFLESZ 65 or more ("bastante
// fácil") with at least 80 words (docs/users.md: patients and families read at a low literacy level). The
// score is read on the prose a reader sees (lesson-prose.ts) and counted as inflesz.ts explains.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { inflesz, spanishSyllables, spanishWords } from './inflesz';
import { lessonProse } from './lesson-prose';
import { lessonFiles, patientPages } from './spanish-files';

const minScore = 65;
const minWords = 80;

describe('INFLESZ as this test counts it (expected values counted by hand)', () => {
  it.each([
    ['ecocardiograma', 6], // e-co-car-dio-gra-ma
    ['corazón', 3], // co-ra-zón
    ['trastuzumab', 4], // tras-tu-zu-mab
    ['proteína', 4], // pro-te-í-na: the written accent breaks the diphthong
    ['quimioterapia', 5], // qui-mio-te-ra-pia
    ['HER2', 2], // "her dos"
    ['100.4', 0], // a number: no syllables of its own
  ])('%s has %i syllables', (word, syllables) => {
    expect(spanishSyllables(word)).toBe(syllables);
  });

  it('splits words at hyphens, keeps a number with its unit sign as one word and drops punctuation', () => {
    expect(spanishWords('¿Es HER2-positivo? Fiebre de 100.4 °F (38 °C), o 38°C.')).toEqual([
      'Es',
      'HER2',
      'positivo',
      'Fiebre',
      'de',
      '100.4',
      '38',
      'o',
      '38',
    ]);
  });

  it('scores a two-sentence text of plain words', () => {
    // El(1) co-ra-zón(3) la-te(2) | Us-ted(2) to-ma(2) Her-cep-tin(3) ca-da(2) se-ma-na(3):
    // 18 syllables, 8 words, 2 sentences. P = 206.835 − 62.3 × 18/8 − 8/2 = 62.66.
    const result = inflesz('El corazón late. Usted toma Herceptin cada semana.');
    expect(result).toMatchObject({ words: 8, spelledWords: 8, syllables: 18, sentences: 2 });
    expect(result.score).toBeCloseTo(62.66, 2);
  });

  it('scores a text with a temperature and HER2', () => {
    // La(1) fie-bre(2) de(1) [100.4 °F: a word, no syllables] es(1) un(1) a-vi-so(3) |
    // HER2(2) es(1) u-na(2) pro-te-í-na(4): 18 syllables over 10 spelled words, 11 words, 2 sentences.
    // P = 206.835 − 62.3 × 18/10 − 11/2 = 89.195.
    const result = inflesz('La fiebre de 100.4 °F es un aviso. HER2 es una proteína.');
    expect(result).toMatchObject({ words: 11, spelledWords: 10, syllables: 18, sentences: 2 });
    expect(result.score).toBeCloseTo(89.195, 2);
  });

  it('would catch a page written at nursing level', () => {
    // Long clinical words in one long sentence, as a nurse's text would have them.
    const nursing =
      'La cardiotoxicidad asociada al trastuzumab se manifiesta habitualmente como disfunción ventricular ' +
      'izquierda asintomática, por lo que se recomienda la evaluación de la fracción de eyección mediante ' +
      'ecocardiograma antes del inicio del tratamiento y periódicamente durante su administración.';
    expect(inflesz(nursing).score).toBeLessThan(minScore);
  });
});

/** Blocks of data text joined as the English readability test joins them: each one a sentence. */
function sentences(blocks: string[], ending = /[.?!"”»]$/): string {
  return blocks
    .map((block) => block.replace(/\s+/g, ' ').trim().replace(/…$/, '.'))
    .map((block) => (ending.test(block) ? block : `${block}.`))
    .join(' ');
}

function expectReadable(file: string, text: string): void {
  const result = inflesz(text);
  expect(result.words, `${file}: only ${result.words} words`).toBeGreaterThanOrEqual(minWords);
  expect(
    result.score,
    `${file}: INFLESZ ${result.score.toFixed(1)} (${result.words} words, ${result.syllables} syllables over ` +
      `${result.spelledWords} spelled words, ${result.sentences} sentences)`,
  ).toBeGreaterThanOrEqual(minScore);
}

function readSpanish(spanish: string, english: string): string {
  expect(existsSync(spanish), `${spanish} is missing: ${english} has no Spanish version`).toBe(true);
  return readFileSync(spanish, 'utf8');
}

describe('Spanish patient pages score INFLESZ 65 or more', () => {
  const pages = patientPages();

  it('covers the six lessons and the take-home sheet', () => {
    expect(pages).toHaveLength(7);
  });

  it.each(pages)('$spanish', ({ english, spanish }) => {
    expectReadable(spanish, lessonProse(readSpanish(spanish, english)));
  });
});

interface TeachBackText {
  prompt: string;
  points: Array<{ ask: string; sayAgain: string }>;
  closing: string;
}

describe('what the nurse says in the Spanish teach-back scores INFLESZ 65 or more', () => {
  it.each(lessonFiles('teach-back.yaml'))(
    '$spanish (prompt, questions, re-teaching words, closing)',
    ({ english, spanish }) => {
      const data = parse(readSpanish(spanish, english)) as TeachBackText;
      const said = sentences(
        [data.prompt, ...data.points.flatMap((point) => [point.ask, point.sayAgain]), data.closing],
        /[.?!]$/,
      );
      expectReadable(spanish, said);
    },
  );
});

interface SelfCheckText {
  questions: Array<{
    ask: string;
    options: Array<{ text: string; feedback: string }>;
    notSure: string;
    whatToDo: string;
  }>;
}

describe('the Spanish self-checks score INFLESZ 65 or more', () => {
  it.each(lessonFiles('self-check.yaml'))(
    '$spanish (questions, answers, feedback, "not sure", what to do)',
    ({ english, spanish }) => {
      const data = parse(readSpanish(spanish, english)) as SelfCheckText;
      const read = sentences(
        data.questions.flatMap((question) => [
          question.ask,
          ...question.options.flatMap((option) => [option.text, option.feedback]),
          question.notSure,
          question.whatToDo,
        ]),
      );
      expectReadable(spanish, read);
    },
  );
});
