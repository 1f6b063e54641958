// Turns the receptor-density model's state into the sentence a screen reader hears (polite live
// region) and the static long description of the scene (WCAG 1.1.1, 4.1.3).
import type { ReceptorModelStats } from './model';

export type Audience = 'nursing' | 'patient';

export interface ReceptorDescriptionContext {
  receptorsPerCell: number;
  normalMaxReceptors: number;
  audience: Audience;
}

const whole = (value: number) => Math.round(value).toLocaleString('en-US');

export function growthWord(signalsPerSecond: number): 'low' | 'moderate' | 'high' {
  if (signalsPerSecond < 5) return 'low';
  if (signalsPerSecond < 40) return 'moderate';
  return 'high';
}

function densityPhrase(context: ReceptorDescriptionContext): string {
  const times = context.receptorsPerCell / context.normalMaxReceptors;
  if (times <= 1) return 'a normal amount';
  return `about ${whole(times)} times the top of the normal range`;
}

/** The live sentence; numbers are rounded so it changes only when something visible changes. */
export function describeReceptorField(
  stats: ReceptorModelStats,
  context: ReceptorDescriptionContext,
): string {
  const pairs = stats.dimers;
  const signals = whole(stats.signalsPerSecond);
  const growth = growthWord(stats.signalsPerSecond);
  const divisions = `${stats.divisions} cell division${stats.divisions === 1 ? '' : 's'} so far`;
  if (context.audience === 'patient') {
    return (
      `${whole(context.receptorsPerCell)} HER2 receptors per cell, ${densityPhrase(context)}. ` +
      `${pairs} pair${pairs === 1 ? '' : 's'} switched on, sending about ${signals} "grow" messages a second. ` +
      `Growth: ${growth}; ${divisions}.`
    );
  }
  return (
    `${whole(context.receptorsPerCell)} HER2 receptors per cell, ${densityPhrase(context)}. ` +
    `${pairs} active receptor pair${pairs === 1 ? '' : 's'} (dimers) formed without a ligand, ` +
    `about ${stats.dimerizationsPerSecond.toFixed(1)} new pairs a second; ` +
    `about ${signals} signals a second along PI3K→AKT and RAS→MAPK to the nucleus. ` +
    `Growth signal ${growth}; ${divisions}.`
  );
}

/** What the whole scene shows, for the text alternative next to it. */
export function describeReceptorSceneLayout(receptorsPerGlyph: number, audience: Audience): string {
  const glyph = `Each open circle stands for ${whole(receptorsPerGlyph)} HER2 receptors.`;
  if (audience === 'patient') {
    return (
      `The top panel looks down on the surface of one cell. ${glyph} The receptors drift about. ` +
      'When two touch they can join into a pair, drawn as two filled circles side by side. ' +
      'Each pair sends small "grow" messages down two paths to the cell centre (the nucleus). ' +
      'With many more receptors, they meet and pair far more often, so many more messages arrive ' +
      'and the growth bar fills faster.'
    );
  }
  return (
    `The top panel is a patch of cell membrane seen from above. ${glyph} Receptors drift; when two ` +
    'touch they may pair (dimerize) without a ligand, drawn as two filled circles side by side. ' +
    'Each active pair sends signals, drawn as small shapes, down one of two labelled lanes: triangles ' +
    'for PI3K→AKT and diamonds for RAS→MAPK, ending at the nucleus. Readouts give active pairs, new ' +
    'pairs per second, signals per second, a growth bar and the number of cell divisions. The pairing ' +
    'rate is not set by the animation: it comes from how often drifting receptors happen to meet, so ' +
    'it rises with the number of receptors.'
  );
}
