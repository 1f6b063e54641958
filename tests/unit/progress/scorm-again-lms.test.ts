// The progress model against scorm-again, a real SCORM runtime, for both versions: what reaches the
// LMS (status, score, interactions, suspend_data, times, exit), resume, review mode, Terminate once.
import { describe, expect, it } from 'vitest';
import { Scorm12API, Scorm2004API } from './scorm-again';
import { ProgressModel, type ProgressEnvironment } from '../../../src/lib/progress/progress.svelte';
import { LessonKeys } from '../../../src/lib/progress/lesson-keys';
import { decodeSuspendData } from '../../../src/lib/progress/suspend-codec';
import { attempt, fakeWindow, interaction, MemoryStorage, outline } from './fixtures';

const course = outline(2, 80);
const slugs = course.lessons.map((l) => l.slug);

function launch(globals: Record<string, unknown>, clock = { t: 0 }) {
  const win = fakeWindow(globals);
  const logs: string[] = [];
  const model = new ProgressModel();
  model.start(course, {
    window: win as ProgressEnvironment['window'],
    storage: () => new MemoryStorage(),
    now: () => clock.t,
    log: (m) => logs.push(m),
  });
  return { model, win, logs, clock };
}

function completeCourse(model: ProgressModel, finalPercent: number) {
  model.setTrack('nursing');
  for (const slug of slugs) {
    model.markLessonOpened('nursing', slug);
    model.markLessonCompleted('nursing', slug);
  }
  model.recordQuizAttempt(
    attempt({
      percent: finalPercent,
      interactions: [
        interaction({ id: 'fin-001', response: ['a'], correct: ['a'], credit: 1 }),
        interaction({ id: 'fin-002', kind: 'true-false', response: ['false'], correct: ['true'], credit: 0 }),
      ],
    }),
  );
}

describe('SCORM 1.2 through scorm-again', () => {
  function lms(preload: Record<string, unknown> = {}) {
    const api = new Scorm12API({ autocommit: false, logLevel: 5 });
    api.loadFromJSON({
      core: { student_name: 'Doe, Jane', credit: 'credit', lesson_mode: 'normal' },
      student_data: { mastery_score: '80' },
      ...preload,
    });
    let finishes = 0;
    api.on('LMSFinish', () => finishes++);
    return { api, finishes: () => finishes };
  }

  it('reports passed, raw 0–100, interactions, suspend_data and HHHH:MM:SS.SS time, then finishes once', () => {
    const { api, finishes } = lms();
    const { model, win, logs, clock } = launch({ API: api });
    expect(model.saveTarget).toBe('lms');
    expect(model.learnerName).toBe('Jane Doe');
    expect(model.passMark).toBe(80);
    clock.t = 75_500;
    completeCourse(model, 90);
    const cmi = api.getFlattenedCMI() as Record<string, string>;
    expect(cmi['cmi.core.lesson_status']).toBe('passed');
    expect(cmi['cmi.core.score.raw']).toBe('90');
    expect(cmi['cmi.core.score.max']).toBe('100');
    const json = api.renderCMIToJSONObject() as {
      cmi: { interactions: Record<string, Record<string, unknown>> };
    };
    expect(json.cmi.interactions['0']).toMatchObject({
      id: 'fin001',
      type: 'choice',
      student_response: 'a',
      result: 'correct',
    });
    expect(json.cmi.interactions['1']).toMatchObject({
      id: 'fin002',
      type: 'true-false',
      student_response: 'f',
      result: 'wrong',
    });
    const suspend = cmi['cmi.suspend_data'] ?? '';
    expect(suspend.length).toBeLessThanOrEqual(4096);
    expect(decodeSuspendData(suspend, LessonKeys.of(course))?.lessons.nursing).toEqual({
      [slugs[0]!]: 'completed',
      [slugs[1]!]: 'completed',
    });
    // What the LMS stores on the closing commit: the status and score the course just reported.
    expect(api.renderCommitCMI(true)).toMatchObject({
      cmi: { core: { lesson_status: 'passed', score: { raw: '90', max: '100' } } },
    });

    model.finish();
    win.fire('pagehide');
    model.finish();
    expect(finishes()).toBe(1);
    expect(logs).toEqual([]);
  });

  it('reports failed when the final is below the LMS mastery score, incomplete before the final', () => {
    const { api } = lms({ student_data: { mastery_score: '95' } });
    const { model } = launch({ API: api });
    model.setTrack('nursing');
    model.markLessonCompleted('nursing', slugs[0]!);
    expect((api.getFlattenedCMI() as Record<string, string>)['cmi.core.lesson_status']).toBe('incomplete');
    completeCourse(model, 90);
    expect(model.passMark).toBe(95);
    expect((api.getFlattenedCMI() as Record<string, string>)['cmi.core.lesson_status']).toBe('failed');
  });

  it('resumes from lesson_location and suspend_data', () => {
    const first = lms();
    const one = launch({ API: first.api });
    one.model.setTrack('patient');
    one.model.markLessonCompleted('patient', slugs[0]!);
    one.model.setLocation(`/patient/${slugs[1]}`);
    const stored = first.api.getFlattenedCMI() as Record<string, string>;

    const second = lms({
      core: {
        entry: 'resume',
        lesson_location: stored['cmi.core.lesson_location'],
        student_name: 'Doe, Jane',
        lesson_mode: 'normal',
      },
      suspend_data: stored['cmi.suspend_data'],
    });
    const { model } = launch({ API: second.api });
    expect(model.resumeLocation).toBe(`/patient/${slugs[1]}`);
    expect(model.track).toBe('patient');
    expect(model.lessonStatus('patient', slugs[0]!)).toBe('completed');
  });
});

describe('SCORM 2004 through scorm-again', () => {
  function lms(preload: Record<string, unknown> = {}) {
    const api = new Scorm2004API({ autocommit: false, logLevel: 5 });
    api.loadFromJSON({
      learner_name: 'Doe, Jane',
      mode: 'normal',
      credit: 'credit',
      scaled_passing_score: '0.8',
      ...preload,
    });
    let terminates = 0;
    api.on('Terminate', () => terminates++);
    return { api, terminates: () => terminates };
  }

  it('reports completion and success separately, scaled and raw score, objectives, interactions, ISO time', () => {
    const { api, terminates } = lms();
    const { model, win, logs, clock } = launch({ API_1484_11: api, API: new Scorm12API({ logLevel: 5 }) });
    clock.t = 3_723_450;
    completeCourse(model, 85);
    const cmi = api.getFlattenedCMI() as Record<string, string>;
    expect(cmi['cmi.completion_status']).toBe('completed');
    expect(cmi['cmi.success_status']).toBe('passed');
    expect(cmi['cmi.score.scaled']).toBe('0.85');
    expect(cmi['cmi.score.raw']).toBe('85');
    expect(cmi['cmi.progress_measure']).toBe('1');
    expect(cmi['cmi.objectives.0.id']).toBe('lessonLesson1');
    expect(cmi['cmi.objectives.1.completion_status']).toBe('completed');
    expect(cmi['cmi.interactions.1.learner_response']).toBe('false');
    expect(cmi['cmi.interactions.1.result']).toBe('incorrect');
    expect(api.GetValue('cmi.session_time')).toBe(''); // write-only: read back below via the commit
    const commit = api.renderCommitCMI(true) as Record<string, unknown>;
    expect(JSON.stringify(commit)).toContain('PT1H2M3.45S');
    win.fire('pagehide');
    win.fire('pagehide');
    expect(terminates()).toBe(1);
    expect(logs).toEqual([]);
  });

  it('keeps success unknown and completion incomplete until earned; progress_measure counts lessons', () => {
    const { api } = lms();
    const { model } = launch({ API_1484_11: api });
    model.setTrack('nursing');
    model.markLessonCompleted('nursing', slugs[0]!);
    const cmi = api.getFlattenedCMI() as Record<string, string>;
    expect(cmi['cmi.completion_status']).toBe('incomplete');
    expect(cmi['cmi.success_status']).toBe('unknown');
    expect(cmi['cmi.progress_measure']).toBe('0.5');
  });

  it('in review mode changes no status and writes nothing, not even the place', () => {
    const { api } = lms({ mode: 'review' });
    const { model } = launch({ API_1484_11: api });
    model.markLessonCompleted('nursing', slugs[0]!);
    model.recordQuizAttempt(attempt({ percent: 100 }));
    model.setLocation('/nursing/x');
    expect(model.lessonStatus('nursing', slugs[0]!)).toBe('not-started');
    const cmi = api.getFlattenedCMI() as Record<string, string>;
    expect(cmi['cmi.completion_status']).toBe('unknown');
    expect(cmi['cmi.score.raw'] ?? '').toBe('');
    expect(cmi['cmi.location'] ?? '').toBe('');
    expect(cmi['cmi.suspend_data'] ?? '').toBe('');
  });

  it('exits normal only when Finish is pressed on a completed course', () => {
    const { api } = lms();
    let exit = '';
    api.on('SetValue.cmi.exit', (_: string, value: string) => (exit = value));
    const { model } = launch({ API_1484_11: api });
    completeCourse(model, 100);
    expect(exit).toBe('suspend');
    model.finish();
    expect(exit).toBe('normal');
    // The "saved to the learning system, you can close this window" notice (notice_finished).
    expect(model.notice).toBe('finished');
  });
});

describe('launch', () => {
  it('marks a fresh SCORM 1.2 attempt incomplete at once, before any lesson is opened', () => {
    const api = new Scorm12API({ autocommit: false, logLevel: 5 });
    api.loadFromJSON({ core: { lesson_mode: 'normal', credit: 'credit' } });
    launch({ API: api });
    expect((api.getFlattenedCMI() as Record<string, string>)['cmi.core.lesson_status']).toBe('incomplete');
  });
});

describe('switching tracks', () => {
  it('never lowers a status the LMS already has when the learner opens the other track', () => {
    const api = new Scorm12API({ autocommit: false, logLevel: 5 });
    api.loadFromJSON({
      core: { lesson_mode: 'normal', credit: 'credit' },
      student_data: { mastery_score: '80' },
    });
    const { model } = launch({ API: api });
    completeCourse(model, 95);
    model.setTrack('patient');
    model.markLessonOpened('patient', slugs[0]!);
    const cmi = api.getFlattenedCMI() as Record<string, string>;
    expect(cmi['cmi.core.lesson_status']).toBe('passed');
    expect(model.report().courseComplete).toBe(false); // the page still shows the patient track as it is
  });
});
