// Schema of dosing.yaml (read by <Drill name="dose" />): IV regimens, the reconstituted
// concentration, answer tolerances and mistake feedback for the dose-calculation drill.
import * as v from 'valibot';
import {
  CitedTextSchema,
  FactTagSchema,
  ReferenceKeysSchema,
  positiveNumber,
  text,
  unknownField,
} from '../data-schema-parts.ts';
import { templateField } from '../../words/template.ts';

export const mistakeIds = [
  'pounds-as-kilograms',
  'loading-instead-of-maintenance',
  'maintenance-instead-of-loading',
  'other-schedule',
  'dose-in-volume-box',
  'multiplied-by-concentration',
  'volume-from-wrong-dose',
] as const;
export type MistakeId = (typeof mistakeIds)[number];

export const dosePhases = ['loading', 'maintenance'] as const;
export type DosePhase = (typeof dosePhases)[number];

const PhaseSchema = v.strictObject(
  { dosePerKg: positiveNumber('dosePerKg'), infusion: text('infusion') },
  unknownField,
);

const scenarioList = (what: string) =>
  v.pipe(
    v.array(text(what), `${what} must be a list of sentences`),
    v.minLength(1, `${what} must list at least one scenario`),
  );

const RegimenSchema = v.strictObject(
  {
    id: text('regimen id'),
    name: text('name'),
    loading: PhaseSchema,
    maintenance: PhaseSchema,
    tag: FactTagSchema,
    references: ReferenceKeysSchema,
    scenarios: v.strictObject(
      { loading: scenarioList('scenarios.loading'), maintenance: scenarioList('scenarios.maintenance') },
      unknownField,
    ),
  },
  unknownField,
);
export type Regimen = v.InferOutput<typeof RegimenSchema>;

/** Everything the drill says besides its numbers and rules: labels, verdicts and the working's templates. */
const DoseWordsSchema = v.strictObject(
  {
    title: text('title'),
    scheduleLabel: text('scheduleLabel'),
    weightLabel: text('weightLabel'),
    concentrationLabel: text('concentrationLabel'),
    doseField: templateField(['unit']),
    volumeField: templateField(['unit']),
    numbersNeeded: templateField(['dose', 'volume']),
    dose: v.strictObject({ correct: text('dose.correct'), wrong: text('dose.wrong') }, unknownField),
    volume: v.strictObject({ correct: text('volume.correct'), wrong: text('volume.wrong') }, unknownField),
    working: text('working'),
    tolerance: templateField(['dosePercent', 'volume', 'unit']),
    phases: v.strictObject(
      { loading: text('phases.loading'), maintenance: text('phases.maintenance') },
      unknownField,
    ),
    /** The full working, one step a line: the weight conversion (pounds only), schedule, dose, volume. */
    steps: v.strictObject(
      {
        convert: templateField(['pounds', 'factor', 'kilograms']),
        regimen: templateField(['regimen', 'phase', 'perKg', 'perKgUnit', 'infusion']),
        dose: templateField(['kilograms', 'perKg', 'perKgUnit', 'dose', 'doseUnit']),
        volume: templateField([
          'dose',
          'doseUnit',
          'concentration',
          'concentrationUnit',
          'volume',
          'volumeUnit',
        ]),
      },
      unknownField,
    ),
  },
  unknownField,
);

export const DosingSchema = v.strictObject(
  {
    units: v.strictObject(
      {
        dose: text('units.dose'),
        volume: text('units.volume'),
        dosePerWeight: text('units.dosePerWeight'),
        concentration: text('units.concentration'),
      },
      unknownField,
    ),
    concentration: v.strictObject(
      { value: positiveNumber('concentration.value'), tag: FactTagSchema, references: ReferenceKeysSchema },
      unknownField,
    ),
    kilogramsPerPound: positiveNumber('kilogramsPerPound'),
    regimens: v.pipe(
      v.array(RegimenSchema, 'regimens must be a list'),
      v.minLength(2, 'regimens must list at least two schedules'),
    ),
    answerTolerance: v.strictObject(
      {
        dosePercent: positiveNumber('answerTolerance.dosePercent'),
        volume: positiveNumber('answerTolerance.volume'),
      },
      unknownField,
    ),
    practiceWeightKg: v.pipe(
      v.strictObject(
        { min: positiveNumber('practiceWeightKg.min'), max: positiveNumber('practiceWeightKg.max') },
        unknownField,
      ),
      v.check(
        (range) => range.min < range.max,
        'practiceWeightKg.min must be less than practiceWeightKg.max',
      ),
    ),
    poundsShare: v.pipe(
      v.number('poundsShare must be a number'),
      v.minValue(0, 'poundsShare must be between 0 and 1'),
      v.maxValue(1, 'poundsShare must be between 0 and 1'),
    ),
    weightNote: CitedTextSchema,
    mistakes: v.strictObject(
      Object.fromEntries(mistakeIds.map((id) => [id, text(`mistakes.${id}`)])) as Record<
        MistakeId,
        ReturnType<typeof text>
      >,
      unknownField,
    ),
    words: DoseWordsSchema,
  },
  unknownField,
);
export type Dosing = v.InferOutput<typeof DosingSchema>;
