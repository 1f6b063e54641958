// The scene loop: play runs whole fixed model steps for the real time that passed (at the chosen speed)
// and draws at most once per frame gap; pause stops it; stepBy advances model time while paused.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { SceneLoop as SceneLoopClass } from '../../../src/lib/sims/scene-loop';

let SceneLoop: typeof SceneLoopClass;

// d3-timer reads the clock once, when it first loads (and a package loads once per file): fake the
// clock for the whole file, then load the loop.
beforeAll(async () => {
  vi.useFakeTimers({
    toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'performance', 'Date'],
  });
  ({ SceneLoop } = await import('../../../src/lib/sims/scene-loop'));
});
afterAll(() => vi.useRealTimers());

function counting(stepSeconds: number) {
  const calls = { steps: 0, draws: 0 };
  const loop = new SceneLoop({
    stepSeconds,
    step: () => calls.steps++,
    draw: () => calls.draws++,
  });
  return { loop, calls };
}

describe('SceneLoop', () => {
  it('steps one second of model time at speed 1 in one second of real time, drawing at most 30 times', () => {
    const { loop, calls } = counting(1 / 60);
    loop.play();
    expect(loop.running).toBe(true);
    vi.advanceTimersByTime(1000);
    loop.pause();
    // 60 steps a second of model time; the first frame starts the timer, so allow one frame's worth.
    expect(calls.steps).toBeGreaterThanOrEqual(56);
    expect(calls.steps).toBeLessThanOrEqual(60);
    expect(calls.draws).toBeGreaterThan(20);
    expect(calls.draws).toBeLessThanOrEqual(30);
  });

  it('runs twice the model steps at speed 2', () => {
    const { loop, calls } = counting(1 / 60);
    loop.speed = 2;
    loop.play();
    vi.advanceTimersByTime(1000);
    loop.pause();
    expect(calls.steps).toBeGreaterThanOrEqual(112);
    expect(calls.steps).toBeLessThanOrEqual(120);
  });

  it('stops on pause: no step or draw afterwards', () => {
    const { loop, calls } = counting(1 / 60);
    loop.play();
    vi.advanceTimersByTime(200);
    loop.pause();
    expect(loop.running).toBe(false);
    const seen = { ...calls };
    vi.advanceTimersByTime(1000);
    expect(calls).toEqual(seen);
  });

  it('steps a fixed amount of model time while paused and draws once', () => {
    const { loop, calls } = counting(1 / 60);
    loop.stepBy(1);
    expect(calls).toEqual({ steps: 60, draws: 1 });
    loop.stepBy(0);
    expect(calls).toEqual({ steps: 60, draws: 2 });
  });

  it('ignores a second play while running (one timer, not two)', () => {
    const { loop, calls } = counting(1 / 60);
    loop.play();
    loop.play();
    vi.advanceTimersByTime(1000);
    loop.pause();
    expect(calls.steps).toBeLessThanOrEqual(60);
  });
});
