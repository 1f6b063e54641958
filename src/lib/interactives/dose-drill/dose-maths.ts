// The arithmetic of a weight-based dose: weight in kilograms × dose per kilogram = dose; dose ÷
// reconstituted concentration = volume to draw up (fact base §4.3). All values come from dosing.yaml.
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
  const { units } = data;
  const working = doseWorking(data, doseCase);
  const steps: string[] = [];
  if (doseCase.weight.unit === 'lb') {
    steps.push(
      `Convert the weight: ${doseCase.weight.value} lb × ${data.kilogramsPerPound} = ${roundTo(working.weightKg, 2)} kg.`,
    );
  }
  const phase = doseCase.regimen[doseCase.phase];
  steps.push(
    `${doseCase.regimen.name}, ${doseCase.phase} dose: ${phase.dosePerKg} ${units.dosePerWeight}, infused ${phase.infusion}.`,
    `Dose: ${roundTo(working.weightKg, 2)} kg × ${phase.dosePerKg} ${units.dosePerWeight} = ${roundTo(working.dose, 1)} ${units.dose}.`,
    `Volume: ${roundTo(working.dose, 1)} ${units.dose} ÷ ${data.concentration.value} ${units.concentration} = ${roundTo(working.volume, 1)} ${units.volume}.`,
  );
  return steps;
}
