// A small seeded pseudo-random generator (mulberry32) so every practice case can be reproduced from the
// seed shown to the learner, and tests are deterministic (DESIGN.md, "Determinism").

/** Returns a function giving numbers in [0, 1), the same sequence for the same 32-bit seed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The seed of the case after `seed`: deterministic, so "new case" sequences are reproducible too. */
export function nextSeed(seed: number): number {
  return Math.floor(seededRandom(seed ^ 0x9e3779b9)() * 4294967296) >>> 0 || 1;
}

export function pick<T>(random: () => number, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('pick() needs a non-empty list');
  return item;
}
