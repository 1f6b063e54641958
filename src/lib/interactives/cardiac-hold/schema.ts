// Schema of cardiac-hold-rules.yaml (read by <Drill name="cardiac-hold" />): thresholds and rule
// statements for the cardiac hold / resume / discontinue simulator, plus scripted cases.
import * as v from 'valibot';
import {
  FactTagSchema,
  ReferenceKeysSchema,
  number,
  positiveNumber,
  text,
  unknownField,
} from '../data-schema-parts.ts';
import { templateField } from '../../words/template.ts';

export const cardiacRuleIds = [
  'continue',
  'hold-large-fall',
  'hold-below-normal',
  'discontinue-too-many-holds',
  'keep-holding-minimum',
  'resume',
  'keep-holding-not-recovered',
  'discontinue-persistent',
  'already-discontinued',
] as const;
export type CardiacRuleId = (typeof cardiacRuleIds)[number];

export const cardiacActions = ['continue', 'hold', 'resume', 'discontinue'] as const;
export type CardiacAction = (typeof cardiacActions)[number];

const percent = (what: string) =>
  v.pipe(
    number(what),
    v.minValue(0, `${what} must be a percentage (0 to 100)`),
    v.maxValue(100, `${what} must be a percentage (0 to 100)`),
  );
const weeks = (what: string) => v.pipe(number(what), v.minValue(0, `${what} must be 0 or more weeks`));

const ThresholdsSchema = v.pipe(
  v.strictObject(
    {
      holdFallPoints: positiveNumber('holdFallPoints'),
      holdBelowNormalFallPoints: positiveNumber('holdBelowNormalFallPoints'),
      holdMinimumWeeks: positiveNumber('holdMinimumWeeks'),
      recheckWeeks: positiveNumber('recheckWeeks'),
      resumeWindowWeeks: v.strictObject(
        { from: weeks('resumeWindowWeeks.from'), to: weeks('resumeWindowWeeks.to') },
        unknownField,
      ),
      resumeMaxFallPoints: positiveNumber('resumeMaxFallPoints'),
      persistentDeclineWeeks: positiveNumber('persistentDeclineWeeks'),
      maxHolds: v.pipe(
        number('maxHolds'),
        v.integer('maxHolds must be a whole number'),
        v.minValue(1, 'maxHolds must be at least 1'),
      ),
    },
    unknownField,
  ),
  v.check(
    (t) => t.resumeWindowWeeks.from <= t.resumeWindowWeeks.to,
    'resumeWindowWeeks.from must not be after resumeWindowWeeks.to',
  ),
);
export type CardiacThresholds = v.InferOutput<typeof ThresholdsSchema>;

const RuleSchema = v.strictObject(
  {
    id: v.picklist(cardiacRuleIds, `rule id must be one of: ${cardiacRuleIds.join(', ')}`),
    action: v.picklist(cardiacActions, 'action must be continue, hold, resume or discontinue'),
    statement: text('statement'),
    tag: FactTagSchema,
    references: ReferenceKeysSchema,
  },
  unknownField,
);
export type CardiacRuleStatement = v.InferOutput<typeof RuleSchema>;

const ReadingSchema = v.strictObject(
  {
    week: weeks('week'),
    value: percent('value'),
    expect: v.optional(v.picklist(cardiacRuleIds, `expect must be a rule id: ${cardiacRuleIds.join(', ')}`)),
  },
  unknownField,
);
export type CardiacReading = v.InferOutput<typeof ReadingSchema>;

const CaseSchema = v.strictObject(
  {
    id: text('case id'),
    title: text('title'),
    baseline: percent('baseline'),
    lowerLimitOfNormal: percent('lowerLimitOfNormal'),
    readings: v.pipe(
      v.array(ReadingSchema, 'readings must be a list'),
      v.minLength(1, 'readings must not be empty'),
    ),
  },
  unknownField,
);
export type CardiacCase = v.InferOutput<typeof CaseSchema>;

/** Everything the simulator says besides its rule statements: labels, actions, states and sentence templates. */
const CardiacWordsSchema = v.strictObject(
  {
    title: text('title'),
    valuesNote: text('valuesNote'),
    ownHeading: text('ownHeading'),
    baselineField: text('baselineField'),
    normalField: text('normalField'),
    startNeeded: text('startNeeded'),
    started: templateField(['baseline', 'normal']),
    actions: v.strictObject(
      {
        continue: text('actions.continue'),
        hold: text('actions.hold'),
        resume: text('actions.resume'),
        discontinue: text('actions.discontinue'),
      },
      unknownField,
    ),
    states: v.strictObject(
      { held: templateField(['week']), discontinued: text('states.discontinued'), on: text('states.on') },
      unknownField,
    ),
    standing: templateField(['baseline', 'normal']),
    weekField: text('weekField'),
    valueField: text('valueField'),
    readingNeeded: text('readingNeeded'),
    fall: templateField(['points']),
    rise: templateField(['points']),
    belowNormal: text('belowNormal'),
    withinNormal: text('withinNormal'),
    recheck: templateField(['week']),
    decision: templateField(['week', 'value', 'change', 'normal', 'action', 'rule']),
    matches: templateField(['action']),
    differs: templateField(['action', 'rules']),
    logLine: templateField(['week', 'value', 'action']),
    logFall: templateField(['points']),
    logFallBelowNormal: templateField(['points']),
  },
  unknownField,
);
export type CardiacWords = v.InferOutput<typeof CardiacWordsSchema>;

export const CardiacHoldRulesSchema = v.strictObject(
  {
    thresholds: ThresholdsSchema,
    exampleLowerLimitOfNormal: percent('exampleLowerLimitOfNormal'),
    rules: v.array(RuleSchema, 'rules must be a list'),
    cases: v.array(CaseSchema, 'cases must be a list'),
    words: CardiacWordsSchema,
  },
  unknownField,
);
export type CardiacHoldRules = v.InferOutput<typeof CardiacHoldRulesSchema>;
