// The scene player both scenes share: starts playing unless the reader prefers reduced motion (then it
// waits in step mode, WCAG 2.3.3), Step pauses and advances one second, readouts follow every draw
// while paused, and speed reaches the loop.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ScenePlayer as ScenePlayerClass } from '../../../src/lib/sims/scene-player.svelte';

let ScenePlayer: typeof ScenePlayerClass;

// d3-timer reads the clock once, when it first loads (and a package loads once per file): fake the
// clock for the whole file, then load the loop.
beforeAll(async () => {
  vi.useFakeTimers({
    toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'performance', 'Date'],
  });
  ({ ScenePlayer } = await import('../../../src/lib/sims/scene-player.svelte'));
});
afterAll(() => vi.useRealTimers());

afterEach(() => vi.unstubAllGlobals());

function player() {
  const calls = { steps: 0, draws: 0, readouts: 0 };
  const scene = new ScenePlayer({
    stepSeconds: 1 / 60,
    step: () => calls.steps++,
    draw: () => calls.draws++,
    readout: () => calls.readouts++,
  });
  return { scene, calls };
}

const reducedMotion = (reduce: boolean) =>
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: reduce && query === '(prefers-reduced-motion: reduce)',
  }));

describe('ScenePlayer', () => {
  it('plays on start, and the cleanup it returns stops the loop', () => {
    reducedMotion(false);
    const { scene, calls } = player();
    const stop = scene.start();
    expect(scene.playing).toBe(true);
    vi.advanceTimersByTime(500);
    expect(calls.steps).toBeGreaterThan(0);
    stop();
    expect(scene.loop.running).toBe(false);
  });

  it('waits paused on start when the reader prefers reduced motion', () => {
    reducedMotion(true);
    const { scene, calls } = player();
    scene.start();
    expect(scene.playing).toBe(false);
    vi.advanceTimersByTime(1000);
    expect(calls.steps).toBe(0);
  });

  it('Step pauses, advances one second of model time and refreshes the readouts', () => {
    reducedMotion(false);
    const { scene, calls } = player();
    scene.play();
    scene.stepOnce();
    expect(scene.playing).toBe(false);
    const before = calls.steps;
    scene.stepOnce();
    expect(calls.steps - before).toBe(60);
    expect(calls.readouts).toBeGreaterThanOrEqual(2);
    expect(calls.readouts).toBe(calls.draws);
  });

  it('refreshes readouts at most four times a second while playing', () => {
    reducedMotion(false);
    const { scene, calls } = player();
    scene.play();
    vi.advanceTimersByTime(2000);
    scene.pause();
    expect(calls.draws).toBeGreaterThan(20);
    expect(calls.readouts).toBeLessThanOrEqual(9);
    expect(calls.readouts).toBeGreaterThanOrEqual(6);
  });

  it('toggles between playing and paused, and passes the speed to the loop', () => {
    reducedMotion(false);
    const { scene } = player();
    scene.toggle();
    expect(scene.playing).toBe(true);
    scene.toggle();
    expect(scene.playing).toBe(false);
    scene.setSpeed(2);
    expect([scene.speed, scene.loop.speed]).toEqual([2, 2]);
  });
});
