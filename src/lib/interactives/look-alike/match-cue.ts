// Checks a learner's product choice for one look-alike cue and assembles the feedback: which product the
// cue belongs to, why, and why confusing the two products is dangerous (fact base §7).
import type { LookAlikeCue, LookAlikeProduct, LookAlikes } from './schema.ts';

export interface CueFeedback {
  correct: boolean;
  answer: LookAlikeProduct;
  chosen: LookAlikeProduct;
  /** Sentences to show, most important first. */
  sentences: string[];
  references: string[];
}

export function productById(data: LookAlikes, id: string): LookAlikeProduct {
  const product = data.products.find((candidate) => candidate.id === id);
  if (!product) throw new Error(`look-alikes data has no product "${id}"`);
  return product;
}

export const fullName = (product: LookAlikeProduct) => `${product.brand} (${product.name})`;

export function matchCue(data: LookAlikes, cue: LookAlikeCue, chosenId: string): CueFeedback {
  const answer = productById(data, cue.answer);
  const chosen = productById(data, chosenId);
  const correct = answer.id === chosen.id;
  const sentences = correct
    ? [`Correct: ${fullName(answer)}. ${cue.why}`, `Why a mix-up is dangerous: ${answer.danger}`]
    : [
        `Not ${chosen.brand}: this cue belongs to ${fullName(answer)}. ${cue.why}`,
        `Why confusing them is dangerous: ${answer.danger}`,
        `${fullName(chosen)} is different: ${chosen.summary}`,
      ];
  const references = [
    ...new Set([...cue.references, ...answer.references, ...(correct ? [] : chosen.references)]),
  ];
  return { correct, answer, chosen, sentences, references };
}

/** Score so far: how many cues were answered correctly at the first try. */
export function countCorrect(firstTries: ReadonlyMap<string, boolean>): number {
  return [...firstTries.values()].filter(Boolean).length;
}
