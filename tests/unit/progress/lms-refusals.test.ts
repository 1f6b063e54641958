// How the course behaves with an LMS that refuses values, cannot return values, or fails to commit
// (both SCORM versions, through a fake runtime that counts every call): a refused value costs one
// SetValue per session, transient failures are retried without losing data, only changed values are
// sent, a full run stays within a few hundred calls, and the console says each thing once.
import { describe, expect, it } from 'vitest';
import { ProgressModel, type ProgressEnvironment } from '../../../src/lib/progress/progress.svelte';
import { LessonKeys } from '../../../src/lib/progress/lesson-keys';
import { decodeSuspendData } from '../../../src/lib/progress/suspend-codec';
import { expectedLmsIdentifier } from '../../support/lms-identifier';
import { fakeLms, globalsFor, type Rig, type Version } from './fake-lms';
import { attempt, fakeWindow, interaction, ManualTimers, MemoryStorage, outline } from './fixtures';

const course = outline(6);
const slugs = course.lessons.map((lesson) => lesson.slug);
const versions: Version[] = ['2004', '1.2'];

function launch(version: Version, rig: Rig = {}) {
  const lms = fakeLms(version, rig);
  const logs: string[] = [];
  const timers = new ManualTimers();
  const clock = { t: 0 };
  const win = fakeWindow(globalsFor(version, lms.api));
  const model = new ProgressModel();
  model.start(course, {
    window: win as ProgressEnvironment['window'],
    storage: () => new MemoryStorage(),
    now: () => clock.t,
    log: (message) => logs.push(message),
    timers,
  });
  return { lms, logs, timers, clock, win, model };
}

const finalItems = Array.from({ length: 20 }, (_, i) =>
  interaction({ id: `fin-${String(i + 1).padStart(3, '0')}`, response: ['a'], correct: ['a'], credit: 1 }),
);

/** A learner's whole course: every lesson opened, read and left, then the final passed. */
function wholeCourse(model: ProgressModel, clock: { t: number }) {
  model.setTrack('nursing');
  for (const slug of slugs) {
    clock.t += 60_000;
    model.setLocation(`/nursing/${slug}`);
    model.markLessonOpened('nursing', slug);
    clock.t += 300_000;
    model.markLessonCompleted('nursing', slug);
  }
  clock.t += 600_000;
  model.setLocation('/quiz/final');
  model.recordQuizAttempt(attempt({ percent: 100, interactions: finalItems }));
}

describe.each(versions)('SCORM %s', (version) => {
  it('a full run (lessons + final) stays within a few hundred API calls', () => {
    const { lms, model, clock } = launch(version);
    wholeCourse(model, clock);
    model.finish();
    const total = lms.calls.length;
    console.info(`SCORM ${version}: ${total} API calls for a full run`);
    // 20 interactions × 10 fields are most of it; each save adds a few changed values.
    expect(total).toBeLessThanOrEqual(400);
    expect(lms.count('Terminate')).toBe(1);
  });

  it('sends only what changed since the last successful commit', () => {
    const { lms, model, clock } = launch(version);
    model.setTrack('nursing');
    model.markLessonOpened('nursing', slugs[0]!);
    const before = lms.calls.length;
    clock.t += 5_000;
    model.flush();
    const sent = lms.calls.slice(before).filter((call) => call.name === 'SetValue');
    // Nothing but the time moved (it is also part of the saved record).
    expect(sent.map((call) => call.element)).toEqual([
      'cmi.suspend_data',
      version === '2004' ? 'cmi.session_time' : 'cmi.core.session_time',
    ]);
  });

  it('answers ticked during a quiz share one commit within 5 s; a weightier change or a hidden page saves them at once', () => {
    const { lms, model, timers, clock, win } = launch(version);
    model.setTrack('nursing');
    const commits = () => lms.count('Commit');
    const start = commits();
    for (let click = 1; click <= 6; click++) {
      clock.t += 400;
      model.saveQuizDraft('final', { seed: 7, position: 0, answers: [[`o${click}`]] });
    }
    // Six clicks, no commit yet: one save is waiting 5 s.
    expect(commits()).toBe(start);
    expect(timers.delays.at(-1)).toBe(5000);
    timers.runNext();
    expect(commits()).toBe(start + 1);
    expect(lms.stored.at(-1)?.['cmi.suspend_data']).toContain('o6');

    // A lesson completed while an answer waits: saved at once, with the answer; the timer is gone.
    model.saveQuizDraft('final', { seed: 7, position: 1, answers: [['o6'], ['p1']] });
    model.markLessonCompleted('nursing', slugs[0]!);
    expect(commits()).toBe(start + 2);
    expect(lms.stored.at(-1)?.['cmi.suspend_data']).toContain('p1');
    expect(timers.pending).toBe(0);

    // The page hidden while an answer waits: flushed at once.
    model.saveQuizDraft('final', { seed: 7, position: 1, answers: [['o6'], ['p2']] });
    win.document.visibilityState = 'hidden';
    win.fire('document:visibilitychange');
    expect(commits()).toBe(start + 3);
    expect(lms.stored.at(-1)?.['cmi.suspend_data']).toContain('p2');
  });

  it('a permanently refused element costs one SetValue per session and the rest keeps flowing', () => {
    const statusElement = version === '2004' ? 'cmi.completion_status' : 'cmi.core.lesson_status';
    const { lms, model, clock, logs } = launch(version, {
      refuse: (element) => (element === 'cmi.suspend_data' ? (version === '2004' ? '406' : '405') : null),
    });
    model.setTrack('nursing');
    model.markLessonOpened('nursing', slugs[0]!);
    const refusedOnce = lms.count('SetValue', 'cmi.suspend_data');
    expect(refusedOnce).toBe(1);
    // Not sent again this session, whatever the later saves carry.
    clock.t += 1000;
    model.flush();
    model.markLessonCompleted('nursing', slugs[0]!);
    expect(lms.count('SetValue', 'cmi.suspend_data')).toBe(1);
    expect(lms.count('Commit')).toBeGreaterThanOrEqual(3);
    expect(lms.stored.at(-1)?.[statusElement]).toBe('incomplete');
    expect(lms.stored.at(-1)?.[version === '2004' ? 'cmi.location' : 'cmi.core.lesson_location']).toBe(
      undefined,
    );
    expect(model.saveOutcome).toBe('saved');
    const warnings = logs.filter((line) => line.includes('cmi.suspend_data'));
    expect(warnings).toEqual([
      `The LMS refused cmi.suspend_data (saved record of ${lms.sets('cmi.suspend_data')[0]!.length} characters): error ${version === '2004' ? '406' : '405'} error ${version === '2004' ? '406' : '405'}; it is not sent again`,
    ]);
  });

  it('a failing commit is retried with back-off and nothing is dropped', () => {
    const { lms, model, timers } = launch(version, { commits: ['false', 'false', 'false'] });
    model.setTrack('nursing');
    model.markLessonCompleted('nursing', slugs[0]!);
    model.markLessonCompleted('nursing', slugs[1]!);
    while (timers.runNext());
    expect(timers.delays).toEqual([1000, 2000, 4000]);
    expect(model.saveOutcome).toBe('saved');
    const stored = decodeSuspendData(lms.stored.at(-1)!['cmi.suspend_data']!, LessonKeys.of(course));
    expect(stored?.lessons.nursing).toEqual({ [slugs[0]!]: 'completed', [slugs[1]!]: 'completed' });
  });

  it.each([
    ['false with error 0', 'false0'],
    ['an exception', 'throw'],
  ])('a commit that fails with %s is transient: retried, then stored', (_, failure) => {
    const { lms, model, timers } = launch(version, { commits: [failure] });
    model.markLessonCompleted('nursing', slugs[0]!);
    expect(model.saveOutcome).toBe('retrying');
    timers.runNext();
    expect(model.saveOutcome).toBe('saved');
    expect(lms.stored.at(-1)?.['cmi.suspend_data']).toContain(course.lessons[0]!.id);
  });

  it('a refused interaction field is sent once; the other interactions are all journaled', () => {
    const responseField = version === '2004' ? 'learner_response' : 'student_response';
    const { lms, model, clock } = launch(version, {
      refuse: (element) =>
        element === `cmi.interactions.3.${responseField}` ? (version === '2004' ? '406' : '405') : null,
    });
    wholeCourse(model, clock);
    model.finish();
    expect(lms.count('SetValue', /^cmi\.interactions\.3\./)).toBeGreaterThan(1);
    expect(lms.count('SetValue', `cmi.interactions.3.${responseField}`)).toBe(1);
    expect(lms.count('SetValue', /^cmi\.interactions\.\d+\.id$/)).toBe(20);
    expect(lms.stored.at(-1)?.['cmi.interactions.19.result']).toBe('correct');
  });

  it('review mode: reads, shows, and writes nothing; the session ends with Terminate alone', () => {
    const mode = version === '2004' ? 'cmi.mode' : 'cmi.core.lesson_mode';
    const { lms, model, win } = launch(version, { preload: { [mode]: 'review' } });
    model.setTrack('nursing');
    model.markLessonCompleted('nursing', slugs[0]!);
    model.setLocation(`/nursing/${slugs[1]}`);
    model.recordQuizAttempt(attempt({ percent: 100 }));
    win.fire('pagehide');
    expect(lms.count('SetValue')).toBe(0);
    expect(lms.count('Commit')).toBe(0);
    expect(lms.calls.at(-1)).toEqual({ name: 'Terminate', result: 'true' });
  });

  it('unload: the end of the session is one request, Terminate without a Commit before it', () => {
    const { lms, model, win, clock } = launch(version);
    model.markLessonOpened('nursing', slugs[0]!);
    clock.t += 30_000;
    win.fire('pagehide');
    const lastCommit = lms.calls.map((call) => call.name).lastIndexOf('Commit');
    const terminate = lms.calls.findIndex((call) => call.name === 'Terminate');
    const between = lms.calls.slice(lastCommit + 1, terminate);
    expect(between.length).toBeGreaterThan(0);
    expect(between.every((call) => call.name === 'SetValue')).toBe(true);
    expect(between.map((call) => call.element)).toContain(
      version === '2004' ? 'cmi.session_time' : 'cmi.core.session_time',
    );
    expect(lms.stored.at(-1)?.[version === '2004' ? 'cmi.exit' : 'cmi.core.exit']).toBe('suspend');
    win.fire('pagehide');
    expect(lms.count('Terminate')).toBe(1);
  });
});

describe('SCORM 2004', () => {
  it('objective ids the LMS refuses cost one SetValue each per session, not one per save', () => {
    const { lms, model, clock, logs } = launch('2004', {
      refuse: (element) => (/^cmi\.objectives\.\d+\.id$/.test(element) ? '406' : null),
    });
    wholeCourse(model, clock);
    model.finish();
    expect(lms.count('SetValue', /^cmi\.objectives\.\d+\.id$/)).toBe(slugs.length);
    expect(lms.count('SetValue', /^cmi\.objectives\.\d+\.completion_status$/)).toBe(0);
    expect(lms.stored.at(-1)?.['cmi.completion_status']).toBe('completed');
    expect(lms.stored.at(-1)?.['cmi.success_status']).toBe('passed');
    expect(logs.filter((line) => /refused cmi\.objectives/.test(line))).toHaveLength(1);
  });

  it('relaunch: an objective id the LMS cannot return (301) reads as absent, is logged once, and resume works', () => {
    const first = launch('2004');
    first.model.setTrack('nursing');
    first.model.markLessonCompleted('nursing', slugs[0]!);
    first.model.setLocation(`/nursing/${slugs[1]}`);
    const held = { ...first.lms.stored.at(-1)!, 'cmi.entry': 'resume', 'cmi.objectives._count': '6' };
    const { lms, model, logs } = launch('2004', { preload: held, failGet: { 'cmi.objectives.0.id': '301' } });
    expect(model.resumeLocation).toBe(`/nursing/${slugs[1]}`);
    expect(model.lessonStatus('nursing', slugs[0]!)).toBe('completed');
    expect(logs.filter((line) => line.includes('cmi.objectives.0.id'))).toHaveLength(1);
    model.markLessonCompleted('nursing', slugs[1]!);
    // The unreadable slot is never reused: its objective goes to the next free index.
    expect(lms.sets(/^cmi\.objectives\.\d+\.id$/)).toEqual(['lessonLesson1']);
    expect(lms.calls.filter((c) => c.element === 'cmi.objectives.6.id')).toHaveLength(1);
  });

  it('review of a completed attempt with empty suspend_data shows the LMS standing honestly', () => {
    const { lms, model } = launch('2004', {
      preload: {
        'cmi.mode': 'review',
        'cmi.entry': 'ab-initio',
        'cmi.credit': 'no-credit',
        'cmi.completion_status': 'completed',
        'cmi.success_status': 'passed',
        'cmi.score.raw': '100',
        'cmi.score.scaled': '1',
        'cmi.objectives._count': '6',
        ...Object.fromEntries(
          course.lessons.flatMap((lesson, n) => [
            [`cmi.objectives.${n}.id`, expectedLmsIdentifier(`lesson-${lesson.id}`)],
            [`cmi.objectives.${n}.completion_status`, 'completed'],
          ]),
        ),
      },
    });
    const report = model.report('nursing');
    expect(report.finalBest).toBe(100);
    expect(report.finalPassed).toBe(true);
    expect(report.lessonsCompleted).toBe(6);
    expect(report.courseComplete).toBe(true);
    expect(model.mode).toBe('review');
    model.finish();
    expect(lms.count('SetValue')).toBe(0);
  });
});

describe('SCORM 1.2 completion race', () => {
  it('the passed status is committed before the score is sent', () => {
    const { lms, model, clock } = launch('1.2', { preload: { 'cmi.student_data.mastery_score': '80' } });
    wholeCourse(model, clock);
    const names = lms.calls.map((call) => `${call.name} ${call.element ?? ''}`.trim());
    const passed = lms.calls.findIndex(
      (call) => call.element === 'cmi.core.lesson_status' && call.value === 'passed',
    );
    const raw = names.indexOf('SetValue cmi.core.score.raw');
    expect(passed).toBeGreaterThan(-1);
    expect(raw).toBeGreaterThan(passed);
    expect(names.slice(passed, raw)).toContain('Commit');
    expect(lms.stored.at(-1)?.['cmi.core.score.raw']).toBe('100');
    expect(lms.stored.at(-1)?.['cmi.core.lesson_status']).toBe('passed');
  });
});
