// Turns the receptor-density model's state into the sentence a screen reader hears (polite live
// region) and the visible summary beside the readouts, and fills the static long description (WCAG
// 1.1.1, 4.1.3). The words are the lesson's (receptor-scene words in lessons/); this file only picks
// and fills them.
import { fillTemplate } from '../../words/template.ts';
import type { ReceptorWords } from './config';
import type { ReceptorModelStats } from './model';

export type Audience = 'nursing' | 'patient';

export interface ReceptorDescriptionContext {
  receptorsPerCell: number;
  normalMaxReceptors: number;
  words: ReceptorWords;
}

const whole = (value: number) => Math.round(value).toLocaleString('en-US');

/** Signal-rate bands of the growth readout (signals a second; a drawing-scale choice). */
export function growthLevel(signalsPerSecond: number): 'low' | 'moderate' | 'high' {
  if (signalsPerSecond < 5) return 'low';
  if (signalsPerSecond < 40) return 'moderate';
  return 'high';
}

function densityPhrase(context: ReceptorDescriptionContext): string {
  const times = context.receptorsPerCell / context.normalMaxReceptors;
  if (times <= 1) return context.words.density.normal;
  return fillTemplate(context.words.density.above, { times: whole(times) });
}

/** The live sentence; numbers are rounded so it changes only when something visible changes. */
export function describeReceptorField(
  stats: ReceptorModelStats,
  context: ReceptorDescriptionContext,
): string {
  return fillTemplate(context.words.live, {
    receptors: whole(context.receptorsPerCell),
    density: densityPhrase(context),
    pairs: stats.dimers,
    pairingRate: stats.dimerizationsPerSecond.toFixed(1),
    signals: whole(stats.signalsPerSecond),
    growth: context.words.growth[growthLevel(stats.signalsPerSecond)],
    divisions: stats.divisions,
  });
}

/** What the whole scene shows, for the text alternative next to it. */
export function describeReceptorSceneLayout(receptorsPerGlyph: number, words: ReceptorWords): string {
  return fillTemplate(words.layout, { perGlyph: whole(receptorsPerGlyph) });
}
