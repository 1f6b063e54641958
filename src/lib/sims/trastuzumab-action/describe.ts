// Turns the trastuzumab model's state into the sentence a screen reader hears (polite live region) and
// the visible summary beside the readouts (WCAG 1.1.1, 4.1.3). The words are the lesson's (the scene's
// words in lessons/); this file only picks the parts that apply and fills in the numbers.
import { fillTemplate } from '../../words/template.ts';
import type { TrastuzumabWords } from './config';
import type { Mechanisms, TrastuzumabStats } from './model';

export type Audience = 'nursing' | 'patient';

export function describeTrastuzumabAction(
  stats: TrastuzumabStats,
  mechanisms: Mechanisms,
  dosePercent: number,
  words: TrastuzumabWords,
): string {
  const live = words.live;
  if (stats.cellDestroyed) return live.destroyed;
  const signals = { signals: Math.round(stats.signalsPerSecond) };
  const parts = [
    fillTemplate(live.binding, {
      dose: Math.round(dosePercent),
      bound: stats.bound,
      surface: stats.receptors - stats.internalized,
      percent: Math.round(stats.boundFraction * 100),
    }),
    fillTemplate(mechanisms.signalDampening && stats.bound > 0 ? live.signalsReduced : live.signals, signals),
  ];
  if (mechanisms.blockCleavage) parts.push(fillTemplate(live.cleavage, { stumps: stats.p95 }));
  if (mechanisms.internalization) parts.push(fillTemplate(live.internalized, { taken: stats.internalized }));
  if (mechanisms.adcc)
    parts.push(
      stats.nkEngaged > 0
        ? fillTemplate(live.nkEngaged, {
            tails: stats.nkEngaged,
            progress: Math.round(stats.killProgress * 100),
          })
        : live.nkSearching,
    );
  return parts.join(' ');
}
