// Invariants of the receptor-density model: pairing emerges from collisions and rises with density,
// receptors are conserved, and a seed replays the same run.
import { describe, expect, it } from 'vitest';
import { ReceptorDensityModel } from '../../../src/lib/sims/receptor-density/model';

function run(glyphs: number, seed: number, seconds: number): ReceptorDensityModel {
  const model = new ReceptorDensityModel({ seed, glyphs });
  const steps = Math.round(seconds * 60);
  for (let i = 0; i < steps; i++) model.step();
  return model;
}

// The model runs thousands of steps per case: a generous ceiling so a busy machine does not fail it
// (what is asserted is the model's behaviour, never its speed).
describe('ReceptorDensityModel', { timeout: 60_000 }, () => {
  it('pairs receptors more often, per receptor, the denser the membrane', () => {
    const densities = [10, 40, 100, 400];
    const perReceptorRate = densities.map((glyphs) => {
      // Several seeds so the comparison is about the model, not one lucky run.
      const pairings = [1, 2, 3].reduce((total, seed) => total + run(glyphs, seed, 30).dimerizationsTotal, 0);
      return pairings / (3 * 30 * glyphs);
    });
    for (let i = 1; i < perReceptorRate.length; i++) {
      expect(perReceptorRate[i]).toBeGreaterThan(perReceptorRate[i - 1] ?? Infinity);
    }
    // "Far more often": the amplified membrane pairs several times more per receptor than a normal one.
    expect((perReceptorRate[3] ?? 0) / (perReceptorRate[0] ?? 1)).toBeGreaterThan(3);
  });

  it('sends more signals to the nucleus at higher density', () => {
    const low = run(10, 7, 20).signalsTotal;
    const high = run(400, 7, 20).signalsTotal;
    expect(high).toBeGreaterThan(low * 10);
  });

  it('conserves receptors: every receptor is either alone or in exactly one pair', () => {
    const model = new ReceptorDensityModel({ seed: 3, glyphs: 200 });
    for (let i = 0; i < 600; i++) {
      model.step();
      const stats = model.stats();
      expect(stats.receptors).toBe(200);
      const members = new Map<number, number>();
      model.dimers.forEach((dimer, index) => {
        if (!dimer) return;
        expect(model.receptors[dimer.a]?.dimer).toBe(index);
        expect(model.receptors[dimer.b]?.dimer).toBe(index);
        members.set(dimer.a, (members.get(dimer.a) ?? 0) + 1);
        members.set(dimer.b, (members.get(dimer.b) ?? 0) + 1);
      });
      expect([...members.values()].every((count) => count === 1)).toBe(true);
      const paired = model.receptors.filter((receptor) => receptor.dimer !== -1).length;
      expect(paired).toBe(2 * stats.dimers);
      expect(stats.loneReceptors + 2 * stats.dimers).toBe(200);
    }
  });

  it('replays the same trajectory from the same seed, and a different one from another seed', () => {
    const snapshot = (model: ReceptorDensityModel) =>
      JSON.stringify({ receptors: model.receptors, signals: model.signals, stats: model.stats() });
    expect(snapshot(run(120, 42, 5))).toBe(snapshot(run(120, 42, 5)));
    expect(snapshot(run(120, 42, 5))).not.toBe(snapshot(run(120, 43, 5)));
  });

  it('only signals from pairs: lone receptors send nothing', () => {
    // Two receptors far apart for a short time cannot meet, so nothing is sent.
    const model = new ReceptorDensityModel({ seed: 5, glyphs: 1 });
    for (let i = 0; i < 600; i++) model.step();
    expect(model.signalsTotal).toBe(0);
    expect(model.stats().signalsPerSecond).toBe(0);
  });
});
