// Every scoring rule and its edges: empty answers, everything selected, duplicates, out-of-range
// numbers, wrong units.
import { describe, expect, it } from 'vitest';
import { correctResponse, parseLearnerNumber, scoreItem } from '../../../src/lib/quiz/score-item';
import {
  bowtie,
  cloze,
  highlight,
  hotspot,
  matching,
  matrix,
  multiple,
  numeric,
  ordering,
  single,
  trueFalse,
} from './sample-items';

describe('single choice, hotspot and true/false: 1 or 0', () => {
  it.each([
    ['single', single(), 'b', 'a'],
    ['hotspot', hotspot(), 'r2', 'r1'],
    ['true-false', trueFalse(), 'false', 'true'],
  ] as const)('%s', (_, item, right, wrong) => {
    expect(scoreItem(item, [right], 'plus-minus')).toBe(1);
    expect(scoreItem(item, [wrong], 'plus-minus')).toBe(0);
    expect(scoreItem(item, [], 'plus-minus')).toBe(0);
    expect(scoreItem(item, null, 'plus-minus')).toBe(0);
    // A duplicate of the key is still one answer; the key plus another option is not.
    expect(scoreItem(item, [right, right], 'plus-minus')).toBe(1);
    expect(scoreItem(item, [right, wrong], 'plus-minus')).toBe(0);
  });

  it('gives nothing when every option is selected', () => {
    const item = single();
    expect(
      scoreItem(
        item,
        item.options.map((o) => o.id),
        'plus-minus',
      ),
    ).toBe(0);
  });
});

describe('select all that apply', () => {
  const item = multiple(); // key a, c, d of a–e

  it('plus-minus: +1 per right, −1 per wrong, over the number of right options, floored at 0', () => {
    expect(scoreItem(item, ['a', 'c', 'd'], 'plus-minus')).toBe(1);
    expect(scoreItem(item, ['a', 'c'], 'plus-minus')).toBeCloseTo(2 / 3);
    expect(scoreItem(item, ['a', 'c', 'b'], 'plus-minus')).toBeCloseTo(1 / 3);
    expect(scoreItem(item, ['a', 'b', 'e'], 'plus-minus')).toBe(0);
    expect(scoreItem(item, ['b', 'e'], 'plus-minus')).toBe(0);
  });

  it('plus-minus: every option selected earns (right − wrong) / right', () => {
    expect(scoreItem(item, ['a', 'b', 'c', 'd', 'e'], 'plus-minus')).toBeCloseTo(1 / 3);
  });

  it('counts a duplicate selection once', () => {
    expect(scoreItem(item, ['a', 'a', 'a'], 'plus-minus')).toBeCloseTo(1 / 3);
    expect(scoreItem(item, ['a', 'c', 'd', 'd'], 'all-or-nothing')).toBe(1);
  });

  it('counts an unknown option id as a wrong choice', () => {
    expect(scoreItem(item, ['a', 'c', 'd', 'zz'], 'plus-minus')).toBeCloseTo(2 / 3);
  });

  it('all-or-nothing: only the exact set earns credit', () => {
    expect(scoreItem(item, ['d', 'a', 'c'], 'all-or-nothing')).toBe(1);
    expect(scoreItem(item, ['a', 'c'], 'all-or-nothing')).toBe(0);
    expect(scoreItem(item, ['a', 'b', 'c', 'd', 'e'], 'all-or-nothing')).toBe(0);
  });

  it('empty answer earns nothing under either rule', () => {
    expect(scoreItem(item, [], 'plus-minus')).toBe(0);
    expect(scoreItem(item, [], 'all-or-nothing')).toBe(0);
  });
});

describe('matrix (NCSBN grid)', () => {
  it('multiple-choice grid: 0/1 per row, credit = rows right / rows', () => {
    const item = matrix('g', 'one');
    expect(scoreItem(item, ['r1.l', 'r2.k', 'r3.m'], 'all-or-nothing')).toBe(1);
    expect(scoreItem(item, ['r1.l', 'r2.k', 'r3.k'], 'all-or-nothing')).toBeCloseTo(2 / 3);
    expect(scoreItem(item, ['r1.k'], 'plus-minus')).toBe(0);
    // Two cells in one row earn nothing for that row, even when one of them is the key.
    expect(scoreItem(item, ['r1.l', 'r1.k', 'r2.k', 'r3.m'], 'plus-minus')).toBeCloseTo(2 / 3);
    // Cells outside the grid count for nothing.
    expect(scoreItem(item, ['r1.l', 'r9.k', 'r2.z'], 'plus-minus')).toBeCloseTo(1 / 3);
  });

  it('multiple-response grid: +/- over the grid, floored at 0, per keyed cell (4 keyed cells)', () => {
    const item = matrix('g', 'many');
    expect(scoreItem(item, ['r1.k', 'r1.l', 'r2.m', 'r3.k'], 'all-or-nothing')).toBe(1);
    expect(scoreItem(item, ['r1.k', 'r2.m', 'r3.k'], 'all-or-nothing')).toBe(0.75);
    expect(scoreItem(item, ['r1.k', 'r1.l', 'r2.m', 'r3.k', 'r3.m'], 'all-or-nothing')).toBe(0.75);
    expect(scoreItem(item, ['r1.k', 'r1.m', 'r2.k'], 'all-or-nothing')).toBe(0);
    expect(scoreItem(item, ['r1.m', 'r2.k'], 'all-or-nothing')).toBe(0);
    // Duplicates count once.
    expect(scoreItem(item, ['r1.k', 'r1.k', 'r1.k'], 'all-or-nothing')).toBe(0.25);
  });

  it('its correct response lists every keyed cell', () => {
    expect(correctResponse(matrix('g', 'many'))).toEqual(['r1.k', 'r1.l', 'r2.m', 'r3.k']);
  });
});

describe('ordering', () => {
  it('all-or-nothing needs the exact sequence', () => {
    const item = ordering('o', 'all-or-nothing');
    expect(scoreItem(item, ['w', 'x', 'y', 'z'], 'plus-minus')).toBe(1);
    expect(scoreItem(item, ['w', 'x', 'z', 'y'], 'plus-minus')).toBe(0);
    expect(scoreItem(item, ['w', 'x', 'y'], 'plus-minus')).toBe(0);
    expect(scoreItem(item, ['w', 'x', 'y', 'z', 'z'], 'plus-minus')).toBe(0);
  });

  it('per-part credits each step in its right position', () => {
    const item = ordering('o', 'per-part');
    expect(scoreItem(item, ['w', 'x', 'z', 'y'], 'plus-minus')).toBe(0.5);
    expect(scoreItem(item, ['z', 'y', 'x', 'w'], 'plus-minus')).toBe(0);
    // Duplicated steps cannot fill two positions with one right answer.
    expect(scoreItem(item, ['w', 'w', 'w', 'w'], 'plus-minus')).toBe(0.25);
    expect(scoreItem(item, [], 'plus-minus')).toBe(0);
  });
});

describe('matching', () => {
  it('all-or-nothing needs every pair', () => {
    const item = matching('x', 'all-or-nothing');
    expect(scoreItem(item, ['p.t2', 'q.t1', 'r.t3'], 'plus-minus')).toBe(1);
    expect(scoreItem(item, ['r.t3', 'p.t2', 'q.t1'], 'plus-minus')).toBe(1);
    expect(scoreItem(item, ['p.t2', 'q.t1', 'r.t4'], 'plus-minus')).toBe(0);
  });

  it('per-part credits each right pair; a prompt given two targets earns nothing', () => {
    const item = matching('x', 'per-part');
    expect(scoreItem(item, ['p.t2', 'q.t4', 'r.t3'], 'plus-minus')).toBeCloseTo(2 / 3);
    expect(scoreItem(item, ['p.t2', 'p.t1', 'q.t1'], 'plus-minus')).toBeCloseTo(1 / 3);
    expect(scoreItem(item, ['p.t2', 'p.t2'], 'plus-minus')).toBeCloseTo(1 / 3);
    expect(scoreItem(item, ['garbage', 'p.'], 'plus-minus')).toBe(0);
  });
});

describe('numeric with tolerance and unit', () => {
  const item = numeric(); // 25.9 ± 0.1 mL

  it('accepts values within the tolerance, inclusive, in the right unit', () => {
    expect(scoreItem(item, ['25.9', 'mL'], 'plus-minus')).toBe(1);
    expect(scoreItem(item, ['25.8', 'mL'], 'plus-minus')).toBe(1);
    expect(scoreItem(item, ['26', 'mL'], 'plus-minus')).toBe(1);
    expect(scoreItem(item, ['25,9', 'mL'], 'plus-minus')).toBe(1);
  });

  it('rejects out-of-range numbers', () => {
    expect(scoreItem(item, ['25.79', 'mL'], 'plus-minus')).toBe(0);
    expect(scoreItem(item, ['26.01', 'mL'], 'plus-minus')).toBe(0);
    expect(scoreItem(item, ['-25.9', 'mL'], 'plus-minus')).toBe(0);
    expect(scoreItem(item, ['1e9', 'mL'], 'plus-minus')).toBe(0);
  });

  it('rejects the right number in the wrong unit, or with no unit', () => {
    expect(scoreItem(item, ['25.9', 'mg'], 'plus-minus')).toBe(0);
    expect(scoreItem(item, ['25.9'], 'plus-minus')).toBe(0);
  });

  it('rejects empty and non-numeric input', () => {
    expect(scoreItem(item, ['', 'mL'], 'plus-minus')).toBe(0);
    expect(scoreItem(item, ['about 26', 'mL'], 'plus-minus')).toBe(0);
    expect(scoreItem(item, [], 'plus-minus')).toBe(0);
  });

  it('parses learner numbers strictly', () => {
    expect(parseLearnerNumber(' 12.5 ')).toBe(12.5);
    expect(parseLearnerNumber('.5')).toBe(0.5);
    expect(parseLearnerNumber('12.5.1')).toBeNull();
    expect(parseLearnerNumber('Infinity')).toBeNull();
  });
});

describe('correct response', () => {
  it('scores full credit for every type', () => {
    for (const item of [single(), multiple(), trueFalse(), hotspot(), ordering(), matching(), numeric()]) {
      expect(scoreItem(item, correctResponse(item), 'all-or-nothing'), item.type).toBe(1);
    }
  });
});

describe('matrix items reach the LMS as row.column pairs with partial credit', () => {
  it('a 2-of-3 multiple-choice grid is one matching interaction with credit 0.67', async () => {
    const { attemptResult } = await import('../../../src/lib/quiz/attempt-result');
    const { interactionFields2004, interactionFields12 } =
      await import('../../../src/lib/progress/interaction-format');
    const item = matrix('grid-1', 'one');
    const quiz = {
      id: 'q',
      title: 'Q',
      description: 'd',
      feedback: 'end' as const,
      isFinal: false,
      passMark: 80,
      attempts: null,
      sataScoring: 'plus-minus' as const,
      draw: [],
      critical: [],
      criticalNote: null,
      criticalMustPass: true,
    };
    const attempt = {
      quiz,
      seed: 1,
      attemptNumber: 0,
      items: [item],
      answers: [['r1.l', 'r2.k', 'r3.k']],
      position: 0,
      phase: 'review' as const,
      shownAt: [0],
      answeredAt: [4000],
    };
    const result = attemptResult(attempt, new Date('2026-12-01T10:00:00Z'));
    expect(result.score.raw).toBe(0.67);
    const [record] = result.interactions;
    expect(record).toMatchObject({
      kind: 'matching',
      response: ['r1.l', 'r2.k', 'r3.k'],
      correct: ['r1.l', 'r2.k', 'r3.m'],
    });
    const fields2004 = Object.fromEntries(interactionFields2004(record!));
    expect(fields2004.type).toBe('matching');
    expect(fields2004.learner_response).toBe('r1[.]l[,]r2[.]k[,]r3[.]k');
    expect(fields2004['correct_responses.0.pattern']).toBe('r1[.]l[,]r2[.]k[,]r3[.]m');
    expect(fields2004.result).toBe('0.67');
    const fields12 = Object.fromEntries(interactionFields12(record!));
    expect(fields12.result).toBe('0.67');
    expect(fields12.student_response).toBe('r1.l,r2.k,r3.k');
  });
});

describe('drop-down cloze (NCSBN)', () => {
  it('0/1: a point per drop-down holding its key, over the drop-downs', () => {
    const item = cloze();
    expect(scoreItem(item, ['p.x', 'q.y', 'r.z'], 'plus-minus')).toBe(1);
    expect(scoreItem(item, ['p.x', 'q.w', 'r.z'], 'plus-minus')).toBeCloseTo(2 / 3);
    expect(scoreItem(item, ['p.x'], 'plus-minus')).toBeCloseTo(1 / 3);
    expect(scoreItem(item, ['p.v', 'q.v', 'r.v'], 'plus-minus')).toBe(0);
  });

  it('a drop-down given two answers earns nothing; a malformed pair is ignored', () => {
    const item = cloze();
    expect(scoreItem(item, ['p.x', 'p.w', 'q.y', 'r.z'], 'plus-minus')).toBeCloseTo(2 / 3);
    expect(scoreItem(item, ['px', '.y', 'q.y'], 'plus-minus')).toBeCloseTo(1 / 3);
  });

  it('rationale dyad: the one point needs both drop-downs right', () => {
    const item = cloze('z2', 'rationale', 2);
    expect(scoreItem(item, ['p.x', 'q.y'], 'plus-minus')).toBe(1);
    expect(scoreItem(item, ['p.x', 'q.w'], 'plus-minus')).toBe(0);
    expect(scoreItem(item, ['p.w', 'q.y'], 'plus-minus')).toBe(0);
  });

  it('rationale triad: a point for the first with the second, a point for the first with the third', () => {
    const item = cloze('z3', 'rationale', 3);
    expect(scoreItem(item, ['p.x', 'q.y', 'r.z'], 'plus-minus')).toBe(1);
    expect(scoreItem(item, ['p.x', 'q.y', 'r.w'], 'plus-minus')).toBe(0.5);
    expect(scoreItem(item, ['p.x', 'q.w', 'r.z'], 'plus-minus')).toBe(0.5);
    // Without the first (the condition), neither justification earns a point.
    expect(scoreItem(item, ['p.w', 'q.y', 'r.z'], 'plus-minus')).toBe(0);
  });
});

describe('highlight text (NCSBN +/−)', () => {
  const item = highlight(); // keys a, c, e of a–f

  it('+1 per keyed phrase, −1 per other phrase, floored at 0, over the keyed phrases', () => {
    expect(scoreItem(item, ['a', 'c', 'e'], 'all-or-nothing')).toBe(1);
    expect(scoreItem(item, ['a', 'c'], 'all-or-nothing')).toBeCloseTo(2 / 3);
    expect(scoreItem(item, ['a', 'c', 'e', 'b'], 'all-or-nothing')).toBeCloseTo(2 / 3);
    expect(scoreItem(item, ['a', 'b', 'd'], 'all-or-nothing')).toBe(0);
  });

  it('selecting every phrase earns (keyed − others) / keyed, and a duplicate counts once', () => {
    expect(scoreItem(item, ['a', 'b', 'c', 'd', 'e', 'f'], 'plus-minus')).toBe(0);
    expect(scoreItem(item, ['a', 'a', 'a'], 'plus-minus')).toBeCloseTo(1 / 3);
  });
});

describe('bow-tie (NCSBN 0/1)', () => {
  const item = bowtie(); // actions a, c; condition b; parameters d, e

  it('a point per keyed choice, no deduction for a wrong one, over the 5 keyed', () => {
    expect(scoreItem(item, ['a.a', 'a.c', 'c.b', 'p.d', 'p.e'], 'plus-minus')).toBe(1);
    expect(scoreItem(item, ['a.a', 'a.b', 'c.b', 'p.d', 'p.a'], 'plus-minus')).toBeCloseTo(3 / 5);
    expect(scoreItem(item, ['c.a', 'a.b', 'a.d', 'p.a', 'p.b'], 'plus-minus')).toBe(0);
    expect(scoreItem(item, ['c.b'], 'plus-minus')).toBeCloseTo(1 / 5);
  });

  it('a part with more choices than it asks for earns nothing', () => {
    expect(scoreItem(item, ['a.a', 'a.c', 'a.b', 'c.b', 'p.d', 'p.e'], 'plus-minus')).toBeCloseTo(3 / 5);
    expect(scoreItem(item, ['a.a', 'a.c', 'c.b', 'c.a', 'p.d', 'p.e'], 'plus-minus')).toBeCloseTo(4 / 5);
  });

  it('reports its key as part.option pairs', () => {
    expect(correctResponse(item)).toEqual(['a.a', 'a.c', 'c.b', 'p.d', 'p.e']);
  });
});
