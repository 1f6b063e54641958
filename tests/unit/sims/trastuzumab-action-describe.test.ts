// The trastuzumab describer: the sentence follows dose, mechanisms and the cell's fate.
import { describe, expect, it } from 'vitest';
import { describeTrastuzumabAction } from '../../../src/lib/sims/trastuzumab-action/describe';
import { TrastuzumabModel, type Mechanisms } from '../../../src/lib/sims/trastuzumab-action/model';
import { trastuzumabScene } from './scene-data';

const { nursing, patient } = trastuzumabScene.words;

const dampening: Mechanisms = {
  signalDampening: true,
  blockCleavage: false,
  adcc: false,
  internalization: false,
};

function after(seconds: number, dose: number, mechanisms: Mechanisms) {
  const m = new TrastuzumabModel({ seed: 6, receptors: 20, dose, mechanisms });
  for (let i = 0; i < seconds * 60; i++) m.step();
  return m.stats();
}

describe('describeTrastuzumabAction', () => {
  it('reports the bound receptors, which rise as antibody binds', () => {
    const start = describeTrastuzumabAction(after(0, 1, dampening), dampening, 100, nursing);
    const later = describeTrastuzumabAction(after(15, 1, dampening), dampening, 100, nursing);
    expect(start).toContain('attached to 0 of 20');
    expect(later).not.toBe(start);
    expect(later).toMatch(/attached to (1\d|20) of 20/);
  });

  it('says bound receptors send fewer signals, not none, under reduced signalling (the label’s wording)', () => {
    const text = describeTrastuzumabAction(after(15, 1, dampening), dampening, 100, nursing);
    expect(text).toContain('receptors with antibody attached send fewer');
    expect(text).not.toMatch(/\bnone\b|\bstop\b/);
    const off = { ...dampening, signalDampening: false };
    expect(describeTrastuzumabAction(after(15, 1, off), off, 100, nursing)).not.toContain('send fewer');
  });

  it('mentions each mechanism only when it is switched on', () => {
    const stats = after(5, 0.5, dampening);
    expect(describeTrastuzumabAction(stats, dampening, 50, nursing)).not.toContain('NK cell');
    const withNk = { ...dampening, adcc: true };
    expect(describeTrastuzumabAction(after(5, 0.5, withNk), withNk, 50, nursing)).toContain('NK cell');
    const withCleavage = { ...dampening, blockCleavage: true };
    expect(describeTrastuzumabAction(after(5, 0.5, withCleavage), withCleavage, 50, nursing)).toContain(
      'p95',
    );
  });

  it('says when the NK cell has destroyed the cell, in plain words for patients', () => {
    const adcc = { ...dampening, adcc: true };
    const stats = after(40, 1, adcc);
    expect(stats.cellDestroyed).toBe(true);
    expect(describeTrastuzumabAction(stats, adcc, 100, nursing)).toContain('ADCC');
    expect(describeTrastuzumabAction(stats, adcc, 100, patient)).toContain('immune cell');
  });
});
