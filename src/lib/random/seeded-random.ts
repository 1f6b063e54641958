// Seeded pseudo-random numbers shared by the animations, the quiz draw and the drills, so a stored
// seed replays an attempt, a practice case or an animation exactly (docs/architecture.md, "Determinism").
// Mulberry32: tiny, fast, well distributed for shuffling and simulation; not for security.

export type Random = () => number;

/** Returns a generator of numbers in [0, 1), the same sequence for the same 32-bit seed. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A fresh seed (a 32-bit unsigned integer, compact in suspend data). */
export function newSeed(): number {
  return Math.floor(Math.random() * 4294967296) >>> 0;
}

/** The seed after `seed`: deterministic, so a "new case" sequence is reproducible too. */
export function nextSeed(seed: number): number {
  return Math.floor(seededRandom(seed ^ 0x9e3779b9)() * 4294967296) >>> 0 || 1;
}

/** Fisher–Yates on a copy. */
export function shuffled<T>(items: readonly T[], random: Random): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

export function pick<T>(random: Random, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('pick() needs a non-empty list');
  return item;
}

/** A normally distributed number (Box–Muller), for Brownian steps in the animations. */
export function gaussian(random: Random): number {
  const u = 1 - random();
  const v = random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}
