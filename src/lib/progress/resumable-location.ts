// Which in-app paths are worth resuming to: a lesson or a quiz. Home, progress and reference pages are
// not, so opening the course at its home page never overwrites the place the learner left off.
import type { TrackId } from './progress-state';

// A lesson page, in English or in a translation of the patient track (`/es/patient/…`).
const lessonPath = /^(\/[a-z]{2})?\/(nursing|patient)\/[^/]+\/?$/;
const quizPath = /^\/quiz\/[^/]+\/?$/;

/** The in-app path of a hash-router URL (`#/nursing/01-x` → `/nursing/01-x`). */
export function appPath(hash: string): string {
  const path = hash.replace(/^#/, '');
  return path.startsWith('/') ? path.split('?')[0]! : '/';
}

export function isResumable(path: string): boolean {
  return lessonPath.test(path) || quizPath.test(path);
}

/** The track a path belongs to, if any (`/patient`, `/patient/02-second-steps`). */
export function trackOfPath(path: string): TrackId | null {
  const match = /^(\/[a-z]{2})?\/(nursing|patient)(\/|$)/.exec(path);
  return match ? (match[2] as TrackId) : null;
}
