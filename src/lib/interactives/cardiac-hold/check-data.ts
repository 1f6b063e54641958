// Build-time checks of the cardiac rules data beyond its schema: one statement per rule-table row with
// the same action as the table, and scripted cases whose readings are in time order and whose
// expected rule is the one the table fires.
import type { ProblemList } from '../../course/content-error.ts';
import { cardiacRuleTable } from './rule-table.ts';
import type { CardiacHoldRules } from './schema.ts';
import { applyReading, startSimulation } from './simulate.ts';

export function checkCardiacData(data: CardiacHoldRules, file: string, problems: ProblemList): void {
  for (const row of cardiacRuleTable) {
    const statements = data.rules.filter((rule) => rule.id === row.id);
    if (statements.length !== 1) {
      problems.add(
        file,
        'rules',
        `rule "${row.id}" needs exactly one statement (found ${statements.length})`,
      );
    } else if (statements[0]?.action !== row.action) {
      const index = data.rules.findIndex((rule) => rule.id === row.id);
      problems.add(
        file,
        `rules[${index}].action`,
        `rule "${row.id}" is a "${row.action}" rule, not "${statements[0]?.action}"`,
      );
    }
  }
  if (problems.items.some((problem) => problem.file === file)) return;

  data.cases.forEach((scripted, caseIndex) => {
    let state = startSimulation(scripted.baseline, scripted.lowerLimitOfNormal);
    for (const [readingIndex, reading] of scripted.readings.entries()) {
      const field = `cases[${caseIndex}].readings[${readingIndex}]`;
      if (state.lastWeek !== null && reading.week <= state.lastWeek) {
        problems.add(
          file,
          `${field}.week`,
          `week ${reading.week} must come after the previous reading (week ${state.lastWeek})`,
        );
        return;
      }
      const step = applyReading(data, state, reading);
      if (reading.expect && step.decision.ruleId !== reading.expect) {
        problems.add(
          file,
          `${field}.expect`,
          `the rule table fires "${step.decision.ruleId}" here, not "${reading.expect}"`,
        );
      }
      state = step.state;
    }
  });
}
