// Marks a learner's dose and volume against the exact working within the tolerance stated in
// dosing.yaml, and recognizes the usual mistakes (pounds used as kilograms, loading vs maintenance,
// the other schedule, milligrams in the millilitre box, multiplying by the concentration).
import { doseWorking } from './dose-maths.ts';
import type { DoseCase } from './generate-case.ts';
import type { Dosing, MistakeId } from './schema.ts';

export interface DoseAnswer {
  dose: number;
  volume: number;
}

export interface DoseMarking {
  doseCorrect: boolean;
  volumeCorrect: boolean;
  mistakes: MistakeId[];
}

const near = (value: number, target: number, tolerance: number) => Math.abs(value - target) <= tolerance;

/** Is `dose` within the stated percentage of `target`? */
function nearDose(data: Dosing, dose: number, target: number): boolean {
  return near(dose, target, (target * data.answerTolerance.dosePercent) / 100);
}

function doseMistakes(data: Dosing, doseCase: DoseCase, dose: number): MistakeId[] {
  const working = doseWorking(data, doseCase);
  const found: MistakeId[] = [];
  if (doseCase.weight.unit === 'lb' && nearDose(data, dose, doseCase.weight.value * working.dosePerKg)) {
    found.push('pounds-as-kilograms');
  }
  const otherPhase = doseCase.phase === 'loading' ? 'maintenance' : 'loading';
  if (nearDose(data, dose, working.weightKg * doseCase.regimen[otherPhase].dosePerKg)) {
    found.push(
      doseCase.phase === 'loading' ? 'maintenance-instead-of-loading' : 'loading-instead-of-maintenance',
    );
  }
  const otherSchedules = data.regimens.filter((regimen) => regimen.id !== doseCase.regimen.id);
  if (
    otherSchedules.some((regimen) =>
      nearDose(data, dose, working.weightKg * regimen[doseCase.phase].dosePerKg),
    )
  ) {
    found.push('other-schedule');
  }
  return found;
}

function volumeMistakes(data: Dosing, answer: DoseAnswer, doseCorrect: boolean): MistakeId[] {
  const tolerance = data.answerTolerance.volume;
  const concentration = data.concentration.value;
  if (near(answer.volume, answer.dose, tolerance)) return ['dose-in-volume-box'];
  if (nearDose(data, answer.volume, answer.dose * concentration)) {
    return ['multiplied-by-concentration'];
  }
  if (!doseCorrect && near(answer.volume, answer.dose / concentration, tolerance))
    return ['volume-from-wrong-dose'];
  return [];
}

export function markDoseAnswer(data: Dosing, doseCase: DoseCase, answer: DoseAnswer): DoseMarking {
  const working = doseWorking(data, doseCase);
  const doseCorrect = nearDose(data, answer.dose, working.dose);
  const volumeCorrect = near(answer.volume, working.volume, data.answerTolerance.volume);
  const mistakes = [
    ...(doseCorrect ? [] : doseMistakes(data, doseCase, answer.dose)),
    ...(volumeCorrect ? [] : volumeMistakes(data, answer, doseCorrect)),
  ];
  return { doseCorrect, volumeCorrect, mistakes };
}
