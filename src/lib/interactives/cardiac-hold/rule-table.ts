// The rule table of the cardiac simulator (PI §2.5 as restated in fact base §5.1.1): ordered rows,
// first match wins, one table per treatment state. Conditions are code; every number they compare
// against comes from cardiac-hold-rules.yaml, and every row's wording and sources live there too.
import type { CardiacAction, CardiacRuleId, CardiacThresholds } from './schema.ts';

export type TreatmentState = 'on-treatment' | 'held' | 'discontinued';

/** What a rule can see when a new ejection-fraction reading arrives. */
export interface RuleContext {
  /** Percentage points below the pre-treatment value (negative if higher). */
  fall: number;
  /** Below the institution's lower limit of normal. */
  belowNormal: boolean;
  /** Weeks since the current hold began (held state only). */
  weeksHeld: number;
  /** Holds for cardiomyopathy so far, before this reading. */
  holdsSoFar: number;
  thresholds: CardiacThresholds;
}

export interface RuleRow {
  id: CardiacRuleId;
  when: TreatmentState;
  action: CardiacAction;
  applies: (context: RuleContext) => boolean;
}

/** Either hold criterion: a large absolute fall, or below normal with a smaller fall. */
export function meetsHoldCriterion({ fall, belowNormal, thresholds }: RuleContext): boolean {
  return fall >= thresholds.holdFallPoints || (belowNormal && fall >= thresholds.holdBelowNormalFallPoints);
}

function meetsResumeCriterion({ fall, belowNormal, weeksHeld, thresholds }: RuleContext): boolean {
  const window = thresholds.resumeWindowWeeks;
  return (
    weeksHeld >= window.from &&
    weeksHeld <= window.to &&
    !belowNormal &&
    fall <= thresholds.resumeMaxFallPoints
  );
}

export const cardiacRuleTable: readonly RuleRow[] = [
  // "Suspended more than 3 times": the hold that would exceed the limit stops treatment instead.
  {
    id: 'discontinue-too-many-holds',
    when: 'on-treatment',
    action: 'discontinue',
    applies: (c) => meetsHoldCriterion(c) && c.holdsSoFar >= c.thresholds.maxHolds,
  },
  {
    id: 'hold-large-fall',
    when: 'on-treatment',
    action: 'hold',
    applies: (c) => c.fall >= c.thresholds.holdFallPoints,
  },
  {
    id: 'hold-below-normal',
    when: 'on-treatment',
    action: 'hold',
    applies: (c) => c.belowNormal && c.fall >= c.thresholds.holdBelowNormalFallPoints,
  },
  { id: 'continue', when: 'on-treatment', action: 'continue', applies: () => true },
  // "Withhold for at least 4 weeks": no decision to resume before the minimum hold has passed.
  {
    id: 'keep-holding-minimum',
    when: 'held',
    action: 'hold',
    applies: (c) => c.weeksHeld < c.thresholds.holdMinimumWeeks,
  },
  { id: 'resume', when: 'held', action: 'resume', applies: meetsResumeCriterion },
  {
    id: 'discontinue-persistent',
    when: 'held',
    action: 'discontinue',
    applies: (c) => c.weeksHeld > c.thresholds.persistentDeclineWeeks,
  },
  { id: 'keep-holding-not-recovered', when: 'held', action: 'hold', applies: () => true },
  { id: 'already-discontinued', when: 'discontinued', action: 'discontinue', applies: () => true },
];

export function firstMatchingRule(state: TreatmentState, context: RuleContext): RuleRow {
  const row = cardiacRuleTable.find((candidate) => candidate.when === state && candidate.applies(context));
  if (!row) throw new Error(`the cardiac rule table has no row for state "${state}"`);
  return row;
}
