// What both scenes' controls drive: play, pause, step, speed, and readouts refreshed at most four
// times a second so numbers stay legible and nothing flickers (WCAG 2.3.1). Scenes start paused
// when the reader prefers reduced motion (WCAG 2.3.3); Step then advances one second at a time.
import { prefersReducedMotion } from './reduced-motion';
import { SceneLoop } from './scene-loop';

export interface ScenePlayerOptions {
  stepSeconds: number;
  step: () => void;
  draw: () => void;
  /** Copies the model's figures into the scene's readouts. */
  readout: () => void;
}

const readoutGapMs = 250;

export class ScenePlayer {
  playing = $state(false);
  speed = $state(1);
  readonly loop: SceneLoop;
  #lastReadout = 0;

  constructor(options: ScenePlayerOptions) {
    this.loop = new SceneLoop({
      stepSeconds: options.stepSeconds,
      step: options.step,
      draw: () => {
        options.draw();
        const now = performance.now();
        if (!this.loop.running || now - this.#lastReadout > readoutGapMs) {
          this.#lastReadout = now;
          options.readout();
        }
      },
    });
  }

  /** Call from onMount: plays unless reduced motion is preferred; returns the cleanup. */
  start(): () => void {
    if (!prefersReducedMotion()) this.play();
    return () => this.loop.pause();
  }

  play(): void {
    this.loop.play();
    this.playing = true;
  }

  pause(): void {
    this.loop.pause();
    this.playing = false;
  }

  toggle(): void {
    if (this.playing) this.pause();
    else this.play();
  }

  /** Step mode: pause, then advance one second of model time. */
  stepOnce(): void {
    this.pause();
    this.loop.stepBy(1);
  }

  setSpeed(value: number): void {
    this.speed = value;
    this.loop.speed = value;
  }
}
