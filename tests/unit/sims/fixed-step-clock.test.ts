// The fixed-step clock and seeded random numbers that make the animations replay exactly.
import { describe, expect, it } from 'vitest';
import { createFixedStepClock } from '../../../src/lib/sims/fixed-step-clock';
import { seededRandom } from '../../../src/lib/random/seeded-random';

describe('createFixedStepClock', () => {
  it('turns irregular frame times into the same number of whole steps', () => {
    const clock = createFixedStepClock(1 / 60, 8);
    const frames = [16, 17, 33, 12, 22, 16.7, 50];
    const steps = frames.reduce((total, ms) => total + clock.advance(ms, 1), 0);
    const total = frames.reduce((sum, ms) => sum + ms, 0);
    expect(steps).toBe(Math.floor(total / (1000 / 60)));
  });

  it('runs twice the steps at double speed and caps a long stall', () => {
    const normal = createFixedStepClock(1 / 60, 8);
    const fast = createFixedStepClock(1 / 60, 8);
    expect(fast.advance(50, 2)).toBe(2 * normal.advance(50, 1));
    const stalled = createFixedStepClock(1 / 60, 4);
    expect(stalled.advance(5000, 1)).toBe(4);
    // The stall is forgiven, not paid back later in a burst.
    expect(stalled.advance(16.7, 1)).toBe(1);
  });
});

describe('seededRandom', () => {
  it('repeats for a seed and differs between seeds, within [0, 1)', () => {
    const draw = (seed: number) => Array.from({ length: 5 }, seededRandom(seed));
    expect(draw(7)).toEqual(draw(7));
    expect(draw(7)).not.toEqual(draw(8));
    const many = Array.from({ length: 1000 }, seededRandom(3));
    expect(Math.min(...many)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...many)).toBeLessThan(1);
  });
});
