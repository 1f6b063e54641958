// Each quiz page downloads its own part of the catalog: a practice quiz only its bank; the final,
// whose blueprint rows and critical groups span every bank, all of them.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ProblemList } from '../../../src/lib/course/content-error';
import { loadContent } from '../../../src/lib/course/load-content';
import { banksDrawn, catalogPart } from '../../../src/lib/quiz/catalog-part';
import type { Quiz, QuizBank, QuizCatalog, QuizItem } from '../../../src/lib/quiz/item-types';
import { loadQuizzes } from '../../../src/lib/quiz/load-quizzes';

const item = (id: string, references: string[]) =>
  ({
    id,
    type: 'single',
    stem: `Question ${id}`,
    objective: 'obj-a',
    references,
    difficulty: 'application',
    track: 'nursing',
    options: [
      { id: 'a', text: 'Yes', rationale: 'Right.' },
      { id: 'b', text: 'No', rationale: 'Wrong.' },
    ],
    correct: 'a',
  }) as unknown as QuizItem;
const bank = (id: string, items: QuizItem[]): QuizBank => ({ id, items });
const quiz = (id: string, draw: Quiz['draw'], critical: Quiz['critical'] = []) =>
  ({ id, title: id, draw, critical }) as unknown as Quiz;

const catalog: QuizCatalog = {
  quizzes: [
    quiz('first', [{ bank: 'first', count: 1 }]),
    quiz('second', [{ bank: 'second', count: 1 }]),
    quiz('blueprint', [{ count: 2, objectives: ['obj-a'] }]),
    quiz('drawn-by-bank', [
      { bank: 'first', count: 1 },
      { bank: 'second', count: 1 },
    ]),
    quiz('critical-only', [{ bank: 'first', count: 1 }], [{ id: 'g', title: 'G', items: ['s1', 's2'] }]),
  ],
  banks: {
    first: bank('first', [item('f1', ['R1']), item('f2', ['R2'])]),
    second: bank('second', [item('s1', ['R3']), item('s2', ['R3'])]),
  },
};

describe('catalogPart', () => {
  it('gives a practice quiz its own bank, nothing else', () => {
    expect(catalogPart(catalog, 'first')).toEqual({
      quizzes: [catalog.quizzes[0]],
      banks: { first: catalog.banks.first },
    });
    expect(Object.keys(catalogPart(catalog, 'second')?.banks ?? {})).toEqual(['second']);
  });

  it('gives every bank to a quiz with a row that names no bank, or with critical groups', () => {
    expect(banksDrawn(catalog.quizzes[2]!, catalog)).toEqual(['first', 'second']);
    expect(banksDrawn(catalog.quizzes[4]!, catalog)).toEqual(['first', 'second']);
    expect(Object.keys(catalogPart(catalog, 'blueprint')?.banks ?? {})).toEqual(['first', 'second']);
  });

  it('gives the banks the rows name, once each', () => {
    expect(banksDrawn(catalog.quizzes[3]!, catalog)).toEqual(['first', 'second']);
  });

  it('has no part for a quiz the catalog does not hold', () => {
    expect(catalogPart(catalog, 'missing')).toBeNull();
  });
});

describe("the course's quizzes", () => {
  const root = join(import.meta.dirname, '../../..');
  const real = loadQuizzes(root, loadContent(root), new ProblemList());
  const bankIds = (id: string) => Object.keys(catalogPart(real, id)?.banks ?? {});

  it('a practice quiz carries its own bank only; the final carries every bank', () => {
    expect(bankIds('indications')).toEqual(['indications']);
    expect(bankIds('adverse-effects')).toEqual(['adverse-effects']);
    expect(bankIds('final').sort()).toEqual(['adverse-effects', 'indications']);
  });
});
