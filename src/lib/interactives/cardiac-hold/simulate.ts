// Steps a patient's ejection-fraction readings through the rule table, keeping the treatment state,
// the number of holds and when the current hold began, and reports the decision for each reading.
import { firstMatchingRule, type TreatmentState } from './rule-table.ts';
import type { CardiacAction, CardiacHoldRules, CardiacRuleId, CardiacRuleStatement } from './schema.ts';

export interface SimulatorState {
  baseline: number;
  lowerLimitOfNormal: number;
  treatment: TreatmentState;
  holds: number;
  holdStartWeek: number | null;
  lastWeek: number | null;
}

export interface CardiacDecision {
  week: number;
  value: number;
  fall: number;
  belowNormal: boolean;
  ruleId: CardiacRuleId;
  action: CardiacAction;
  rule: CardiacRuleStatement;
  /** Week of the next measurement while held, else null. */
  recheckWeek: number | null;
  holdsAfter: number;
}

export function startSimulation(baseline: number, lowerLimitOfNormal: number): SimulatorState {
  return {
    baseline,
    lowerLimitOfNormal,
    treatment: 'on-treatment',
    holds: 0,
    holdStartWeek: null,
    lastWeek: null,
  };
}

export function ruleStatement(data: CardiacHoldRules, id: CardiacRuleId): CardiacRuleStatement {
  const rule = data.rules.find((candidate) => candidate.id === id);
  if (!rule) throw new Error(`cardiac-hold-rules data has no statement for rule "${id}"`);
  return rule;
}

/** Applies one reading. Readings must come in time order (a week after the previous one). */
export function applyReading(
  data: CardiacHoldRules,
  state: SimulatorState,
  reading: { week: number; value: number },
): { state: SimulatorState; decision: CardiacDecision } {
  if (state.lastWeek !== null && reading.week <= state.lastWeek) {
    throw new RangeError(`week ${reading.week} is not after the previous reading (week ${state.lastWeek})`);
  }
  const fall = state.baseline - reading.value;
  const belowNormal = reading.value < state.lowerLimitOfNormal;
  const weeksHeld = state.holdStartWeek === null ? 0 : reading.week - state.holdStartWeek;
  const row = firstMatchingRule(state.treatment, {
    fall,
    belowNormal,
    weeksHeld,
    holdsSoFar: state.holds,
    thresholds: data.thresholds,
  });
  const rule = ruleStatement(data, row.id);
  const next: SimulatorState = { ...state, lastWeek: reading.week };
  // The table row, not the YAML, decides the transition; the loader checks the YAML's action agrees.
  if (row.action === 'discontinue') {
    next.treatment = 'discontinued';
    next.holdStartWeek = null;
  } else if (row.action === 'resume' || row.action === 'continue') {
    next.treatment = 'on-treatment';
    next.holdStartWeek = null;
  } else if (state.treatment === 'on-treatment') {
    next.treatment = 'held';
    next.holds = state.holds + 1;
    next.holdStartWeek = reading.week;
  }
  const recheckWeek = next.treatment === 'held' ? reading.week + data.thresholds.recheckWeeks : null;
  return {
    state: next,
    decision: {
      week: reading.week,
      value: reading.value,
      fall,
      belowNormal,
      ruleId: row.id,
      action: row.action,
      rule,
      recheckWeek,
      holdsAfter: next.holds,
    },
  };
}

/** Runs a whole list of readings from a fresh start. */
export function simulate(
  data: CardiacHoldRules,
  baseline: number,
  lowerLimitOfNormal: number,
  readings: readonly { week: number; value: number }[],
): CardiacDecision[] {
  let state = startSimulation(baseline, lowerLimitOfNormal);
  return readings.map((reading) => {
    const step = applyReading(data, state, reading);
    state = step.state;
    return step.decision;
  });
}
