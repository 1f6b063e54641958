// Look-alike drill matching against fact base §7, §4.5, §4.6: ado-trastuzumab emtansine is Kadcyla
// (even with the prefix dropped), fam-trastuzumab deruxtecan is Enhertu, hyaluronidase-oysk is
// Herceptin Hylecta, the pertuzumab combination is Phesgo; wrong choices explain the danger.
import { describe, expect, it } from 'vitest';
import { matchCue, productById } from '../../../src/lib/interactives/look-alike/match-cue.ts';
import { lookAlikeData } from './course-data.ts';

const cue = (id: string) => {
  const found = lookAlikeData.cues.find((c) => c.id === id);
  if (!found) throw new Error(`no cue ${id}`);
  return found;
};

describe('look-alike matching', () => {
  it.each([
    ['ado-prefix', 'kadcyla'],
    ['prefix-dropped', 'kadcyla'],
    ['dm1-conjugate', 'kadcyla'],
    ['deruxtecan', 'enhertu'],
    ['hyaluronidase-oysk', 'hylecta'],
    ['fixed-600', 'hylecta'],
    ['pertuzumab-combination', 'phesgo'],
    ['ten-millilitre-vial', 'phesgo'],
    ['reconstitute-iv', 'herceptin'],
  ])('cue %s belongs to %s', (cueId, productId) => {
    expect(matchCue(lookAlikeData, cue(cueId), productId).correct).toBe(true);
    for (const other of lookAlikeData.products.filter((p) => p.id !== productId)) {
      expect(matchCue(lookAlikeData, cue(cueId), other.id).correct).toBe(false);
    }
  });

  it('explains the Kadcyla overdose danger when it is mistaken for Herceptin', () => {
    const feedback = matchCue(lookAlikeData, cue('prefix-dropped'), 'herceptin');
    expect(feedback.correct).toBe(false);
    expect(feedback.sentences.join(' ')).toMatch(/overdose/);
    expect(feedback.references).toEqual(expect.arrayContaining(['R27', 'R30']));
  });

  it('warns that Hylecta is never given intravenously', () => {
    const feedback = matchCue(lookAlikeData, cue('fixed-600'), 'herceptin');
    expect(feedback.sentences.join(' ')).toMatch(/never be given intravenously/);
  });

  it('cites the cue and product sources without duplicates', () => {
    const feedback = matchCue(lookAlikeData, cue('ado-prefix'), 'kadcyla');
    expect(new Set(feedback.references).size).toBe(feedback.references.length);
  });

  it('refuses an unknown product id', () => {
    expect(() => productById(lookAlikeData, 'kadcylla')).toThrow(/no product/);
  });
});
