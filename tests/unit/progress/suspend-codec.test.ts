// suspend_data: the worst case fits SCORM 1.2's 4,096 characters; round trips are exact; garbage and
// unknown versions decode to null without throwing.
import { describe, expect, it } from 'vitest';
import { LessonKeys } from '../../../src/lib/progress/lesson-keys';
import { emptyState } from '../../../src/lib/progress/progress-state';
import {
  decodeSuspendData,
  encodeSuspendData,
  SUSPEND_DATA_LIMIT,
} from '../../../src/lib/progress/suspend-codec';
import { seededIds } from './seeded-ids';
import { worstCaseKeys, worstCaseState } from './worst-case';

/** Keys for folders named `NN-<id>`. */
const keysFor = (...slugs: string[]) => new LessonKeys(slugs.map((slug) => ({ slug, id: slug.slice(3) })));

describe('suspend_data codec', () => {
  it('fits the worst case in 4,096 characters, losing nothing', () => {
    const state = worstCaseState();
    const text = encodeSuspendData(state, worstCaseKeys());
    console.info(`worst-case suspend_data: ${text.length} characters`);
    expect(text.length).toBeLessThanOrEqual(SUSPEND_DATA_LIMIT);
    expect(decodeSuspendData(text, worstCaseKeys())).toEqual(state);
  });

  it('writes a small record as plain versioned JSON and reads it back exactly', () => {
    const state = emptyState();
    state.track = 'patient';
    state.lessons.patient['03-her2-testing'] = 'completed';
    state.lessons.patient['04-indications'] = 'in-progress';
    state.quizzes['check-03'] = { attempts: 2, best: 66.67, last: 50, history: [66.67, 50] };
    state.drafts['check-04'] = { seed: 12, position: 1, answers: [['a', 'c'], null, ['t1 t2', '']] };
    state.location = '/patient/04-indications';
    state.secondsBefore = 125;
    state.updatedAt = 1_700_000_000_000;
    const keys = keysFor('03-her2-testing', '04-indications');
    const text = encodeSuspendData(state, keys);
    expect(JSON.parse(text)).toMatchObject({
      v: 2,
      k: { 'her2-testing': '-c', indications: '-i' },
      o: '/patient/indications',
    });
    expect(decodeSuspendData(text, keys)).toEqual(state);
  });

  it('never makes a decoded copy look newer than a save made later in the same second', () => {
    const stored = emptyState();
    stored.updatedAt = 1_700_000_449_600;
    const decoded = decodeSuspendData(encodeSuspendData(stored, keysFor()), keysFor());
    expect(decoded?.updatedAt).toBeLessThanOrEqual(stored.updatedAt);
    expect(decoded?.updatedAt).toBeLessThan(1_700_000_449_900);
  });

  it('drops lessons this build no longer has instead of inventing them', () => {
    const state = emptyState();
    state.lessons.nursing['07-gone'] = 'completed';
    state.lessons.nursing['01-kept'] = 'completed';
    const written = encodeSuspendData(state, keysFor('07-gone', '01-kept'));
    const decoded = decodeSuspendData(written, keysFor('01-kept'));
    expect(decoded?.lessons.nursing).toEqual({ '01-kept': 'completed' });
  });

  it.each([
    ['empty', ''],
    ['not JSON', 'lesson=3;score=80'],
    ['truncated JSON', '{"v":1,"l":{"n":"01c'],
    ['unknown version', '{"v":99,"l":{"n":"01c"}}'],
    ['wrong shapes', '{"v":1,"q":{"x":[1,"a",null,[]]}}'],
    ['score out of range', '{"v":1,"q":{"x":[1,250,null,[]]}}'],
    ['JSON null', 'null'],
    ['broken compression', 'z:not-base64!!'],
    ['compressed garbage', `z:${btoa('garbage')}`],
  ])('decodes %s to null without throwing', (_, text) => {
    expect(decodeSuspendData(text, keysFor('01-a'))).toBeNull();
  });

  it('keeps completions and best scores even for a record far beyond the worst case', () => {
    const state = worstCaseState();
    const ids = seededIds(99);
    for (let q = 0; q < 60; q++)
      state.quizzes[ids(40)] = { attempts: 5, best: 88.88, last: 12.5, history: [1, 2, 3, 4, 12.5] };
    const text = encodeSuspendData(state, worstCaseKeys());
    expect(text.length).toBeLessThanOrEqual(SUSPEND_DATA_LIMIT);
    const decoded = decodeSuspendData(text, worstCaseKeys())!;
    expect(decoded.lessons).toEqual(state.lessons);
    for (const [id, quiz] of Object.entries(state.quizzes)) {
      expect(decoded.quizzes[id]).toMatchObject({
        attempts: quiz.attempts,
        best: quiz.best,
        last: quiz.last,
      });
    }
  });
});
