// Turns a HER2 decision into the sentences a learner reads (and a screen reader announces), each with
// the rule that applied and the reference keys behind it. The sentences are the lesson's templates.
import { fillTemplate } from '../../words/template.ts';
import type { Her2Decision, IshResult } from './classify.ts';
import type { Her2Classification, Her2Status } from './schema.ts';

export interface Explanation {
  /** One sentence per rule that applied, in the order they were used. */
  steps: string[];
  /** Reference keys of every rule used, without duplicates, in first-use order. */
  references: string[];
}

/** The answer-choice wording for a status, from the data. */
export function statusLabel(data: Her2Classification, status: Her2Status): string {
  return data.eligibility[status].label;
}

export function explainHer2Decision(
  data: Her2Classification,
  decision: Her2Decision,
  ish?: IshResult,
): Explanation {
  const steps: string[] = [];
  const references: string[] = [];
  const use = (keys: string[]) => keys.forEach((key) => references.includes(key) || references.push(key));

  const { ihcRule, ishGroup, ishCall } = decision;
  const pattern = ihcRule.pattern.replace(/\.$/, '');
  const words = data.words;
  const ihcStep = fillTemplate(words.ihcStep, {
    score: ihcRule.score,
    pattern,
    call: words.ihcCalls[ihcRule.call],
  });
  steps.push(ihcRule.note ? `${ihcStep} ${ihcRule.note}` : ihcStep);
  use(ihcRule.references);

  if (ishGroup && ish) {
    steps.push(
      fillTemplate(words.ishStep, {
        ratio: ish.ratio,
        copies: ish.copies,
        group: ishGroup.group,
        rule: ishGroup.rule,
        score: ihcRule.score,
        call: ishCall ? words.ihcCalls[ishCall] : '',
      }),
    );
    use(ishGroup.references);
    if (decision.decidedBy === 'ihc') {
      steps.push(data.eligibility.overexpressionAlone.text);
      use(data.eligibility.overexpressionAlone.references);
    }
  }

  const eligibility = data.eligibility[decision.status];
  steps.push(eligibility.text);
  use(eligibility.references);
  return { steps, references };
}
