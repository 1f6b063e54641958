// HER2 classifier against the ASCO/CAP 2018 rules of fact base §2.2 (IHC scores; ISH groups 1–5 and
// their concurrent-IHC work-up) and the label's "overexpression or amplification" selection (§2.1).
import { describe, expect, it } from 'vitest';
import { classifyHer2, matchingIshGroups } from '../../../src/lib/interactives/her2-classifier/classify.ts';
import { explainHer2Decision } from '../../../src/lib/interactives/her2-classifier/explain.ts';
import type { IhcScore } from '../../../src/lib/interactives/her2-classifier/schema.ts';
import { her2Data } from './course-data.ts';

const groupOf = (ratio: number, copies: number) =>
  matchingIshGroups(her2Data, { ratio, copies }).map((g) => g.group);

describe('IHC alone', () => {
  it.each([
    ['3+', 'positive'],
    ['2+', 'pending'],
    ['1+', 'negative'],
    ['0', 'negative'],
  ] as const)('IHC %s gives %s', (ihc, status) => {
    expect(classifyHer2(her2Data, ihc).status).toBe(status);
  });

  it('IHC 2+ without ISH waits for reflex ISH (fact base Q2)', () => {
    const decision = classifyHer2(her2Data, '2+');
    expect(decision.decidedBy).toBe('awaiting-ish');
    expect(explainHer2Decision(her2Data, decision).steps.join(' ')).toMatch(/reflex/i);
  });
});

describe('ISH groups (2018)', () => {
  it('places results in groups 1 to 5 by ratio and average copies', () => {
    expect(groupOf(2.6, 5.2)).toEqual([1]);
    expect(groupOf(2.2, 3.4)).toEqual([2]);
    expect(groupOf(1.5, 6.8)).toEqual([3]);
    expect(groupOf(1.7, 4.8)).toEqual([4]);
    expect(groupOf(1.2, 2.1)).toEqual([5]);
  });

  it('puts the cut-offs on the "or more" side: ratio 2.0, 4.0 and 6.0 copies', () => {
    expect(groupOf(2.0, 4.0)).toEqual([1]);
    expect(groupOf(1.99, 4.0)).toEqual([4]);
    expect(groupOf(2.0, 3.99)).toEqual([2]);
    expect(groupOf(1.5, 6.0)).toEqual([3]);
    expect(groupOf(1.5, 5.99)).toEqual([4]);
    expect(groupOf(1.5, 3.99)).toEqual([5]);
  });

  const cases: [string, number, number, IhcScore, 'positive' | 'negative'][] = [
    ['group 1 is positive', 2.6, 5.2, '2+', 'positive'],
    ['group 1 is positive whatever the IHC', 2.6, 5.2, '0', 'positive'],
    ['group 2 is negative with IHC 2+', 2.2, 3.4, '2+', 'negative'],
    ['group 2 is positive with concurrent IHC 3+', 2.2, 3.4, '3+', 'positive'],
    ['group 3 is positive with concurrent IHC 2+', 1.5, 6.8, '2+', 'positive'],
    ['group 3 is positive with concurrent IHC 3+', 1.5, 6.8, '3+', 'positive'],
    ['group 3 is negative with IHC 1+', 1.5, 6.8, '1+', 'negative'],
    ['group 3 is negative with IHC 0', 1.5, 6.8, '0', 'negative'],
    ['group 4 is negative with IHC 2+', 1.7, 4.8, '2+', 'negative'],
    ['group 4 is positive with concurrent IHC 3+', 1.7, 4.8, '3+', 'positive'],
    ['group 5 is negative', 1.2, 2.1, '2+', 'negative'],
  ];
  it.each(cases)('%s', (_name, ratio, copies, ihc, status) => {
    expect(classifyHer2(her2Data, ihc, { ratio, copies }).status).toBe(status);
  });

  it('IHC 3+ (overexpression) stays positive even when the ISH call is negative: the label accepts either', () => {
    const ish = { ratio: 1.2, copies: 2.1 };
    const decision = classifyHer2(her2Data, '3+', ish);
    expect(decision).toMatchObject({ status: 'positive', ishCall: 'negative', decidedBy: 'ihc' });
    expect(explainHer2Decision(her2Data, decision, ish).steps).toContain(
      her2Data.eligibility.overexpressionAlone.text,
    );
  });

  it('never leaves an ISH result equivocal once ISH is done', () => {
    for (const ihc of ['0', '1+', '2+', '3+'] as const) {
      for (const [ratio, copies] of [
        [2.6, 5.2],
        [2.2, 3.4],
        [1.5, 6.8],
        [1.7, 4.8],
        [1.2, 2.1],
      ] as const) {
        expect(classifyHer2(her2Data, ihc, { ratio, copies }).status).not.toBe('pending');
      }
    }
  });
});

describe('explanations', () => {
  it('names the group rule and cites the ISH source', () => {
    const ish = { ratio: 1.7, copies: 4.8 };
    const explanation = explainHer2Decision(her2Data, classifyHer2(her2Data, '2+', ish), ish);
    expect(explanation.steps.join(' ')).toContain('group 4');
    expect(explanation.references).toContain('R17');
  });

  it('cites the label for eligibility', () => {
    const explanation = explainHer2Decision(her2Data, classifyHer2(her2Data, '3+'));
    expect(explanation.references).toContain('R1');
  });
});

describe('practice cases', () => {
  it.each(her2Data.cases.map((c) => [c.id, c] as const))(
    '%s has the answer the rules give',
    (_id, practiceCase) => {
      expect(classifyHer2(her2Data, practiceCase.ihc, practiceCase.ish).status).toBe(practiceCase.expected);
    },
  );
});
