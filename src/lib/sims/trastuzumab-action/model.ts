// Model of trastuzumab at a HER2-positive cell membrane (side view): antibodies drift in, bind
// subdomain IV of free HER2 receptors, and each mechanism can be switched on alone — reduced signalling,
// blocked cleavage (no p95 stumps), ADCC by an NK cell, internalization (fact base §1.4; R22, R23, R47).
// Pure, seeded, fixed step, no DOM.
import { gaussian, seededRandom, type Random } from '../../random/seeded-random';

export type ReceptorState = 'free' | 'bound' | 'p95' | 'internalized';

export interface MembraneReceptor {
  /** Position along the membrane, 0–1. */
  x: number;
  state: ReceptorState;
  /** Index of the bound antibody, or -1. */
  antibody: number;
}

export interface Antibody {
  x: number;
  /** Height above the membrane, 0 (membrane) to 1 (top of the view). */
  y: number;
  state: 'free' | 'bound' | 'internalized' | 'gone';
  receptor: number;
}

export interface PathSignal {
  x: number;
  /** Receptors that sent it (a pair, or one p95 stump). */
  from: readonly number[];
  /** 0 at the membrane, 1 deep in the cell. */
  progress: number;
}

export interface Mechanisms {
  /** Bound receptors send fewer ligand-independent signals; pairing is reduced, not blocked (R22, R23, R49). */
  signalDampening: boolean;
  /** Proteases cut the outer part of unbound receptors; bound ones are shielded (R47, R23, R38). */
  blockCleavage: boolean;
  /** An NK cell docks on bound antibodies' Fc and destroys the cell (R22, R47). */
  adcc: boolean;
  /** Bound receptors are taken into the cell (R47, R23). */
  internalization: boolean;
}

export interface TrastuzumabModelOptions {
  seed: number;
  receptors: number;
  /** 0–1: relative antibody level set by the dose control. */
  dose: number;
  mechanisms: Mechanisms;
}

/** Simulation constants: drawing-scale choices, not pharmacological measurements. */
export const trastuzumabModelConstants = {
  stepSeconds: 1 / 60,
  /** Antibodies present at full dose, per receptor. */
  antibodiesPerReceptor: 1.5,
  antibodySpread: 0.15,
  antibodySink: 0.25,
  bindingZone: 0.06,
  bindingChancePerStep: 0.5,
  unbindPerSecond: 0.04,
  cleavePerSecond: 0.03,
  internalizePerSecond: 0.08,
  /** Neighbouring signalling-capable receptors pair and signal at this rate (per pair). */
  pairSignalPerSecond: 1.2,
  /** Under reduced signalling, each bound receptor in a pair scales the pair's rate by this factor. */
  dampenedSignalFactor: 0.2,
  /** p95 stumps are switched on permanently. */
  stumpSignalPerSecond: 1.2,
  signalTravelSeconds: 1.4,
  nkSpeed: 0.12,
  nkReach: 0.12,
  /** Seconds to destroy the cell with three or more antibodies engaged. */
  nkKillSeconds: 6,
  rateWindowSeconds: 2,
};

const c = trastuzumabModelConstants;

export interface KillRecord {
  time: number;
  boundAntibodies: number;
  engagedAntibodies: number;
}

export interface TrastuzumabStats {
  time: number;
  receptors: number;
  free: number;
  bound: number;
  p95: number;
  internalized: number;
  boundFraction: number;
  signalsPerSecond: number;
  signalsTotal: number;
  nkEngaged: number;
  killProgress: number;
  cellDestroyed: boolean;
}

export class TrastuzumabModel {
  readonly receptors: MembraneReceptor[] = [];
  readonly antibodies: Antibody[] = [];
  readonly signals: PathSignal[] = [];
  /** Cut-off outer parts drifting away, for drawing only. */
  readonly shedFragments: { x: number; age: number }[] = [];
  readonly nk = { x: 0.1, direction: 1, engaged: 0, killProgress: 0 };
  mechanisms: Mechanisms;
  dose: number;
  time = 0;
  signalsTotal = 0;
  kill: KillRecord | null = null;

  #grips: number[] = [];
  readonly #random: Random;
  readonly #recentSignals: number[];
  #window = 0;

  constructor(options: TrastuzumabModelOptions) {
    this.#random = seededRandom(options.seed);
    this.mechanisms = { ...options.mechanisms };
    this.dose = options.dose;
    for (let i = 0; i < options.receptors; i++) {
      this.receptors.push({ x: (i + 0.5) / options.receptors, state: 'free', antibody: -1 });
    }
    this.#recentSignals = new Array<number>(Math.round(c.rateWindowSeconds / c.stepSeconds)).fill(0);
  }

  get cellDestroyed(): boolean {
    return this.kill !== null;
  }

  step(): void {
    const dt = c.stepSeconds;
    const slot = this.#window;
    this.#recentSignals[slot] = 0;

    this.#matchAntibodiesToDose();
    this.#driftAntibodies(dt);
    this.#bindAndRelease(dt);
    if (this.mechanisms.blockCleavage) this.#cleave(dt);
    if (this.mechanisms.internalization) this.#internalize(dt);
    if (!this.cellDestroyed) this.#signal(dt, slot);
    this.#moveSignals(dt);
    if (this.mechanisms.adcc && !this.cellDestroyed) this.#naturalKiller(dt);
    else {
      // No NK cell at work: it grips nothing (its antibodies may unbind from now on).
      this.#grips = [];
      this.nk.engaged = 0;
    }

    for (const fragment of this.shedFragments) fragment.age += dt;
    while ((this.shedFragments[0]?.age ?? 0) > 3) this.shedFragments.shift();
    this.time += dt;
    this.#window = (slot + 1) % this.#recentSignals.length;
  }

  /** How strongly a receptor in this state takes part in ligand-independent signalling now (0: not at all). */
  signalWeight(receptor: MembraneReceptor): number {
    if (receptor.state === 'free' || receptor.state === 'p95') return 1;
    if (receptor.state === 'bound') return this.mechanisms.signalDampening ? c.dampenedSignalFactor : 1;
    return 0;
  }

  /** Indices of the bound antibodies the NK cell grips (found at its last move; none unless ADCC is shown). */
  nkEngagedAntibodies(): readonly number[] {
    return this.mechanisms.adcc ? this.#grips : [];
  }

  stats(): TrastuzumabStats {
    const count = (state: ReceptorState) =>
      this.receptors.filter((receptor) => receptor.state === state).length;
    const window = Math.min(this.time, c.rateWindowSeconds) || c.stepSeconds;
    const bound = count('bound');
    const surface = this.receptors.length - count('internalized');
    return {
      time: this.time,
      receptors: this.receptors.length,
      free: count('free'),
      bound,
      p95: count('p95'),
      internalized: count('internalized'),
      boundFraction: surface > 0 ? bound / surface : 0,
      signalsPerSecond: this.#recentSignals.reduce((total, value) => total + value, 0) / window,
      signalsTotal: this.signalsTotal,
      nkEngaged: this.nkEngagedAntibodies().length,
      killProgress: this.nk.killProgress,
      cellDestroyed: this.cellDestroyed,
    };
  }

  #matchAntibodiesToDose(): void {
    const target = Math.round(this.dose * c.antibodiesPerReceptor * this.receptors.length);
    let present = this.antibodies.filter(
      (antibody) => antibody.state === 'free' || antibody.state === 'bound',
    ).length;
    while (present < target) {
      const reuse = this.antibodies.findIndex((antibody) => antibody.state === 'gone');
      const fresh: Antibody = {
        x: this.#random(),
        y: 0.8 + this.#random() * 0.2,
        state: 'free',
        receptor: -1,
      };
      if (reuse >= 0) this.antibodies[reuse] = fresh;
      else this.antibodies.push(fresh);
      present++;
    }
    // A lower dose washes out unbound antibodies first, the highest (furthest from the cell) first.
    while (present > target) {
      let highest = -1;
      this.antibodies.forEach((antibody, index) => {
        if (antibody.state === 'free' && (highest < 0 || antibody.y > (this.antibodies[highest]?.y ?? 0)))
          highest = index;
      });
      const leaving = this.antibodies[highest];
      if (!leaving) break;
      leaving.state = 'gone';
      present--;
    }
  }

  #driftAntibodies(dt: number): void {
    const spread = c.antibodySpread * Math.sqrt(dt);
    for (const antibody of this.antibodies) {
      if (antibody.state !== 'free') continue;
      antibody.x = (antibody.x + spread * gaussian(this.#random) + 1) % 1;
      antibody.y = reflect(antibody.y + spread * gaussian(this.#random) - c.antibodySink * dt);
    }
  }

  #bindAndRelease(dt: number): void {
    const n = this.receptors.length;
    this.antibodies.forEach((antibody, index) => {
      if (antibody.state === 'bound') {
        if (this.#random() < c.unbindPerSecond * dt) this.#release(index);
        return;
      }
      if (antibody.state !== 'free' || antibody.y > c.bindingZone) return;
      const slot = Math.min(n - 1, Math.floor(antibody.x * n));
      const receptor = this.receptors[slot];
      // Only a full-length receptor has subdomain IV; a p95 stump lacks the epitope (R51).
      if (!receptor || receptor.state !== 'free' || this.#random() >= c.bindingChancePerStep) return;
      receptor.state = 'bound';
      receptor.antibody = index;
      Object.assign(antibody, { state: 'bound', receptor: slot, x: receptor.x, y: 0 });
    });
  }

  #release(antibodyIndex: number): void {
    const antibody = this.antibodies[antibodyIndex];
    const receptor = antibody ? this.receptors[antibody.receptor] : undefined;
    if (!antibody || !receptor) return;
    receptor.state = 'free';
    receptor.antibody = -1;
    Object.assign(antibody, { state: 'free', receptor: -1, y: c.bindingZone + 0.04 });
  }

  #cleave(dt: number): void {
    for (const receptor of this.receptors) {
      // A bound antibody shields the cleavage site next to the membrane: only unbound receptors are cut.
      if (receptor.state !== 'free' || this.#random() >= c.cleavePerSecond * dt) continue;
      receptor.state = 'p95';
      this.shedFragments.push({ x: receptor.x, age: 0 });
    }
  }

  #internalize(dt: number): void {
    for (const receptor of this.receptors) {
      if (receptor.state !== 'bound' || this.#random() >= c.internalizePerSecond * dt) continue;
      receptor.state = 'internalized';
      const antibody = this.antibodies[receptor.antibody];
      if (antibody) antibody.state = 'internalized';
    }
  }

  #signal(dt: number, slot: number): void {
    const emit = (x: number, from: readonly number[]) => {
      this.signals.push({ x, from, progress: 0 });
      this.signalsTotal++;
      this.#recentSignals[slot] = (this.#recentSignals[slot] ?? 0) + 1;
    };
    // Neighbours pair without a ligand (the crowding of scene 1); a bound receptor pairs less often.
    for (let i = 0; i + 1 < this.receptors.length; i++) {
      const left = this.receptors[i];
      const right = this.receptors[i + 1];
      if (!left || !right || left.state === 'p95' || right.state === 'p95') continue;
      const weight = this.signalWeight(left) * this.signalWeight(right);
      if (this.#random() < c.pairSignalPerSecond * weight * dt) emit((left.x + right.x) / 2, [i, i + 1]);
    }
    this.receptors.forEach((receptor, index) => {
      if (receptor.state === 'p95' && this.#random() < c.stumpSignalPerSecond * dt) emit(receptor.x, [index]);
    });
  }

  #moveSignals(dt: number): void {
    let kept = 0;
    for (const signal of this.signals) {
      signal.progress += dt / c.signalTravelSeconds;
      if (signal.progress < 1 && !this.cellDestroyed) this.signals[kept++] = signal;
    }
    this.signals.length = kept;
  }

  /** ADCC: the NK cell's Fc-gamma receptors grip the Fc tails of bound antibodies beneath it. */
  #naturalKiller(dt: number): void {
    const nk = this.nk;
    this.#grips = [];
    this.antibodies.forEach((antibody, index) => {
      if (antibody.state === 'bound' && Math.abs(antibody.x - nk.x) <= c.nkReach) this.#grips.push(index);
    });
    nk.engaged = this.#grips.length;
    if (nk.engaged === 0) {
      nk.killProgress = Math.max(0, nk.killProgress - dt / c.nkKillSeconds);
      nk.x += nk.direction * c.nkSpeed * dt;
      if (nk.x > 0.9 || nk.x < 0.1) nk.direction = -nk.direction;
      return;
    }
    // More antibody tails under the NK cell grip it harder (ADCC favours HER2-rich cells, R48).
    nk.killProgress += ((dt / c.nkKillSeconds) * Math.min(nk.engaged, 3)) / 3;
    if (nk.killProgress < 1) return;
    nk.killProgress = 1;
    this.kill = {
      time: this.time,
      boundAntibodies: this.antibodies.filter((antibody) => antibody.state === 'bound').length,
      engagedAntibodies: nk.engaged,
    };
  }
}

function reflect(y: number): number {
  if (y < 0) return -y;
  if (y > 1) return 2 - y;
  return y;
}
