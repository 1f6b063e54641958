// The cardiac rule table against fact base §5.1.1 (PI §2.5): hold for a fall of ≥16 points, or below
// the lower limit of normal with a fall of ≥10; hold at least 4 weeks; resume within 4–8 weeks when back
// within normal limits with a fall of ≤15; stop for a decline persisting >8 weeks or more than 3 holds.
// Quiz items Q15–Q17 of the fact base are used as written.
import { describe, expect, it } from 'vitest';
import { cardiacRuleTable } from '../../../src/lib/interactives/cardiac-hold/rule-table.ts';
import { cardiacRuleIds } from '../../../src/lib/interactives/cardiac-hold/schema.ts';
import {
  applyReading,
  simulate,
  startSimulation,
} from '../../../src/lib/interactives/cardiac-hold/simulate.ts';
import { cardiacData } from './course-data.ts';

const rulesFired = (baseline: number, normal: number, readings: [number, number][]) =>
  simulate(
    cardiacData,
    baseline,
    normal,
    readings.map(([week, value]) => ({ week, value })),
  ).map((d) => d.ruleId);

describe('hold rules', () => {
  it('Q15: baseline 62, now 45 (lower limit 50): a 17-point fall holds', () => {
    expect(rulesFired(62, 50, [[12, 45]])).toEqual(['hold-large-fall']);
  });

  it('Q16: baseline 58, now 48 (lower limit 50): below normal with a 10-point fall holds', () => {
    expect(rulesFired(58, 50, [[12, 48]])).toEqual(['hold-below-normal']);
  });

  it('Q17: baseline 60, now 52 (lower limit 50): an 8-point fall within normal limits continues', () => {
    expect(rulesFired(60, 50, [[12, 52]])).toEqual(['continue']);
  });

  it('15 points continues, 16 points holds, even within normal limits', () => {
    expect(rulesFired(70, 50, [[12, 55]])).toEqual(['continue']);
    expect(rulesFired(70, 50, [[12, 54]])).toEqual(['hold-large-fall']);
  });

  it('below normal: a 9-point fall continues, a 10-point fall holds', () => {
    expect(rulesFired(58, 50, [[12, 49]])).toEqual(['continue']);
    expect(rulesFired(59, 50, [[12, 49]])).toEqual(['hold-below-normal']);
  });

  it('a 10-point fall that stays within normal limits continues', () => {
    expect(rulesFired(65, 50, [[12, 55]])).toEqual(['continue']);
  });

  it('schedules the recheck about 4 weeks after a hold', () => {
    const [decision] = simulate(cardiacData, 62, 50, [{ week: 12, value: 45 }]);
    expect(decision?.action).toBe('hold');
    expect(decision?.recheckWeek).toBe(16);
  });
});

describe('while held', () => {
  it('keeps holding for at least 4 weeks even if the value recovers', () => {
    expect(
      rulesFired(62, 50, [
        [12, 45],
        [14, 60],
        [16, 60],
      ]),
    ).toEqual(['hold-large-fall', 'keep-holding-minimum', 'resume']);
  });

  it('resumes within 4 to 8 weeks only with a fall of 15 points or less and a value within normal limits', () => {
    expect(
      rulesFired(70, 50, [
        [12, 54],
        [16, 55],
      ]),
    ).toEqual(['hold-large-fall', 'resume']);
    expect(
      rulesFired(70, 50, [
        [12, 54],
        [16, 54],
      ]),
    ).toEqual(['hold-large-fall', 'keep-holding-not-recovered']);
    expect(
      rulesFired(58, 50, [
        [12, 48],
        [16, 49],
      ]),
    ).toEqual(['hold-below-normal', 'keep-holding-not-recovered']);
    expect(
      rulesFired(58, 50, [
        [12, 48],
        [20, 50],
      ]),
    ).toEqual(['hold-below-normal', 'resume']);
  });

  it('at 8 weeks without recovery still holds; beyond 8 weeks the decline is persistent and treatment stops', () => {
    expect(
      rulesFired(58, 50, [
        [12, 48],
        [20, 48],
      ]),
    ).toEqual(['hold-below-normal', 'keep-holding-not-recovered']);
    expect(
      rulesFired(58, 50, [
        [12, 48],
        [21, 48],
      ]),
    ).toEqual(['hold-below-normal', 'discontinue-persistent']);
    expect(
      rulesFired(58, 50, [
        [12, 48],
        [16, 48],
        [20, 48],
        [24, 49],
      ]).at(-1),
    ).toBe('discontinue-persistent');
  });

  it('does not resume after the 8-week window even if the value has recovered', () => {
    expect(
      rulesFired(62, 50, [
        [12, 45],
        [22, 60],
      ]),
    ).toEqual(['hold-large-fall', 'discontinue-persistent']);
  });
});

describe('number of holds', () => {
  const cycle = (start: number): [number, number][] => [
    [start, 48],
    [start + 4, 56],
  ];

  it('a third hold is still a hold; a fourth stops treatment permanently', () => {
    const three = rulesFired(65, 50, [...cycle(12), ...cycle(24), [36, 48]]);
    expect(three.at(-1)).toBe('hold-large-fall');
    const four = rulesFired(65, 50, [...cycle(12), ...cycle(24), ...cycle(36), [48, 48]]);
    expect(four.at(-1)).toBe('discontinue-too-many-holds');
  });

  it('counts holds, not readings', () => {
    const decisions = simulate(cardiacData, 65, 50, [
      { week: 12, value: 48 },
      { week: 14, value: 48 },
      { week: 16, value: 56 },
    ]);
    expect(decisions.map((d) => d.holdsAfter)).toEqual([1, 1, 1]);
  });
});

describe('the table itself', () => {
  it('has a statement in the data for every row, with the same action', () => {
    for (const row of cardiacRuleTable) {
      expect(cardiacData.rules.find((rule) => rule.id === row.id)?.action).toBe(row.action);
    }
    expect(cardiacRuleTable.map((row) => row.id).sort()).toEqual([...cardiacRuleIds].sort());
  });

  it('never restarts after a permanent stop', () => {
    expect(
      rulesFired(62, 50, [
        [12, 45],
        [21, 45],
        [30, 62],
      ]).slice(1),
    ).toEqual(['discontinue-persistent', 'already-discontinued']);
  });

  it('refuses readings out of time order', () => {
    const first = applyReading(cardiacData, startSimulation(60, 50), { week: 12, value: 58 });
    expect(() => applyReading(cardiacData, first.state, { week: 12, value: 58 })).toThrow(RangeError);
  });

  it.each(cardiacData.cases.map((c) => [c.id, c] as const))(
    'scripted case %s fires the expected rules',
    (_id, scripted) => {
      const fired = simulate(cardiacData, scripted.baseline, scripted.lowerLimitOfNormal, scripted.readings);
      // Every reading that states its expected rule is checked; a case that states none proves nothing.
      const expected = scripted.readings.flatMap((reading, i) =>
        reading.expect ? [[i, reading.expect]] : [],
      );
      expect(expected.length).toBeGreaterThan(0);
      expect(expected.map(([i]) => [i, fired[Number(i)]?.ruleId])).toEqual(expected);
    },
  );
});
