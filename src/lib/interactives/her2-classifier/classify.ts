// Decides HER2 status from an IHC score and, where done, dual-probe ISH results, using the rules in
// her2-classification.yaml. Status is positive when IHC shows overexpression OR the ISH work-up calls
// amplification (the label selects by either, fact base §2.1); IHC 2+ without ISH stays pending.
import type { Her2Classification, Her2Status, IhcRule, IhcScore, IshGroup } from './schema.ts';

export interface IshResult {
  /** HER2/CEP17 ratio. */
  ratio: number;
  /** Average HER2 signals (copies) per cell. */
  copies: number;
}

export interface Her2Decision {
  status: Her2Status;
  ihcRule: IhcRule;
  /** The ISH group the result falls in, when ISH was done. */
  ishGroup?: IshGroup;
  /** The ISH group's final call after its work-up rule (concurrent IHC). */
  ishCall?: 'positive' | 'negative';
  /** Which finding decided the status, for the feedback sentence. */
  decidedBy: 'ihc' | 'ish' | 'both-negative' | 'awaiting-ish';
}

function inCopiesRange(copies: number, range: IshGroup['copies']): boolean {
  return (
    (range.atLeast === undefined || copies >= range.atLeast) &&
    (range.below === undefined || copies < range.below)
  );
}

/** The ISH groups a result falls in (well-formed data gives exactly one). */
export function matchingIshGroups(data: Her2Classification, ish: IshResult): IshGroup[] {
  const side = ish.ratio >= data.ish.ratioCutoff ? 'atLeast' : 'below';
  return data.ish.groups.filter((group) => group.ratio === side && inCopiesRange(ish.copies, group.copies));
}

/** The final ISH call once the group's work-up rule has looked at the concurrent IHC score. */
export function ishFinalCall(group: IshGroup, concurrentIhc: IhcScore): 'positive' | 'negative' {
  if (group.positiveIfConcurrentIhc?.includes(concurrentIhc)) return 'positive';
  return group.call;
}

export function ihcRuleFor(data: Her2Classification, score: IhcScore): IhcRule {
  const rule = data.ihc.find((candidate) => candidate.score === score);
  if (!rule) throw new Error(`her2-classification data has no rule for IHC ${score}`);
  return rule;
}

export function classifyHer2(data: Her2Classification, ihc: IhcScore, ish?: IshResult): Her2Decision {
  const ihcRule = ihcRuleFor(data, ihc);
  if (!ish) {
    if (ihcRule.call === 'equivocal') return { status: 'pending', ihcRule, decidedBy: 'awaiting-ish' };
    return {
      status: ihcRule.call,
      ihcRule,
      decidedBy: ihcRule.call === 'positive' ? 'ihc' : 'both-negative',
    };
  }
  const groups = matchingIshGroups(data, ish);
  const ishGroup = groups[0];
  if (!ishGroup || groups.length > 1) {
    throw new Error(
      `ISH ratio ${ish.ratio} with ${ish.copies} copies matches ${groups.length} groups; expected exactly one`,
    );
  }
  const ishCall = ishFinalCall(ishGroup, ihc);
  if (ishCall === 'positive') return { status: 'positive', ihcRule, ishGroup, ishCall, decidedBy: 'ish' };
  if (ihcRule.call === 'positive')
    return { status: 'positive', ihcRule, ishGroup, ishCall, decidedBy: 'ihc' };
  return { status: 'negative', ihcRule, ishGroup, ishCall, decidedBy: 'both-negative' };
}
