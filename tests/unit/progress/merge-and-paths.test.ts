// Merging two copies of a record (two tabs), which paths are resumable, and time in words.
import { describe, expect, it } from 'vitest';
import { mergeProgress } from '../../../src/lib/progress/merge-progress';
import { emptyState } from '../../../src/lib/progress/progress-state';
import { appPath, isResumable, trackOfPath } from '../../../src/lib/progress/resumable-location';
import { describeTimeSpent } from '../../../src/lib/progress/time-spent';

describe('merging two copies of a record', () => {
  it('keeps each lesson’s furthest status and each quiz’s best and highest attempt count', () => {
    const a = emptyState();
    a.updatedAt = 1;
    a.lessons.nursing = { '01-a': 'completed', '02-b': 'in-progress' };
    a.quizzes.q = { attempts: 3, best: 90, last: 40, history: [90, 60, 40] };
    a.location = '/nursing/02-b';
    const b = emptyState();
    b.updatedAt = 2;
    b.lessons.nursing = { '01-a': 'in-progress', '03-c': 'completed' };
    b.quizzes.q = { attempts: 2, best: 70, last: 70, history: [50, 70] };
    b.location = '/nursing/03-c';
    const merged = mergeProgress(a, b);
    expect(merged.lessons.nursing).toEqual({
      '01-a': 'completed',
      '02-b': 'in-progress',
      '03-c': 'completed',
    });
    expect(merged.quizzes.q).toEqual({ attempts: 3, best: 90, last: 40, history: [90, 60, 40] });
    expect(merged.location).toBe('/nursing/03-c');
    expect(mergeProgress(b, a)).toEqual(merged);
  });

  it('drops an older draft for a quiz the newer copy has since finished', () => {
    const older = emptyState();
    older.updatedAt = 1;
    older.drafts.q = { seed: 1, position: 0, answers: [null] };
    const newer = emptyState();
    newer.updatedAt = 2;
    newer.quizzes.q = { attempts: 1, best: 80, last: 80, history: [80] };
    expect(mergeProgress(older, newer).drafts).toEqual({});
    const unrelated = emptyState();
    unrelated.updatedAt = 3;
    expect(mergeProgress(older, unrelated).drafts.q).toEqual({ seed: 1, position: 0, answers: [null] });
  });
});

describe('locations', () => {
  it('resumes to lessons and quizzes, not to home or reference pages', () => {
    expect(isResumable('/nursing/01-her2-biology')).toBe(true);
    expect(isResumable('/quiz/final')).toBe(true);
    for (const path of ['/', '/nursing', '/progress', '/glossary', '/certificate'])
      expect(isResumable(path)).toBe(false);
  });

  it('reads the in-app path and track from a hash', () => {
    expect(appPath('#/patient/02-x?y=1')).toBe('/patient/02-x');
    expect(appPath('')).toBe('/');
    expect(trackOfPath('/patient')).toBe('patient');
    expect(trackOfPath('/progress')).toBeNull();
  });
});

describe('time spent in words', () => {
  it.each([
    [30, 'less than a minute'],
    [60, '1 minute'],
    [125 * 60, '2 hours 5 minutes'],
    [3600, '1 hour'],
  ])('%s s → %s', (seconds, words) => expect(describeTimeSpent(seconds)).toBe(words));
});
