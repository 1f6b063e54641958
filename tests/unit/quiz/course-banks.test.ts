// The course's real banks (lessons/quizzes/): sizes and draws the course promises, the pass mark
// from course.yaml, and a mix of at least four item types in every drawn attempt.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadContent } from '../../../src/lib/course/load-content';
import { drawAttempt } from '../../../src/lib/quiz/draw-attempt';

const root = join(import.meta.dirname, '../../..');
const catalog = loadContent(root).quizzes;
const course = parse(readFileSync(join(root, 'lessons/course.yaml'), 'utf8')) as { passMark?: number };

describe('course quiz banks', () => {
  it('load without problems', () => {
    // loadContent throws a ContentError naming each invalid item (unknown objective, reference, type …).
    expect(() => loadContent(root)).not.toThrow();
  });

  it('hold at least 25 indications items and 30 adverse-effects items', () => {
    expect(catalog.banks.indications?.items.length).toBeGreaterThanOrEqual(25);
    expect(catalog.banks['adverse-effects']?.items.length).toBeGreaterThanOrEqual(30);
  });

  it('draw 10, 12 and 20 items; the final spans both banks and uses the course pass mark', () => {
    const quiz = (id: string) => catalog.quizzes.find((q) => q.id === id);
    expect(quiz('indications')?.draw).toEqual([{ bank: 'indications', count: 10 }]);
    expect(quiz('adverse-effects')?.draw).toEqual([{ bank: 'adverse-effects', count: 12 }]);
    const final = quiz('final')!;
    expect(final.isFinal).toBe(true);
    expect(final.feedback).toBe('end');
    expect(final.passMark).toBe(course.passMark ?? 80);
    for (let seed = 0; seed < 25; seed++) {
      const items = drawAttempt(final, catalog.banks, seed, seed % 3);
      expect(items).toHaveLength(20);
      const banks = new Set(
        items.map((item) => (catalog.banks.indications!.items.includes(item) ? 'i' : 'a')),
      );
      expect(banks.size).toBe(2);
    }
  });

  it('the final asks one item of each of the eight critical safety groups, a fresh one on a retry', () => {
    const final = catalog.quizzes.find((q) => q.id === 'final')!;
    expect(final.criticalMustPass).toBe(true);
    expect(final.critical.map((group) => group.id)).toEqual([
      'dose-volume',
      'infusion-rules',
      'diluent',
      'late-dose',
      'lvef-hold',
      'anaphylaxis',
      'wrong-drug',
      'contraception',
    ]);
    for (const group of final.critical) expect(group.items.length, group.id).toBeGreaterThanOrEqual(2);
    for (let attempt = 0; attempt < 4; attempt++) {
      const now = drawAttempt(final, catalog.banks, 100 + attempt, attempt).map((item) => item.id);
      const then = drawAttempt(final, catalog.banks, 200 + attempt, attempt + 1).map((item) => item.id);
      for (const group of final.critical) {
        const asked = now.filter((id) => group.items.includes(id));
        expect(asked, `${group.id} attempt ${attempt}`).toHaveLength(1);
        expect(then).not.toContain(asked[0]);
      }
    }
  });

  it('mix at least four item types in every attempt', () => {
    for (const quiz of catalog.quizzes) {
      for (let seed = 0; seed < 25; seed++) {
        const types = new Set(drawAttempt(quiz, catalog.banks, seed).map((item) => item.type));
        expect(types.size, `${quiz.id} seed ${seed}`).toBeGreaterThanOrEqual(4);
      }
    }
  });

  it('cover every item type across the quizzes', () => {
    const types = new Set(
      Object.values(catalog.banks).flatMap((bank) => bank.items.map((item) => item.type)),
    );
    expect([...types].sort()).toEqual([
      'bowtie',
      'case',
      'cloze',
      'highlight',
      'hotspot',
      'matching',
      'matrix',
      'multiple',
      'numeric',
      'ordering',
      'single',
      'true-false',
    ]);
  });

  it('give each option a distinct text within its item', () => {
    for (const bank of Object.values(catalog.banks)) {
      for (const item of bank.items.flatMap((i) => (i.type === 'case' ? i.items : [i]))) {
        if (!('options' in item)) continue;
        const texts = item.options.map((o) => o.text.toLowerCase());
        expect(new Set(texts).size, item.id).toBe(texts.length);
      }
    }
  });
});
