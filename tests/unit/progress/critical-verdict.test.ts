// The final's own verdict reaches the course report and both LMS versions: a score above the mastery
// score with a critical safety item missed is reported as earned, with the status failed. Records
// written before the verdict was stored still load and are judged by their best score.
import { describe, expect, it } from 'vitest';
import { Scorm12API, Scorm2004API } from './scorm-again';
import { courseReport } from '../../../src/lib/progress/course-report';
import { mergeProgress } from '../../../src/lib/progress/merge-progress';
import { ProgressModel, type ProgressEnvironment } from '../../../src/lib/progress/progress.svelte';
import { emptyState } from '../../../src/lib/progress/progress-state';
import { LessonKeys } from '../../../src/lib/progress/lesson-keys';
import { decodeSuspendData, encodeSuspendData } from '../../../src/lib/progress/suspend-codec';
import { attempt, fakeWindow, MemoryStorage, outline } from './fixtures';

const course = outline(1, 80);
const slug = course.lessons[0]!.slug;
const keys = LessonKeys.of(course);

function finishCourse(
  globals: Record<string, unknown>,
  results: Array<{ percent: number; passed: boolean }>,
) {
  const model = new ProgressModel();
  model.start(course, {
    window: fakeWindow(globals) as ProgressEnvironment['window'],
    storage: () => new MemoryStorage(),
    now: () => 0,
  });
  model.setTrack('nursing');
  model.markLessonCompleted('nursing', slug);
  for (const r of results) {
    model.recordQuizAttempt(
      attempt({
        percent: r.percent,
        passed: r.passed,
        score: { raw: r.percent / 10, min: 0, max: 10, scaled: r.percent / 100 },
      }),
    );
  }
  return model;
}

describe('the final verdict with a critical item missed', () => {
  it('SCORM 1.2: score as earned, lesson_status failed', () => {
    const api = new Scorm12API({ autocommit: false, logLevel: 5 });
    api.loadFromJSON({
      core: { credit: 'credit', lesson_mode: 'normal' },
      student_data: { mastery_score: '80' },
    });
    const model = finishCourse({ API: api }, [{ percent: 95, passed: false }]);
    const cmi = api.getFlattenedCMI() as Record<string, string>;
    expect(cmi['cmi.core.score.raw']).toBe('95');
    expect(cmi['cmi.core.lesson_status']).toBe('failed');
    expect(model.report()).toMatchObject({ finalBest: 95, finalPassed: false, courseComplete: false });
  });

  it('SCORM 2004: score as earned, completion completed, success failed', () => {
    const api = new Scorm2004API({ autocommit: false, logLevel: 5 });
    api.loadFromJSON({ mode: 'normal', credit: 'credit', scaled_passing_score: '0.8' });
    finishCourse({ API_1484_11: api }, [{ percent: 95, passed: false }]);
    const cmi = api.getFlattenedCMI() as Record<string, string>;
    expect(cmi['cmi.score.scaled']).toBe('0.95');
    expect(cmi['cmi.score.raw']).toBe('95');
    expect(cmi['cmi.completion_status']).toBe('completed');
    expect(cmi['cmi.success_status']).toBe('failed');
  });

  it('a later attempt that passes (every critical item right) passes the course', () => {
    const api = new Scorm12API({ autocommit: false, logLevel: 5 });
    api.loadFromJSON({
      core: { credit: 'credit', lesson_mode: 'normal' },
      student_data: { mastery_score: '80' },
    });
    const model = finishCourse({ API: api }, [
      { percent: 95, passed: false },
      { percent: 85, passed: true },
    ]);
    expect((api.getFlattenedCMI() as Record<string, string>)['cmi.core.lesson_status']).toBe('passed');
    expect(model.report()).toMatchObject({ finalBest: 95, finalPassed: true, courseComplete: true });
  });
});

describe('what the LMS makes of that verdict when the session ends', () => {
  // The launch data an LMS derives from the course's manifests: no mastery or passing score.
  it('SCORM 1.2 without a mastery score: LMSFinish keeps lesson_status failed', () => {
    const api = new Scorm12API({ autocommit: false, logLevel: 5 });
    api.loadFromJSON({ core: { credit: 'credit', lesson_mode: 'normal' } });
    finishCourse({ API: api }, [{ percent: 95, passed: false }]).finish();
    expect(api.cmi.core.lesson_status).toBe('failed');
  });

  it('SCORM 1.2 with a mastery score, the LMS rewrites it as passed (why the manifest gives none)', () => {
    const api = new Scorm12API({ autocommit: false, logLevel: 5 });
    api.loadFromJSON({
      core: { credit: 'credit', lesson_mode: 'normal' },
      student_data: { mastery_score: '80' },
    });
    finishCourse({ API: api }, [{ percent: 95, passed: false }]).finish();
    expect(api.cmi.core.lesson_status).toBe('passed');
  });

  it('SCORM 2004 without a scaled passing score: success_status reads failed', () => {
    const api = new Scorm2004API({ autocommit: false, logLevel: 5 });
    api.loadFromJSON({ mode: 'normal', credit: 'credit' });
    finishCourse({ API_1484_11: api }, [{ percent: 95, passed: false }]);
    expect(api.GetValue('cmi.success_status')).toBe('failed');
  });

  it('SCORM 2004 with a scaled passing score, the LMS reads passed (RTE 4.2.22; why the manifest gives none)', () => {
    const api = new Scorm2004API({ autocommit: false, logLevel: 5 });
    api.loadFromJSON({ mode: 'normal', credit: 'credit', scaled_passing_score: '0.8' });
    finishCourse({ API_1484_11: api }, [{ percent: 95, passed: false }]);
    expect(api.GetValue('cmi.success_status')).toBe('passed');
  });
});

describe('the stored verdict', () => {
  const state = () => {
    const s = emptyState();
    s.lessons.nursing[slug] = 'completed';
    s.finalQuiz = 'final';
    s.quizzes.final = { attempts: 1, best: 95, last: 95, history: [95], passed: false };
    return s;
  };

  it('survives suspend_data and a merge (a pass in either copy is kept)', () => {
    const decoded = decodeSuspendData(encodeSuspendData(state(), keys), keys)!;
    expect(decoded.quizzes.final).toEqual({ attempts: 1, best: 95, last: 95, history: [95], passed: false });
    const passedElsewhere = state();
    passedElsewhere.quizzes.final = { attempts: 2, best: 95, last: 85, history: [95, 85], passed: true };
    passedElsewhere.updatedAt = 5;
    expect(mergeProgress(decoded, passedElsewhere).quizzes.final?.passed).toBe(true);
    expect(mergeProgress(passedElsewhere, decoded).quizzes.final?.passed).toBe(true);
  });

  it('a record written before the verdict was stored loads and is judged by its best score', () => {
    // suspend_data exactly as the previous version wrote it: quiz tuples of four entries.
    const previous = '{"v":1,"t":"n","l":{"n":"01c"},"q":{"final":[1,85,85,[85]]},"f":"final"}';
    const decoded = decodeSuspendData(previous, keys)!;
    expect(decoded.quizzes.final).toEqual({ attempts: 1, best: 85, last: 85, history: [85] });
    expect(courseReport(decoded, 'nursing', [slug], keys, 80)).toMatchObject({
      finalPassed: true,
      courseComplete: true,
    });
    expect(courseReport(state(), 'nursing', [slug], keys, 80)).toMatchObject({ finalPassed: false });
  });
});
