// The learner's record keys lessons by their stable id, never by folder: a record written by course
// 1.0.0 (format 1, lessons by folder number) and one written now both load into a course whose folders
// were renumbered, reordered and renamed, with a lesson added and two removed, keeping every
// completion that still has a lesson and the learner's place.
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/lib/course/load-content';
import { LessonKeys } from '../../../src/lib/progress/lesson-keys';
import {
  ProgressModel,
  type CourseOutline,
  type ProgressEnvironment,
} from '../../../src/lib/progress/progress.svelte';
import { decodeSuspendData } from '../../../src/lib/progress/suspend-codec';
import { fakeLms, globalsFor, type Version } from './fake-lms';
import { fakeWindow, MemoryStorage, outline } from './fixtures';

/** Written by course 1.0.0's codec (git 8ee9e65) for a nursing learner part-way through. */
const RECORD_1_0_0 =
  '{"v":1,"t":"n","l":{"n":"01c02c04c06i","p":"01c03i"},"q":{"indications":[2,85.71,85.71,[57.14,85.71]],' +
  '"final":[1,65,65,[65]]},"d":{"adverse-effects":[90210,2,[["b"],["a","c"],null]]},"f":"final",' +
  '"o":"/nursing/06-side-effects-and-monitoring","s":2712,"u":1795000000}';
const LOCATION_1_0_0 = '/nursing/06-side-effects-and-monitoring';

/** The shipped table of what 1.0.0's folder numbers were (lessons/course.yaml). */
const shipped = loadContent(process.cwd()).course;

/** A later course: folders renumbered, reordered and renamed, one lesson added, two removed. */
function changedCourse(): CourseOutline {
  const base = outline(1);
  const lessons = [
    { id: 'her2-biology', slug: '01-what-is-her2' },
    { id: 'her2-testing', slug: '02-testing' },
    { id: 'how-herceptin-works', slug: '03-how-it-works' },
    { id: 'side-effects-and-monitoring', slug: '04-monitoring' },
    { id: 'biosimilars', slug: '05-biosimilars' },
  ];
  return {
    course: {
      ...base.course,
      lessons: lessons.map(({ id, slug }) => ({ id, folder: slug })),
      version1LessonNumbers: shipped.version1LessonNumbers,
    },
    lessons: lessons.map((lesson, i) => ({ ...lesson, number: i + 1, tracks: base.lessons[0]!.tracks })),
  };
}

describe('the table of 1.0.0 lesson numbers', () => {
  it('says what each folder number of 1.0.0 was', () => {
    expect(shipped.version1LessonNumbers).toEqual({
      '01': 'her2-biology',
      '02': 'how-herceptin-works',
      '03': 'her2-testing',
      '04': 'indications-and-regimens',
      '05': 'giving-herceptin-safely',
      '06': 'side-effects-and-monitoring',
    });
  });
});

describe('a 1.0.0 record in a changed course', () => {
  it('decodes with every remaining completion, scores, draft, time and place', () => {
    const state = decodeSuspendData(RECORD_1_0_0, LessonKeys.of(changedCourse()))!;
    expect(state.track).toBe('nursing');
    expect(state.lessons).toEqual({
      nursing: {
        '01-what-is-her2': 'completed',
        '03-how-it-works': 'completed',
        '04-monitoring': 'in-progress',
      },
      patient: { '01-what-is-her2': 'completed', '02-testing': 'in-progress' },
    });
    expect(state.quizzes.final).toEqual({ attempts: 1, best: 65, last: 65, history: [65] });
    expect(state.quizzes.indications?.best).toBe(85.71);
    expect(state.drafts['adverse-effects']).toEqual({
      seed: 90210,
      position: 2,
      answers: [['b'], ['a', 'c'], null],
    });
    expect(state.location).toBe('/nursing/04-monitoring');
    expect(state.secondsBefore).toBe(2712);
  });

  it('still decodes in the course as shipped, folder for folder', () => {
    const content = loadContent(process.cwd());
    const state = decodeSuspendData(RECORD_1_0_0, LessonKeys.of(content))!;
    expect(state.lessons.nursing).toEqual({
      '01-her2-biology': 'completed',
      '02-how-herceptin-works': 'completed',
      '04-indications-and-regimens': 'completed',
      '06-side-effects-and-monitoring': 'in-progress',
    });
    expect(state.location).toBe(LOCATION_1_0_0);
  });

  it.each<Version>(['2004', '1.2'])(
    'SCORM %s: resumes at the place, then saves the record and place by lesson id',
    (version) => {
      const locationElement = version === '2004' ? 'cmi.location' : 'cmi.core.lesson_location';
      const lms = fakeLms(version, {
        preload: {
          [version === '2004' ? 'cmi.entry' : 'cmi.core.entry']: 'resume',
          'cmi.suspend_data': RECORD_1_0_0,
          [locationElement]: LOCATION_1_0_0,
        },
      });
      const course = changedCourse();
      const model = new ProgressModel();
      model.start(course, {
        window: fakeWindow(globalsFor(version, lms.api)) as ProgressEnvironment['window'],
        storage: () => new MemoryStorage(),
        now: () => 0,
        log: () => {},
      });
      expect(model.resumeLocation).toBe('/nursing/04-monitoring');
      expect(model.lessonStatus('nursing', '03-how-it-works')).toBe('completed');
      expect(model.report('nursing').lessonsCompleted).toBe(2);
      model.markLessonCompleted('nursing', '04-monitoring');

      const saved = lms.stored.at(-1)!;
      expect(JSON.parse(saved['cmi.suspend_data']!)).toMatchObject({
        v: 2,
        k: {
          'her2-biology': 'cc',
          'how-herceptin-works': 'c-',
          'her2-testing': '-i',
          'side-effects-and-monitoring': 'c-',
        },
        o: '/nursing/side-effects-and-monitoring',
      });
      expect(saved[locationElement]).toBe('/nursing/side-effects-and-monitoring');
      if (version === '2004') {
        const objectives = Object.entries(saved)
          .filter(([element]) => /^cmi\.objectives\.\d+\.id$/.test(element))
          .map(([, id]) => id);
        expect(objectives).toEqual([
          'lessonHer2Biology',
          'lessonHer2Testing',
          'lessonHowHerceptinWorks',
          'lessonSideEffectsAndMonitoring',
          'lessonBiosimilars',
        ]);
      }

      // ...and that record survives the next reshuffle too: folders renamed again.
      const again = new LessonKeys([
        { id: 'side-effects-and-monitoring', slug: '01-side-effects' },
        { id: 'how-herceptin-works', slug: '02-mechanism' },
        { id: 'her2-biology', slug: '03-biology' },
      ]);
      const next = decodeSuspendData(saved['cmi.suspend_data']!, again)!;
      expect(next.lessons.nursing).toEqual({
        '01-side-effects': 'completed',
        '02-mechanism': 'completed',
        '03-biology': 'completed',
      });
      expect(next.location).toBe('/nursing/01-side-effects');
      expect(again.pathOf(saved[locationElement]!)).toBe('/nursing/01-side-effects');
    },
  );

  it('a saved place whose lesson was removed is dropped, not guessed', () => {
    const keys = LessonKeys.of(changedCourse());
    expect(keys.pathOf('/nursing/05-giving-herceptin-safely')).toBe('');
    expect(keys.pathOf('/nursing/giving-herceptin-safely')).toBe('');
    expect(keys.pathOf('/quiz/final')).toBe('/quiz/final');
  });
});
