// Builds a reproducible dose-calculation case from a seed: schedule, loading or maintenance dose,
// scenario sentence and a body weight written in kilograms or pounds.
import type { DosePhase, Dosing, Regimen } from './schema.ts';
import { pick, seededRandom } from '../../random/seeded-random.ts';
import { dosePhases } from './schema.ts';

export interface DoseCase {
  seed: number;
  regimen: Regimen;
  phase: DosePhase;
  scenario: string;
  /** The weight as written on the chart. */
  weight: { value: number; unit: 'kg' | 'lb' };
}

export function generateDoseCase(data: Dosing, seed: number): DoseCase {
  const random = seededRandom(seed);
  const regimen = pick(random, data.regimens);
  const phase = pick(random, dosePhases);
  const scenario = pick(random, regimen.scenarios[phase]);
  const { min, max } = data.practiceWeightKg;
  const kilograms = min + Math.floor(random() * (max - min + 1));
  const inPounds = random() < data.poundsShare;
  const weight = inPounds
    ? { value: Math.round(kilograms / data.kilogramsPerPound), unit: 'lb' as const }
    : { value: kilograms, unit: 'kg' as const };
  return { seed, regimen, phase, scenario, weight };
}
