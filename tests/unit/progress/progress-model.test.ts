// The progress model in standalone mode: lesson status, quiz seam, drafts, resume, reset.
import { describe, expect, it } from 'vitest';
import { ProgressModel } from '../../../src/lib/progress/progress.svelte';
import { attempt, MemoryStorage, outline } from './fixtures';

function launch(storage = new MemoryStorage(), course = outline()) {
  const model = new ProgressModel();
  model.start(course, { window: null, storage: () => storage, now: () => 1_000_000 });
  return { model, storage };
}

describe('progress model (standalone)', () => {
  it('tracks lesson status per track: not started → in progress → completed, never backwards', () => {
    const { model } = launch();
    expect(model.lessonStatus('nursing', '01-lesson-1')).toBe('not-started');
    model.markLessonOpened('nursing', '01-lesson-1');
    expect(model.lessonStatus('nursing', '01-lesson-1')).toBe('in-progress');
    expect(model.lessonStatus('patient', '01-lesson-1')).toBe('not-started');
    model.markLessonCompleted('nursing', '01-lesson-1');
    model.markLessonOpened('nursing', '01-lesson-1');
    expect(model.lessonStatus('nursing', '01-lesson-1')).toBe('completed');
  });

  it('records quiz attempts with best and last scores and clears the draft', () => {
    const { model } = launch();
    model.saveQuizDraft('q1', { seed: 3, position: 1, answers: [['a'], null] });
    expect(model.quizDraft('q1')).toEqual({ seed: 3, position: 1, answers: [['a'], null] });
    model.recordQuizAttempt(attempt({ quizId: 'q1', percent: 70, isFinal: false }));
    model.recordQuizAttempt(attempt({ quizId: 'q1', percent: 50, isFinal: false }));
    expect(model.quizSummary('q1')).toEqual({ attempts: 2, best: 70, last: 50 });
    expect(model.quizDraft('q1')).toBeNull();
    expect(model.quizSummary('never')).toEqual({ attempts: 0, best: null, last: null });
  });

  it('saves to browser storage and offers to resume on relaunch', () => {
    const { model, storage } = launch();
    model.setTrack('nursing');
    model.markLessonCompleted('nursing', '02-lesson-2');
    model.setLocation('/nursing/03-lesson-3');
    model.saveQuizDraft('final', { seed: 9, position: 4, answers: [['c'], ['a', 'b'], null] });
    expect(model.saveTarget).toBe('browser');

    const { model: again } = launch(storage);
    expect(again.resumeLocation).toBe('/nursing/03-lesson-3');
    expect(again.track).toBe('nursing');
    expect(again.lessonStatus('nursing', '02-lesson-2')).toBe('completed');
    expect(again.quizDraft('final')).toEqual({ seed: 9, position: 4, answers: [['c'], ['a', 'b'], null] });
  });

  it('a first launch offers no resume', () => {
    expect(launch().model.resumeLocation).toBeNull();
  });

  it('course is complete only with every lesson of the track and a passed final', () => {
    const { model } = launch(new MemoryStorage(), outline(2, 80));
    model.setTrack('nursing');
    model.markLessonCompleted('nursing', '01-lesson-1');
    model.markLessonCompleted('nursing', '02-lesson-2');
    expect(model.report().courseComplete).toBe(false);
    model.recordQuizAttempt(attempt({ percent: 75 }));
    expect(model.report()).toMatchObject({ finalBest: 75, finalPassed: false, courseComplete: false });
    model.recordQuizAttempt(attempt({ percent: 85 }));
    expect(model.report()).toMatchObject({ finalBest: 85, finalPassed: true, courseComplete: true });
    model.setTrack('patient');
    expect(model.report().courseComplete).toBe(false);
  });

  it('reset forgets this browser’s record', () => {
    const { model, storage } = launch();
    model.markLessonCompleted('patient', '01-lesson-1');
    model.reset();
    expect(model.lessonStatus('patient', '01-lesson-1')).toBe('not-started');
    expect(launch(storage).model.lessonStatus('patient', '01-lesson-1')).toBe('not-started');
  });
});
