// Drives a scene: a d3 timer feeds the fixed-step clock, runs the model's steps, then asks the view
// to draw once per frame. Kept apart from the views so both scenes play, pause and step alike.
import { timer, type Timer } from 'd3-timer';
import { createFixedStepClock } from './fixed-step-clock';

export interface SceneLoopOptions {
  stepSeconds: number;
  /** Redraws per second at most. 30 keeps drifting shapes smooth and halves the work of each second,
   * which keeps a throttled phone inside the frame budget at the densest settings (issue 3). */
  drawsPerSecond?: number;
  step: () => void;
  draw: () => void;
}

export class SceneLoop {
  speed = 1;
  #timer: Timer | undefined;
  #last = 0;
  readonly #clock;
  readonly #options: SceneLoopOptions;

  constructor(options: SceneLoopOptions) {
    this.#options = options;
    this.#clock = createFixedStepClock(options.stepSeconds);
  }

  get running(): boolean {
    return this.#timer !== undefined;
  }

  play(): void {
    if (this.#timer) return;
    this.#clock.reset();
    this.#last = 0;
    const minimumGap = 1000 / (this.#options.drawsPerSecond ?? 30) - 4;
    this.#timer = timer((elapsed) => {
      if (elapsed - this.#last < minimumGap) return;
      const steps = this.#clock.advance(elapsed - this.#last, this.speed);
      this.#last = elapsed;
      for (let i = 0; i < steps; i++) this.#options.step();
      if (steps > 0) this.#options.draw();
    });
  }

  pause(): void {
    this.#timer?.stop();
    this.#timer = undefined;
  }

  /** Advances a fixed amount of model time while paused (step mode, also the reduced-motion mode). */
  stepBy(seconds: number): void {
    const steps = Math.round(seconds / this.#options.stepSeconds);
    for (let i = 0; i < steps; i++) this.#options.step();
    this.#options.draw();
  }
}
