// The language a learner chose for the patient track: kept in suspend_data (`g`) beside the rest of
// the record, read back on the next launch; a record written before the field existed still loads
// (as "never chose"); a review launch keeps the choice in the browser only and writes no record.
import { describe, expect, it } from 'vitest';
import { Scorm2004API } from './scorm-again';
import { ProgressModel, type ProgressEnvironment } from '../../../src/lib/progress/progress.svelte';
import { LessonKeys } from '../../../src/lib/progress/lesson-keys';
import { emptyState } from '../../../src/lib/progress/progress-state';
import { decodeSuspendData, encodeSuspendData } from '../../../src/lib/progress/suspend-codec';
import { fakeWindow, MemoryStorage, outline } from './fixtures';

const course = outline(2, 80);
const slugs = course.lessons.map((l) => l.slug);
const keys = LessonKeys.of(course);

function lms(preload: Record<string, unknown> = {}) {
  const api = new Scorm2004API({ autocommit: false, logLevel: 5 });
  api.loadFromJSON({ learner_name: 'Doe, Jane', mode: 'normal', credit: 'credit', ...preload });
  return api;
}

function launch(api: unknown, storage = new MemoryStorage()) {
  const model = new ProgressModel();
  model.start(course, {
    window: fakeWindow({ API_1484_11: api }) as ProgressEnvironment['window'],
    storage: () => storage,
    now: () => 0,
    log: () => {},
  });
  return model;
}

const suspendData = (api: ReturnType<typeof lms>) =>
  (api.getFlattenedCMI() as Record<string, string>)['cmi.suspend_data'] ?? '';

describe('the chosen language in the learner record', () => {
  it('reads a record written before the language was kept, as "never chose"', () => {
    // Written by the previous version: format 2, no `g`.
    const previous = `{"v":2,"t":"p","k":{"${keys.idOf(slugs[0]!)}":"-c"},"o":"/patient/${keys.idOf(slugs[0]!)}","s":95,"u":1700000000}`;
    const state = decodeSuspendData(previous, keys);
    expect(state?.language).toBeNull();
    expect(state?.lessons.patient).toEqual({ [slugs[0]!]: 'completed' });
    expect(state?.location).toBe(`/patient/${slugs[0]}`);
    const model = launch(lms({ entry: 'resume', suspend_data: previous }));
    expect(model.chosenLanguage).toBeNull();
    expect(model.lessonStatus('patient', slugs[0]!)).toBe('completed');
  });

  it('writes the choice as `g` and reads it back, a Spanish place included', () => {
    const state = emptyState();
    state.language = 'es';
    state.location = `/es/patient/${slugs[1]}`;
    const text = encodeSuspendData(state, keys);
    expect(JSON.parse(text)).toMatchObject({ g: 'es', o: `/es/patient/${keys.idOf(slugs[1]!)}` });
    expect(decodeSuspendData(text, keys)).toEqual(state);
  });

  it('saves a choice to the LMS at once and opens the next launch in it', () => {
    const api = lms();
    const model = launch(api);
    model.setLanguage('es');
    expect(JSON.parse(suspendData(api))).toMatchObject({ g: 'es' });
    const next = launch(lms({ entry: 'resume', suspend_data: suspendData(api) }));
    expect(next.chosenLanguage).toBe('es');
  });

  it('remembers the choice in this browser when the record has none', () => {
    const storage = new MemoryStorage();
    const model = launch(lms(), storage);
    model.setLanguage('es');
    expect(launch(lms(), storage).chosenLanguage).toBe('es');
  });

  it('writes no record from a review launch, and keeps the choice in the browser only', () => {
    const storage = new MemoryStorage();
    const api = lms({ mode: 'review' });
    const model = launch(api, storage);
    model.setLanguage('es');
    expect(model.record.language).toBeNull();
    expect(suspendData(api)).toBe('');
    expect(model.chosenLanguage).toBe('es');
  });
});
