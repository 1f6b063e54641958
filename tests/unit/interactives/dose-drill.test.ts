// Dose drill maths against fact base §4.1 (weekly 4 → 2 mg/kg; every-3-week 8 → 6 mg/kg) and §4.3
// (21 mg/mL; worked example 70 kg → 560 mg ≈ 26.7 mL; quiz Q5 68 kg → 544 mg ≈ 25.9 mL), with the
// unit and loading-vs-maintenance mistakes the drill must recognize.
import { describe, expect, it } from 'vitest';
import { markDoseAnswer } from '../../../src/lib/interactives/dose-drill/check-answer.ts';
import { describeWorking, doseWorking } from '../../../src/lib/interactives/dose-drill/dose-maths.ts';
import { generateDoseCase, type DoseCase } from '../../../src/lib/interactives/dose-drill/generate-case.ts';
import type { DosePhase } from '../../../src/lib/interactives/dose-drill/schema.ts';
import { nextSeed } from '../../../src/lib/random/seeded-random.ts';
import { dosingData } from './course-data.ts';

function makeCase(regimenId: string, phase: DosePhase, value: number, unit: 'kg' | 'lb' = 'kg'): DoseCase {
  const regimen = dosingData.regimens.find((r) => r.id === regimenId);
  if (!regimen) throw new Error(`no regimen ${regimenId}`);
  return { seed: 0, regimen, phase, scenario: 'test', weight: { value, unit } };
}

describe('dose maths', () => {
  it('reproduces the worked example: 70 kg every-3-week loading → 560 mg ≈ 26.7 mL', () => {
    const working = doseWorking(dosingData, makeCase('three-weekly', 'loading', 70));
    expect(working.dose).toBeCloseTo(560, 6);
    expect(working.volume).toBeCloseTo(26.67, 2);
  });

  it('reproduces quiz Q5: 68 kg every-3-week loading → 544 mg ≈ 25.9 mL', () => {
    const working = doseWorking(dosingData, makeCase('three-weekly', 'loading', 68));
    expect(working.dose).toBeCloseTo(544, 6);
    expect(working.volume).toBeCloseTo(25.9, 1);
  });

  it.each([
    ['weekly', 'loading', 4],
    ['weekly', 'maintenance', 2],
    ['three-weekly', 'loading', 8],
    ['three-weekly', 'maintenance', 6],
  ] as const)('%s %s is %i per kilogram', (regimen, phase, perKg) => {
    expect(doseWorking(dosingData, makeCase(regimen, phase, 50)).dose).toBeCloseTo(50 * perKg, 6);
  });

  it('converts pounds to kilograms before multiplying', () => {
    const working = doseWorking(dosingData, makeCase('weekly', 'loading', 154, 'lb'));
    expect(working.weightKg).toBeCloseTo(69.85, 2);
    expect(working.dose).toBeCloseTo(279.4, 1);
    expect(describeWorking(dosingData, makeCase('weekly', 'loading', 154, 'lb'))[0]).toMatch(/154 lb/);
  });
});

describe('marking', () => {
  const loading70 = makeCase('three-weekly', 'loading', 70);

  it('accepts the right answer within the stated tolerance', () => {
    expect(markDoseAnswer(dosingData, loading70, { dose: 560, volume: 26.7 })).toEqual({
      doseCorrect: true,
      volumeCorrect: true,
      mistakes: [],
    });
    expect(markDoseAnswer(dosingData, loading70, { dose: 560, volume: 26.6 }).volumeCorrect).toBe(true);
  });

  it('rejects answers just outside the tolerance', () => {
    expect(markDoseAnswer(dosingData, loading70, { dose: 560, volume: 26.5 }).volumeCorrect).toBe(false);
    expect(markDoseAnswer(dosingData, loading70, { dose: 566, volume: 26.7 }).doseCorrect).toBe(false);
  });

  it('accepts a pounds conversion done with 2.2 lb per kg', () => {
    const lbCase = makeCase('three-weekly', 'loading', 220, 'lb');
    const marking = markDoseAnswer(dosingData, lbCase, { dose: 800, volume: 38.1 });
    expect(marking.doseCorrect).toBe(true);
    expect(marking.volumeCorrect).toBe(true);
  });

  it('recognizes pounds used as kilograms', () => {
    const lbCase = makeCase('weekly', 'maintenance', 154, 'lb');
    const marking = markDoseAnswer(dosingData, lbCase, { dose: 308, volume: 14.7 });
    expect(marking.doseCorrect).toBe(false);
    expect(marking.mistakes).toContain('pounds-as-kilograms');
  });

  it('recognizes a loading dose given when maintenance is due (no re-load at the weekly → 3-weekly switch)', () => {
    const maintenance = makeCase('three-weekly', 'maintenance', 70);
    const marking = markDoseAnswer(dosingData, maintenance, { dose: 560, volume: 26.7 });
    expect(marking.doseCorrect).toBe(false);
    expect(marking.mistakes).toContain('loading-instead-of-maintenance');
  });

  it('recognizes a maintenance dose given at a first infusion', () => {
    const marking = markDoseAnswer(dosingData, loading70, { dose: 420, volume: 20 });
    expect(marking.mistakes).toContain('maintenance-instead-of-loading');
  });

  it('recognizes the other schedule', () => {
    const weeklyLoading = makeCase('weekly', 'loading', 70);
    expect(markDoseAnswer(dosingData, weeklyLoading, { dose: 560, volume: 26.7 }).mistakes).toContain(
      'other-schedule',
    );
  });

  it('recognizes milligrams typed in the millilitre box', () => {
    const marking = markDoseAnswer(dosingData, loading70, { dose: 560, volume: 560 });
    expect(marking.doseCorrect).toBe(true);
    expect(marking.volumeCorrect).toBe(false);
    expect(marking.mistakes).toEqual(['dose-in-volume-box']);
  });

  it('recognizes multiplying by the concentration instead of dividing', () => {
    expect(markDoseAnswer(dosingData, loading70, { dose: 560, volume: 11760 }).mistakes).toEqual([
      'multiplied-by-concentration',
    ]);
  });

  it('says when the volume follows from a wrong dose', () => {
    const marking = markDoseAnswer(dosingData, loading70, { dose: 420, volume: 20 });
    expect(marking.mistakes).toContain('volume-from-wrong-dose');
  });
});

describe('seeded cases', () => {
  it('gives the same case for the same seed', () => {
    expect(generateDoseCase(dosingData, 1234)).toEqual(generateDoseCase(dosingData, 1234));
  });

  it('covers both schedules, both phases and both weight units, within the practice weight range', () => {
    const seen = new Set<string>();
    let seed = 1;
    for (let i = 0; i < 300; i += 1) {
      const doseCase = generateDoseCase(dosingData, seed);
      seen.add(`${doseCase.regimen.id}/${doseCase.phase}`).add(doseCase.weight.unit);
      const kg = doseWorking(dosingData, doseCase).weightKg;
      expect(kg).toBeGreaterThanOrEqual(dosingData.practiceWeightKg.min - 0.5);
      expect(kg).toBeLessThanOrEqual(dosingData.practiceWeightKg.max + 0.5);
      expect(doseCase.regimen.scenarios[doseCase.phase]).toContain(doseCase.scenario);
      seed = nextSeed(seed);
    }
    expect([...seen].sort()).toEqual(
      [
        'kg',
        'lb',
        'three-weekly/loading',
        'three-weekly/maintenance',
        'weekly/loading',
        'weekly/maintenance',
      ].sort(),
    );
  });

  it('moves to a different seed for a new case, the same way every time', () => {
    expect(nextSeed(1)).toBe(nextSeed(1));
    expect(nextSeed(1)).not.toBe(1);
  });
});
