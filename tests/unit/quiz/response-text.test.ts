// Answers shown on feedback and review screens use the item's own words, and results are words.
import { describe, expect, it } from 'vitest';
import { correctLines, creditLabel, responseLines } from '../../../src/lib/quiz/response-text';
import { matching, multiple, numeric, ordering, single } from './sample-items';

describe('responseLines', () => {
  it('turns option ids into option texts, once each', () => {
    expect(responseLines(single(), ['b', 'b'])).toEqual(['Option b']);
    expect(responseLines(multiple(), ['a', 'd'])).toEqual(['Option a', 'Option d']);
  });

  it('numbers ordering steps and pairs matching prompts with targets', () => {
    expect(responseLines(ordering(), ['x', 'w'])).toEqual(['1. Option x', '2. Option w']);
    expect(responseLines(matching(), ['q.t1'])).toEqual([
      'P → (no match chosen)',
      'Q → T1',
      'R → (no match chosen)',
    ]);
  });

  it('shows a numeric answer with its unit, or says the unit is missing', () => {
    expect(responseLines(numeric(), ['25.9', 'mL'])).toEqual(['25.9 mL']);
    expect(responseLines(numeric(), ['25.9', ''])).toEqual(['25.9 (no unit chosen)']);
    expect(responseLines(numeric(), null)).toEqual([]);
  });

  it('gives the correct answer in the same words', () => {
    expect(correctLines(numeric())).toEqual(['25.9 mL']);
    expect(correctLines(multiple())).toEqual(['Option a', 'Option c', 'Option d']);
  });
});

describe('creditLabel', () => {
  it('names full, partial and no credit', () => {
    expect(creditLabel(1)).toBe('Correct');
    expect(creditLabel(0.5)).toBe('Partly correct');
    expect(creditLabel(0)).toBe('Incorrect');
  });
});
