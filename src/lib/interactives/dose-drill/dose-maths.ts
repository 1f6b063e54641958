// The arithmetic of a weight-based dose: weight in kilograms × dose per kilogram = dose; dose ÷
// reconstituted concentration = volume to draw up. All values and the working's words come from the
// lesson's dosing data.
import { fillTemplate } from '../../words/template.ts';
import type { DoseCase } from './generate-case.ts';
import type { Dosing } from './schema.ts';

export interface DoseWorking {
  weightKg: number;
  dosePerKg: number;
  dose: number;
  volume: number;
}

export function weightInKilograms(data: Dosing, weight: DoseCase['weight']): number {
  return weight.unit === 'kg' ? weight.value : weight.value * data.kilogramsPerPound;
}

export function doseWorking(data: Dosing, doseCase: DoseCase): DoseWorking {
  const weightKg = weightInKilograms(data, doseCase.weight);
  const dosePerKg = doseCase.regimen[doseCase.phase].dosePerKg;
  const dose = weightKg * dosePerKg;
  return { weightKg, dosePerKg, dose, volume: dose / data.concentration.value };
}

/** Rounds for display: whole milligrams stay whole, everything else to `decimals` places. */
export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

/** The steps of the working, as sentences, using the units named in the data. */
export function describeWorking(data: Dosing, doseCase: DoseCase): string[] {
  const { units, words } = data;
  const working = doseWorking(data, doseCase);
  const kilograms = roundTo(working.weightKg, 2);
  const dose = roundTo(working.dose, 1);
  const steps: string[] = [];
  if (doseCase.weight.unit === 'lb')
    steps.push(
      fillTemplate(words.steps.convert, {
        pounds: doseCase.weight.value,
        factor: data.kilogramsPerPound,
        kilograms,
      }),
    );
  const phase = doseCase.regimen[doseCase.phase];
  const perKg = { perKg: phase.dosePerKg, perKgUnit: units.dosePerWeight };
  steps.push(
    fillTemplate(words.steps.regimen, {
      regimen: doseCase.regimen.name,
      phase: words.phases[doseCase.phase],
      infusion: phase.infusion,
      ...perKg,
    }),
    fillTemplate(words.steps.dose, { kilograms, ...perKg, dose, doseUnit: units.dose }),
    fillTemplate(words.steps.volume, {
      dose,
      doseUnit: units.dose,
      concentration: data.concentration.value,
      concentrationUnit: units.concentration,
      volume: roundTo(working.volume, 1),
      volumeUnit: units.volume,
    }),
  );
  return steps;
}
