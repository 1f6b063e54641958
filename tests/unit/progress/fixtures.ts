// Shared test fixtures for the progress model: a small course outline and an in-memory Storage.
import type { CourseOutline } from '../../../src/lib/progress/progress.svelte';
import type { QuizAttemptResult, InteractionRecord } from '../../../src/lib/progress/contract';

const meta = {
  title: 'T',
  summary: 'S',
  objectives: [{ id: 'o', text: 't' }],
  minutes: 5,
  references: ['R1'],
  file: 'x.svx',
  embeds: [],
};

export function outline(lessonCount = 3, passMark = 80): CourseOutline {
  return {
    course: {
      id: 'test-course',
      title: 'Test course',
      description: 'd',
      version: '1.0.0',
      lastReviewed: '2026-01-01',
      passMark,
      criticalMustPass: true,
      tracks: [
        { id: 'nursing', title: 'N', description: 'd' },
        { id: 'patient', title: 'P', description: 'd' },
      ],
      lessons: Array.from({ length: lessonCount }, (_, i) => ({
        id: `lesson-${i + 1}`,
        folder: `${String(i + 1).padStart(2, '0')}-lesson-${i + 1}`,
      })),
    },
    lessons: Array.from({ length: lessonCount }, (_, i) => ({
      id: `lesson-${i + 1}`,
      slug: `${String(i + 1).padStart(2, '0')}-lesson-${i + 1}`,
      number: i + 1,
      tracks: { nursing: meta, patient: meta },
    })),
  };
}

/** A Storage that can be told to refuse writes (blocked or full). */
export class MemoryStorage implements Storage {
  private items = new Map<string, string>();
  refuse = false;
  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  setItem(key: string, value: string) {
    if (this.refuse) throw new DOMException('full', 'QuotaExceededError');
    this.items.set(key, value);
  }
}

export function interaction(overrides: Partial<InteractionRecord> = {}): InteractionRecord {
  return {
    id: 'ind-001',
    kind: 'choice',
    description: 'Which statement is right?',
    objectiveId: 'mech-binding',
    response: ['b'],
    correct: ['b'],
    credit: 1,
    weighting: 1,
    latencySeconds: 12.5,
    answeredAt: '2026-11-27T10:11:12.000Z',
    ...overrides,
  };
}

export function attempt(overrides: Partial<QuizAttemptResult> = {}): QuizAttemptResult {
  return {
    quizId: 'final',
    seed: 7,
    percent: 90,
    score: { raw: 9, min: 0, max: 10, scaled: 0.9 },
    passed: true,
    isFinal: true,
    interactions: [interaction()],
    finishedAt: '2026-11-27T10:20:00.000Z',
    ...overrides,
  };
}

type Listener = (event: unknown) => void;

/** A top-level window stand-in that records listeners, so tests can fire pagehide/storage events. */
export function fakeWindow(globals: Record<string, unknown> = {}) {
  const listeners = new Map<string, Listener[]>();
  const add = (type: string, listener: Listener) =>
    listeners.set(type, [...(listeners.get(type) ?? []), listener]);
  const win = {
    ...globals,
    parent: null as unknown,
    addEventListener: add,
    document: {
      visibilityState: 'visible',
      addEventListener: (type: string, l: Listener) => add(`document:${type}`, l),
    },
    fire(type: string, event: unknown = {}) {
      for (const listener of listeners.get(type) ?? []) listener(event);
    },
  };
  win.parent = win;
  return win;
}

/** Timers the test advances by hand; records each delay asked for. */
export class ManualTimers {
  private queue: Array<{ id: number; run: () => void; ms: number }> = [];
  private nextId = 1;
  readonly delays: number[] = [];
  set = (run: () => void, ms: number) => {
    const id = this.nextId++;
    this.queue.push({ id, run, ms });
    this.delays.push(ms);
    return id;
  };
  clear = (handle: unknown) => {
    this.queue = this.queue.filter((t) => t.id !== handle);
  };
  get pending() {
    return this.queue.length;
  }
  /** Runs the earliest timer; false when none is waiting. */
  runNext(): boolean {
    const timer = this.queue.shift();
    timer?.run();
    return Boolean(timer);
  }
}
