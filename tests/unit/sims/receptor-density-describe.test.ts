// The receptor-density describer: the sentence, in the lesson's own words, follows the model's state and
// the chosen density.
import { describe, expect, it } from 'vitest';
import { describeReceptorField, growthLevel } from '../../../src/lib/sims/receptor-density/describe';
import { ReceptorDensityModel } from '../../../src/lib/sims/receptor-density/model';
import { receptorScene } from './scene-data';

const { words } = receptorScene;

function statsAfter(glyphs: number, seconds: number) {
  const model = new ReceptorDensityModel({ seed: 11, glyphs });
  for (let i = 0; i < seconds * 60; i++) model.step();
  return model.stats();
}

describe('describeReceptorField', () => {
  const normal = { receptorsPerCell: 50_000, normalMaxReceptors: 50_000, words: words.nursing };
  const amplified = { ...normal, receptorsPerCell: 2_000_000 };

  it('changes as the model runs', () => {
    const start = describeReceptorField(statsAfter(400, 0), amplified);
    const later = describeReceptorField(statsAfter(400, 10), amplified);
    expect(later).not.toBe(start);
    expect(start).toContain('0 active receptor pairs (dimers)');
    expect(describeReceptorField(statsAfter(400, 0), amplified)).not.toMatch(/[{}]/);
  });

  it('states the density and the resulting signalling for each level', () => {
    const low = describeReceptorField(statsAfter(10, 10), normal);
    const high = describeReceptorField(statsAfter(400, 10), amplified);
    expect(low).toContain('50,000 HER2 receptors per cell, a normal amount');
    expect(high).toContain('2,000,000 HER2 receptors per cell, about 40 times');
    expect(high).toContain('Growth signal high');
    expect(low).not.toContain('Growth signal high');
  });

  it('uses plain words for the patient track', () => {
    const text = describeReceptorField(statsAfter(400, 5), { ...amplified, words: words.patient });
    expect(text).toContain('"grow" messages');
    expect(text).not.toContain('dimers');
  });

  it('grades growth by signal rate', () => {
    expect([growthLevel(0), growthLevel(10), growthLevel(100)]).toEqual(['low', 'moderate', 'high']);
  });
});
