// Invariants of the trastuzumab model: bound receptors signal less under reduced signalling, ADCC needs
// a bound antibody and an engaged NK cell, receptors are conserved, binding follows dose, seeds replay.
import { describe, expect, it } from 'vitest';
import { TrastuzumabModel, type Mechanisms } from '../../../src/lib/sims/trastuzumab-action/model';

const none: Mechanisms = {
  signalDampening: false,
  blockCleavage: false,
  adcc: false,
  internalization: false,
};
const all: Mechanisms = { signalDampening: true, blockCleavage: true, adcc: true, internalization: true };

function model(dose: number, mechanisms: Mechanisms, seed = 1, receptors = 20) {
  return new TrastuzumabModel({ seed, receptors, dose, mechanisms });
}
function runSeconds(target: TrastuzumabModel, seconds: number, check?: () => void) {
  for (let i = 0; i < seconds * 60; i++) {
    target.step();
    check?.();
  }
}

describe('TrastuzumabModel', () => {
  it('lets bound receptors pair less often, not never, while reduced signalling is on', () => {
    // Signals sent in one step, split by whether a bound receptor took part, against how many
    // neighbouring pairs of each kind there were (so the rates are per pair, not per crowd).
    const m = model(0.5, { ...none, signalDampening: true }, 1, 40);
    const sent = { bound: 0, free: 0 };
    const pairSteps = { bound: 0, free: 0 };
    runSeconds(m, 120, () => {
      for (let i = 0; i + 1 < m.receptors.length; i++) {
        const states = [m.receptors[i]?.state, m.receptors[i + 1]?.state];
        if (states.some((state) => state === 'p95' || state === 'internalized')) continue;
        pairSteps[states.includes('bound') ? 'bound' : 'free']++;
      }
      for (const signal of m.signals) {
        if (signal.progress > 1.5 / 60 / 1.4 || signal.from.length !== 2) continue; // sent this step
        sent[signal.from.some((sender) => m.receptors[sender]?.state === 'bound') ? 'bound' : 'free']++;
      }
    });
    expect(pairSteps.bound).toBeGreaterThan(0);
    expect(sent.bound).toBeGreaterThan(0);
    expect(sent.bound / pairSteps.bound).toBeLessThan((sent.free / pairSteps.free) * 0.5);
  });

  it('lets bound receptors signal when dampening is switched off (the toggle matters)', () => {
    const m = model(0.5, none);
    let fromBound = 0;
    runSeconds(m, 30, () => {
      for (const signal of m.signals) {
        if (signal.progress > 1.5 / 60 / 1.4) continue;
        if (signal.from.some((sender) => m.receptors[sender]?.state === 'bound')) fromBound++;
      }
    });
    expect(fromBound).toBeGreaterThan(0);
  });

  it('signals less the more antibody is bound when dampening is on, and not when it is off', () => {
    const signals = (dose: number, mechanisms: Mechanisms) => {
      const m = model(dose, mechanisms, 3);
      runSeconds(m, 30);
      return m.signalsTotal;
    };
    expect(signals(1, { ...none, signalDampening: true })).toBeLessThan(
      signals(0, { ...none, signalDampening: true }) / 4,
    );
    expect(signals(1, none)).toBeGreaterThan(signals(0, none) / 2);
  });

  it('destroys the cell only with a bound antibody and an engaged NK cell', () => {
    const noDrug = model(0, { ...none, adcc: true });
    runSeconds(noDrug, 60);
    expect(noDrug.cellDestroyed).toBe(false);

    const noNk = model(1, { ...none, signalDampening: true });
    runSeconds(noNk, 60);
    expect(noNk.cellDestroyed).toBe(false);

    const both = model(1, { ...none, adcc: true }, 5);
    runSeconds(both, 60);
    expect(both.cellDestroyed).toBe(true);
    expect(both.kill?.boundAntibodies).toBeGreaterThan(0);
    expect(both.kill?.engagedAntibodies).toBeGreaterThan(0);
  });

  it('names the antibodies the NK cell grips: bound, within its reach, and none while ADCC is off', () => {
    const m = model(1, { ...none, adcc: true }, 5);
    let seen = 0;
    runSeconds(m, 20, () => {
      const engaged = m.nkEngagedAntibodies();
      expect(engaged.length).toBe(m.stats().nkEngaged);
      for (const index of engaged) {
        expect(m.antibodies[index]?.state).toBe('bound');
        expect(Math.abs((m.antibodies[index]?.x ?? 9) - m.nk.x)).toBeLessThanOrEqual(0.12);
      }
      seen += engaged.length;
    });
    expect(seen).toBeGreaterThan(0);
    m.mechanisms = { ...none };
    expect(m.nkEngagedAntibodies()).toEqual([]);
  });

  it('conserves receptors and keeps antibody and receptor bookkeeping in step', () => {
    const m = model(0.6, all, 9);
    runSeconds(m, 40, () => {
      const s = m.stats();
      expect(s.free + s.bound + s.p95 + s.internalized).toBe(20);
      const boundAntibodies = m.antibodies.filter((antibody) => antibody.state === 'bound');
      expect(boundAntibodies.length).toBe(s.bound);
      for (const antibody of boundAntibodies)
        expect(m.receptors[antibody.receptor]?.antibody).toBe(m.antibodies.indexOf(antibody));
    });
  });

  it('forms no p95 stumps from bound receptors, so a saturating dose prevents most cleavage', () => {
    const cleaved = (dose: number) => {
      const m = model(dose, { ...none, signalDampening: true, blockCleavage: true }, 4);
      runSeconds(m, 40);
      return m.stats().p95;
    };
    expect(cleaved(1)).toBeLessThan(cleaved(0));
  });

  it('makes the bound fraction follow the dose', () => {
    const fractions = [0, 0.2, 0.5].map((dose) => {
      const m = model(dose, { ...none, signalDampening: true }, 2);
      runSeconds(m, 30);
      return m.stats().boundFraction;
    });
    expect(fractions[0]).toBe(0);
    expect(fractions[1]).toBeGreaterThan(0);
    expect(fractions[2]).toBeGreaterThan(fractions[1] ?? 1);
  });

  it('replays the same trajectory from the same seed', () => {
    const snapshot = (seed: number) => {
      const m = model(0.5, all, seed);
      runSeconds(m, 10);
      return JSON.stringify({ receptors: m.receptors, antibodies: m.antibodies, stats: m.stats() });
    };
    expect(snapshot(8)).toBe(snapshot(8));
    expect(snapshot(8)).not.toBe(snapshot(9));
  });
});
