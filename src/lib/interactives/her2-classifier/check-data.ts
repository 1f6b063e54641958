// Build-time checks of the HER2 classification data beyond its schema: every IHC score once, ISH groups
// that cover every result exactly once, and practice cases whose expected answer the rules agree with.
import type { ProblemList } from '../../course/content-error.ts';
import { classifyHer2, matchingIshGroups } from './classify.ts';
import { ihcScores, type Her2Classification } from './schema.ts';

/** Ratio and copy-number steps used to prove the groups neither overlap nor leave gaps. */
function* ishProbePoints(cutoff: number): Generator<{ ratio: number; copies: number }> {
  const ratios = [cutoff * 0.5, cutoff - 0.01, cutoff, cutoff + 0.01, cutoff * 2];
  for (const ratio of ratios) {
    for (let tenths = 0; tenths <= 200; tenths += 1) yield { ratio, copies: tenths / 10 };
  }
}

export function checkHer2Data(data: Her2Classification, file: string, problems: ProblemList): void {
  for (const score of ihcScores) {
    const count = data.ihc.filter((rule) => rule.score === score).length;
    if (count !== 1)
      problems.add(file, 'ihc', `IHC ${score} must be described exactly once (found ${count})`);
  }
  const groupNumbers = data.ish.groups.map((group) => group.group);
  groupNumbers.forEach((number, index) => {
    if (groupNumbers.indexOf(number) !== index)
      problems.add(file, `ish.groups[${index}].group`, `group ${number} is listed twice`);
  });
  for (const probe of ishProbePoints(data.ish.ratioCutoff)) {
    const matches = matchingIshGroups(data, probe).map((group) => group.group);
    if (matches.length !== 1) {
      const what = matches.length === 0 ? 'no group' : `groups ${matches.join(' and ')}`;
      problems.add(
        file,
        'ish.groups',
        `ratio ${probe.ratio} with ${probe.copies} copies per cell falls in ${what}; each result must fall in exactly one`,
      );
      break;
    }
  }
  if (problems.items.some((problem) => problem.file === file)) return;

  const caseIds = new Set<string>();
  data.cases.forEach((practiceCase, index) => {
    if (caseIds.has(practiceCase.id))
      problems.add(file, `cases[${index}].id`, `case id "${practiceCase.id}" is used twice`);
    caseIds.add(practiceCase.id);
    const decision = classifyHer2(data, practiceCase.ihc, practiceCase.ish);
    if (decision.status !== practiceCase.expected) {
      problems.add(
        file,
        `cases[${index}].expected`,
        `the rules in this file give "${decision.status}" for this case, not "${practiceCase.expected}"`,
      );
    }
  });
}
