// Faults the learner must survive without losing progress (issue 6, "Saving and faults"): no API,
// Initialize refused, Commit failing then recovering, SetValue errors, unreadable suspend_data,
// storage blocked or full, and the same standalone course open in two tabs.
import { describe, expect, it } from 'vitest';
import { Scorm2004API } from './scorm-again';
import { ProgressModel, type ProgressEnvironment } from '../../../src/lib/progress/progress.svelte';
import { notices } from '../../../src/lib/progress/progress-notices';
import { RETRY_DELAYS_MS } from '../../../src/lib/progress/save-scheduler';
import { LessonKeys } from '../../../src/lib/progress/lesson-keys';
import { decodeSuspendData } from '../../../src/lib/progress/suspend-codec';
import { fakeWindow, ManualTimers, MemoryStorage, outline } from './fixtures';

const course = outline(3);
const [first, second, third] = course.lessons.map((l) => l.slug) as [string, string, string];

/** A hand-made SCORM 2004 API whose answers each test can rig. */
function fakeApi2004(
  rig: {
    initialize?: string;
    commitResults?: string[];
    refuse?: Record<string, string>;
    throwOn?: string;
  } = {},
) {
  const values: Record<string, string> = {};
  const calls: string[] = [];
  const commits: Array<Record<string, string>> = [];
  let lastError = '0';
  const commitResults = [...(rig.commitResults ?? [])];
  return {
    values,
    calls,
    commits,
    Initialize: () => (
      calls.push('Initialize'),
      (lastError = rig.initialize === 'false' ? '102' : '0'),
      rig.initialize ?? 'true'
    ),
    GetValue: (el: string) => {
      if (el in values) return ((lastError = '0'), values[el]);
      lastError = '403';
      return '';
    },
    SetValue: (el: string, value: string) => {
      if (rig.throwOn && el.startsWith(rig.throwOn)) throw new Error('LMS exploded');
      const code = rig.refuse?.[el];
      if (code) return ((lastError = code), 'false');
      values[el] = value;
      lastError = '0';
      return 'true';
    },
    Commit: () => {
      calls.push('Commit');
      const result = commitResults.shift() ?? 'true';
      lastError = result === 'true' ? '0' : '391';
      if (result === 'true') commits.push({ ...values });
      return result;
    },
    Terminate: () => (calls.push('Terminate'), 'true'),
    GetLastError: () => lastError,
    GetErrorString: (code: string) =>
      ({
        '102': 'General Initialization Failure',
        '391': 'General Commit Failure',
        '406': 'Data Model Element Type Mismatch',
      })[code] ?? 'Unknown',
    GetDiagnostic: () => '',
  };
}

function launch(
  globals: Record<string, unknown>,
  storage: MemoryStorage | (() => Storage) = new MemoryStorage(),
  timers = new ManualTimers(),
) {
  const win = fakeWindow(globals);
  const logs: string[] = [];
  const model = new ProgressModel();
  model.start(course, {
    window: win as ProgressEnvironment['window'],
    storage: typeof storage === 'function' ? storage : () => storage,
    now: () => 0,
    log: (m) => logs.push(m),
    timers,
  });
  return { model, win, logs, timers };
}

describe('progress survives faults', () => {
  it('no API found: saves in this browser, no notice needed', () => {
    const storage = new MemoryStorage();
    const { model } = launch({}, storage);
    expect(model.saveTarget).toBe('browser');
    model.markLessonCompleted('nursing', first);
    expect(launch({}, storage).model.lessonStatus('nursing', first)).toBe('completed');
  });

  it('Initialize returns false: tells the learner, logs the error, keeps saving in this browser', () => {
    const api = fakeApi2004({ initialize: 'false' });
    const { model, logs } = launch({ API_1484_11: api });
    expect(model.saveTarget).toBe('browser');
    expect(model.notice).toBe(notices.lmsUnavailable);
    expect(logs.join('\n')).toMatch(/Initialize failed: error 102 General Initialization Failure/);
    model.markLessonCompleted('nursing', first);
    expect(model.lessonStatus('nursing', first)).toBe('completed');
    expect(api.calls).toEqual(['Initialize']);
  });

  it('Commit fails several times then recovers: retried with backoff, nothing dropped, no loop', () => {
    const api = fakeApi2004({ commitResults: ['false', 'false', 'false'] });
    const { model, timers, logs } = launch({ API_1484_11: api });
    model.setTrack('nursing');
    expect(model.saveOutcome).toBe('retrying');
    // Changes made while a retry waits do not each hammer the LMS...
    model.markLessonCompleted('nursing', first);
    model.markLessonCompleted('nursing', second);
    expect(api.calls.filter((c) => c === 'Commit')).toHaveLength(1);
    while (timers.runNext());
    expect(timers.delays).toEqual(RETRY_DELAYS_MS.slice(0, 3));
    expect(api.calls.filter((c) => c === 'Commit')).toHaveLength(4);
    expect(model.saveOutcome).toBe('saved');
    // ...and the commit that finally succeeds carries every one of them.
    const saved = decodeSuspendData(api.commits.at(-1)!['cmi.suspend_data']!, LessonKeys.of(course));
    expect(saved?.lessons.nursing).toEqual({ [first]: 'completed', [second]: 'completed' });
    // Said once, not once per retry.
    expect(logs.filter((l) => /Commit failed: error 391 General Commit Failure/.test(l))).toHaveLength(1);
  });

  it('Commit that never recovers stops retrying, tells the learner, and tries again on the next change', () => {
    const api = fakeApi2004({ commitResults: Array(50).fill('false') });
    const { model, timers } = launch({ API_1484_11: api });
    model.markLessonCompleted('nursing', first);
    let rounds = 0;
    while (timers.runNext()) rounds++;
    expect(rounds).toBe(RETRY_DELAYS_MS.length);
    expect(model.saveOutcome).toBe('failed');
    expect(model.notice).toBe(notices.commitFailed);
    const before = api.calls.length;
    model.markLessonCompleted('nursing', second);
    expect(api.calls.length).toBe(before + 1);
  });

  it('SetValue errors are logged with the error string and never crash', () => {
    const api = fakeApi2004({ refuse: { 'cmi.progress_measure': '406' }, throwOn: 'cmi.objectives' });
    const { model, logs } = launch({ API_1484_11: api });
    expect(() => model.markLessonCompleted('nursing', first)).not.toThrow();
    expect(logs.join('\n')).toMatch(
      /The LMS refused cmi.progress_measure \(number\): error 406 Data Model Element Type Mismatch; it is not sent again/,
    );
    expect(logs.join('\n')).toMatch(/SetValue cmi.objectives.* threw: LMS exploded/);
    expect(api.values['cmi.completion_status']).toBe('incomplete');
    expect(api.calls).toContain('Commit');
  });

  it('malformed suspend_data from the LMS: starts clean, tells the learner, keeps the LMS copy until there is progress', () => {
    const api = new Scorm2004API({ autocommit: false, logLevel: 5 });
    api.loadFromJSON({
      entry: 'resume',
      location: '/nursing/x',
      suspend_data: '{"v":1,"l":{"n":"01c',
      mode: 'normal',
    });
    const { model } = launch({ API_1484_11: api });
    expect(model.notice).toBe(notices.unreadableRecord);
    expect(model.lessonStatus('nursing', first)).toBe('not-started');
    model.setLocation('/nursing/y');
    expect(api.GetValue('cmi.suspend_data')).toBe('{"v":1,"l":{"n":"01c');
    model.markLessonOpened('nursing', first);
    const saved = decodeSuspendData(api.GetValue('cmi.suspend_data'), LessonKeys.of(course));
    expect(saved?.lessons.nursing[first]).toBe('in-progress');
  });

  it('storage unavailable: keeps going in memory and says so', () => {
    const { model } = launch({}, () => {
      throw new DOMException('blocked', 'SecurityError');
    });
    expect(model.saveTarget).toBe('memory');
    expect(model.notice).toBe(notices.storageBlocked);
    model.markLessonCompleted('patient', first);
    expect(model.lessonStatus('patient', first)).toBe('completed');
  });

  it('storage full mid-session: switches to memory, says so, loses nothing in this session', () => {
    const storage = new MemoryStorage();
    const { model } = launch({}, storage);
    model.markLessonCompleted('patient', first);
    storage.refuse = true;
    model.markLessonCompleted('patient', second);
    expect(model.saveTarget).toBe('memory');
    expect(model.notice).toBe(notices.storageLost);
    expect(model.lessonStatus('patient', second)).toBe('completed');
  });

  it('two tabs: the last writer keeps the other tab’s completed lessons, and a storage event merges them in', () => {
    const storage = new MemoryStorage();
    const tabA = launch({}, storage);
    const tabB = launch({}, storage);
    tabA.model.markLessonCompleted('nursing', first);
    tabB.model.markLessonCompleted('nursing', second);
    const key = `course:${course.course.id}:progress`;
    const stored = decodeSuspendData(storage.getItem(key)!, LessonKeys.of(course));
    expect(stored?.lessons.nursing).toEqual({ [first]: 'completed', [second]: 'completed' });
    expect(tabB.model.lessonStatus('nursing', first)).toBe('completed');

    storage.setItem(key, storage.getItem(key)!); // (setItem does not notify the writing tab itself)
    tabA.model.markLessonCompleted('nursing', third);
    tabB.win.fire('storage', { key, newValue: storage.getItem(key) });
    expect(tabB.model.lessonStatus('nursing', third)).toBe('completed');
    expect(tabA.model.lessonStatus('nursing', second)).toBe('completed');
  });

  it('two tabs: merging the other tab’s copy never counts this session’s time twice', () => {
    const storage = new MemoryStorage();
    const clock = { t: 0 };
    const model = new ProgressModel();
    model.start(course, { window: null, storage: () => storage, now: () => clock.t });
    const other = new ProgressModel();
    other.start(course, { window: null, storage: () => storage, now: () => 0 });
    other.markLessonCompleted('nursing', first);
    clock.t = 60_000;
    model.markLessonCompleted('nursing', second);
    model.markLessonCompleted('nursing', third);
    expect(model.timeSpentSeconds()).toBe(60);
    const key = `course:${course.course.id}:progress`;
    expect(decodeSuspendData(storage.getItem(key)!, LessonKeys.of(course))?.secondsBefore).toBe(60);
  });

  it('commits when the page is hidden and terminates exactly once on unload', () => {
    const api = fakeApi2004();
    const { model, win } = launch({ API_1484_11: api });
    model.markLessonOpened('nursing', first);
    const commits = api.calls.filter((c) => c === 'Commit').length;
    (win.document as { visibilityState: string }).visibilityState = 'hidden';
    win.fire('document:visibilitychange');
    expect(api.calls.filter((c) => c === 'Commit').length).toBe(commits + 1);
    win.fire('pagehide');
    win.fire('pagehide');
    model.finish();
    expect(api.calls.filter((c) => c === 'Terminate')).toHaveLength(1);
    expect(api.values['cmi.exit']).toBe('suspend');
    model.markLessonCompleted('nursing', second);
    expect(api.calls.at(-1)).toBe('Terminate');
  });
});
