// Model of HER2 receptors drifting in a patch of cell membrane: receptors pair (dimerize) without a
// ligand when they happen to meet, active pairs send signals down two pathways to the nucleus.
// How often pairs form is NOT set anywhere: it emerges from how often drifting receptors collide,
// which is why it rises with density (issue 3). Pure, seeded, fixed step, no DOM.
import { gaussian, seededRandom, type Random } from '../../random/seeded-random';

export type PathwayId = 'pi3k-akt' | 'ras-mapk';

export interface Receptor {
  x: number;
  y: number;
  /** Index of the dimer this receptor belongs to, or -1 while it drifts alone. */
  dimer: number;
}

export interface Dimer {
  a: number;
  b: number;
  x: number;
  y: number;
  /** Seconds until this pair sends its next signal. */
  nextSignalIn: number;
  nextPathway: PathwayId;
}

export interface Signal {
  pathway: PathwayId;
  /** Where along the membrane it started (0–1), for drawing. */
  originX: number;
  /** 0 at the membrane, 1 at the nucleus. */
  progress: number;
}

export interface ReceptorModelOptions {
  seed: number;
  /** Glyphs drawn in the patch: receptors per cell divided by receptors per glyph (from lesson YAML). */
  glyphs: number;
}

/** Simulation constants: drawing-scale choices, not biological measurements. */
export const receptorModelConstants = {
  stepSeconds: 1 / 60,
  /** Patch size in model units (width 1). */
  height: 0.5,
  diffusion: 0.0006,
  contactDistance: 0.014,
  /** Chance that two touching lone receptors pair in one step. */
  pairingChance: 0.1,
  /** Mean life of a pair, seconds. */
  meanDimerLife: 2,
  signalPeriodSeconds: 1.2,
  signalTravelSeconds: 1.6,
  /** Growth drive: each arriving signal adds this, and it leaks away with this half-life. */
  growthPerSignal: 0.004,
  growthHalfLifeSeconds: 6,
  rateWindowSeconds: 2,
};

const c = receptorModelConstants;

export interface ReceptorModelStats {
  time: number;
  receptors: number;
  loneReceptors: number;
  dimers: number;
  dimerizationsTotal: number;
  dimerizationsPerSecond: number;
  signalsTotal: number;
  signalsPerSecond: number;
  /** 0–1: progress toward the next division. */
  growth: number;
  divisions: number;
}

export class ReceptorDensityModel {
  readonly receptors: Receptor[] = [];
  readonly dimers: (Dimer | null)[] = [];
  readonly signals: Signal[] = [];
  time = 0;
  dimerizationsTotal = 0;
  signalsTotal = 0;
  growth = 0;
  divisions = 0;

  readonly #random: Random;
  readonly #freeDimerSlots: number[] = [];
  readonly #recentDimerizations: number[];
  readonly #recentSignals: number[];
  #window = 0;

  constructor(options: ReceptorModelOptions) {
    this.#random = seededRandom(options.seed);
    for (let i = 0; i < options.glyphs; i++) {
      this.receptors.push({ x: this.#random(), y: this.#random() * c.height, dimer: -1 });
    }
    const windowSteps = Math.round(c.rateWindowSeconds / c.stepSeconds);
    this.#recentDimerizations = new Array<number>(windowSteps).fill(0);
    this.#recentSignals = new Array<number>(windowSteps).fill(0);
  }

  step(): void {
    const dt = c.stepSeconds;
    const slot = this.#window;
    this.#recentDimerizations[slot] = 0;
    this.#recentSignals[slot] = 0;

    this.#drift(dt);
    this.#separateExpiredDimers(dt);
    this.#pairTouchingReceptors(slot);
    this.#emitSignals(dt, slot);
    this.#moveSignals(dt);

    this.growth *= Math.pow(0.5, dt / c.growthHalfLifeSeconds);
    this.time += dt;
    this.#window = (slot + 1) % this.#recentSignals.length;
  }

  stats(): ReceptorModelStats {
    const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
    const window = Math.min(this.time, c.rateWindowSeconds) || c.stepSeconds;
    const dimers = this.dimers.filter((dimer) => dimer !== null).length;
    return {
      time: this.time,
      receptors: this.receptors.length,
      loneReceptors: this.receptors.length - 2 * dimers,
      dimers,
      dimerizationsTotal: this.dimerizationsTotal,
      dimerizationsPerSecond: sum(this.#recentDimerizations) / window,
      signalsTotal: this.signalsTotal,
      signalsPerSecond: sum(this.#recentSignals) / window,
      growth: this.growth,
      divisions: this.divisions,
    };
  }

  #drift(dt: number): void {
    const spread = Math.sqrt(2 * c.diffusion * dt);
    for (const receptor of this.receptors) {
      if (receptor.dimer !== -1) continue;
      receptor.x = wrap(receptor.x + spread * gaussian(this.#random), 1);
      receptor.y = wrap(receptor.y + spread * gaussian(this.#random), c.height);
    }
    // A pair is bigger, so it drifts more slowly; its two receptors ride along.
    const pairSpread = spread / Math.SQRT2;
    for (const dimer of this.dimers) {
      if (!dimer) continue;
      dimer.x = wrap(dimer.x + pairSpread * gaussian(this.#random), 1);
      dimer.y = wrap(dimer.y + pairSpread * gaussian(this.#random), c.height);
      this.#placePair(dimer);
    }
  }

  #placePair(dimer: Dimer): void {
    const half = c.contactDistance / 2;
    const a = this.receptors[dimer.a];
    const b = this.receptors[dimer.b];
    if (a) Object.assign(a, { x: wrap(dimer.x - half, 1), y: dimer.y });
    if (b) Object.assign(b, { x: wrap(dimer.x + half, 1), y: dimer.y });
  }

  #separateExpiredDimers(dt: number): void {
    const splitChance = dt / c.meanDimerLife;
    this.dimers.forEach((dimer, index) => {
      if (!dimer || this.#random() >= splitChance) return;
      for (const member of [dimer.a, dimer.b]) {
        const receptor = this.receptors[member];
        if (receptor) receptor.dimer = -1;
      }
      this.dimers[index] = null;
      this.#freeDimerSlots.push(index);
    });
  }

  /** Lone receptors that touch may pair: a uniform grid finds neighbours in linear time. */
  #pairTouchingReceptors(slot: number): void {
    const cell = c.contactDistance;
    const columns = Math.max(1, Math.floor(1 / cell));
    const rows = Math.max(1, Math.floor(c.height / cell));
    const grid = new Map<number, number[]>();
    const keyOf = (column: number, row: number) =>
      ((column + columns) % columns) * rows + ((row + rows) % rows);
    this.receptors.forEach((receptor, index) => {
      if (receptor.dimer !== -1) return;
      const key = keyOf(Math.floor(receptor.x * columns), Math.floor((receptor.y / c.height) * rows));
      const bucket = grid.get(key);
      if (bucket) bucket.push(index);
      else grid.set(key, [index]);
    });

    const limit = c.contactDistance * c.contactDistance;
    this.receptors.forEach((receptor, index) => {
      if (receptor.dimer !== -1) return;
      const column = Math.floor(receptor.x * columns);
      const row = Math.floor((receptor.y / c.height) * rows);
      for (let dc = -1; dc <= 1 && receptor.dimer === -1; dc++) {
        for (let dr = -1; dr <= 1 && receptor.dimer === -1; dr++) {
          for (const other of grid.get(keyOf(column + dc, row + dr)) ?? []) {
            const partner = this.receptors[other];
            if (other <= index || !partner || partner.dimer !== -1) continue;
            const dx = wrappedDelta(partner.x - receptor.x, 1);
            const dy = wrappedDelta(partner.y - receptor.y, c.height);
            if (dx * dx + dy * dy > limit || this.#random() >= c.pairingChance) continue;
            this.#pair(index, other, receptor.x + dx / 2, receptor.y + dy / 2);
            this.#recentDimerizations[slot] = (this.#recentDimerizations[slot] ?? 0) + 1;
            break;
          }
        }
      }
    });
  }

  #pair(a: number, b: number, x: number, y: number): void {
    const dimer: Dimer = {
      a,
      b,
      x: wrap(x, 1),
      y: wrap(y, c.height),
      nextSignalIn: this.#random() * c.signalPeriodSeconds,
      nextPathway: this.#random() < 0.5 ? 'pi3k-akt' : 'ras-mapk',
    };
    const index = this.#freeDimerSlots.pop() ?? this.dimers.length;
    this.dimers[index] = dimer;
    for (const member of [a, b]) {
      const receptor = this.receptors[member];
      if (receptor) receptor.dimer = index;
    }
    this.#placePair(dimer);
    this.dimerizationsTotal++;
  }

  #emitSignals(dt: number, slot: number): void {
    for (const dimer of this.dimers) {
      if (!dimer) continue;
      dimer.nextSignalIn -= dt;
      if (dimer.nextSignalIn > 0) continue;
      dimer.nextSignalIn += c.signalPeriodSeconds;
      // Each pair alternates between the survival (PI3K→AKT) and proliferation (RAS→MAPK) paths.
      this.signals.push({ pathway: dimer.nextPathway, originX: dimer.x, progress: 0 });
      dimer.nextPathway = dimer.nextPathway === 'pi3k-akt' ? 'ras-mapk' : 'pi3k-akt';
      this.signalsTotal++;
      this.#recentSignals[slot] = (this.#recentSignals[slot] ?? 0) + 1;
    }
  }

  #moveSignals(dt: number): void {
    const advance = dt / c.signalTravelSeconds;
    let kept = 0;
    for (const signal of this.signals) {
      signal.progress += advance;
      if (signal.progress < 1) {
        this.signals[kept++] = signal;
        continue;
      }
      this.growth += c.growthPerSignal;
      if (this.growth >= 1) {
        this.growth -= 1;
        this.divisions++;
      }
    }
    this.signals.length = kept;
  }
}

function wrap(value: number, size: number): number {
  return ((value % size) + size) % size;
}

/** Shortest signed distance on a patch whose edges wrap around (no walls to pile up against). */
function wrappedDelta(delta: number, size: number): number {
  if (delta > size / 2) return delta - size;
  if (delta < -size / 2) return delta + size;
  return delta;
}
