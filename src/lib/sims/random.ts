// Seeded pseudo-random numbers for the animation models, so tests and screenshots replay exactly
// (DESIGN.md, "Determinism"). Mulberry32: tiny, fast, good enough for visual simulation.

export type RandomSource = () => number;

/** Returns a generator of numbers in [0, 1) fully determined by `seed`. */
export function createRandom(seed: number): RandomSource {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A normally distributed number (Box–Muller), for Brownian steps. */
export function gaussian(random: RandomSource): number {
  const u = 1 - random();
  const v = random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}
