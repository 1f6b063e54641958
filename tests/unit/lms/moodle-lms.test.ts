// The Moodle-like test LMS's store (tests/support/moodle-lms.ts) launches and stores as Moodle 4.4 does:
// review after a finished attempt, 2004 resume only after exit=suspend, 1.2 completion checked when the
// score arrives, Moodle's field names. The e2e specs rely on these rules, so they are pinned here.
import { describe, expect, it } from 'vitest';
import {
  elementFromField,
  launchValues,
  storeTracks,
  type AttemptRecord,
  type LaunchOptions,
} from '../../support/moodle-lms';

const options2004: LaunchOptions = {
  version: '2004',
  passing: '0.8',
  threshold: '1.0',
  primaryObjective: 'PRIMARYOBJ',
  learnerId: 'learner1',
  learnerName: 'Doe, Jane',
};
const options12: LaunchOptions = { ...options2004, version: '1.2', passing: '80', threshold: '' };

const attempt = (version: '1.2' | '2004', tracks: Record<string, string>): AttemptRecord => ({
  version,
  tracks,
  requests: [],
  completionPassed: false,
  launches: [],
  outage: 0,
  failedPosts: 0,
});
const request = { bytes: 0, via: 'xhr' as const, elements: [] };

describe('Moodle-like LMS launch data', () => {
  it('SCORM 2004: a first launch is normal, with credit, ab-initio, the manifest values and the primary objective', () => {
    const values = launchValues(undefined, options2004);
    expect(values).toMatchObject({
      'cmi.mode': 'normal',
      'cmi.credit': 'credit',
      'cmi.entry': 'ab-initio',
      'cmi.scaled_passing_score': '0.8',
      'cmi.completion_threshold': '1.0',
      'cmi.completion_status': 'unknown',
      'cmi.success_status': 'unknown',
      'cmi.total_time': 'PT0H0M0S',
      'cmi.objectives.0.id': 'PRIMARYOBJ',
    });
  });

  it('SCORM 2004: after exit=suspend everything comes back but session_time, with entry resume', () => {
    const values = launchValues(
      attempt('2004', {
        'cmi.exit': 'suspend',
        'cmi.location': '/nursing/a',
        'cmi.suspend_data': 'x',
        'cmi.completion_status': 'incomplete',
        'cmi.session_time': 'PT5S',
        'cmi.total_time': 'PT9S',
      }),
      options2004,
    );
    expect(values).toMatchObject({
      'cmi.entry': 'resume',
      'cmi.mode': 'normal',
      'cmi.location': '/nursing/a',
      'cmi.suspend_data': 'x',
      'cmi.total_time': 'PT9S',
    });
    expect(values['cmi.session_time']).toBeUndefined();
  });

  it('SCORM 2004: a completed attempt reopens in review, ab-initio, without place or record, status and score readable', () => {
    const values = launchValues(
      attempt('2004', {
        'cmi.exit': 'normal',
        'cmi.location': '/quiz/final',
        'cmi.suspend_data': 'x',
        'cmi.completion_status': 'completed',
        'cmi.success_status': 'passed',
        'cmi.score.raw': '100',
        'cmi.interactions.0.id': 'ae023',
      }),
      options2004,
    );
    expect(values).toMatchObject({
      'cmi.mode': 'review',
      'cmi.credit': 'no-credit',
      'cmi.entry': 'ab-initio',
      'cmi.completion_status': 'completed',
      'cmi.success_status': 'passed',
      'cmi.score.raw': '100',
    });
    expect(values['cmi.location']).toBeUndefined();
    expect(values['cmi.suspend_data']).toBeUndefined();
    expect(values['cmi.interactions.0.id']).toBeUndefined();
  });

  it('SCORM 1.2: tracks always come back; entry resume only after suspend; a passed attempt reopens in review', () => {
    const suspended = launchValues(
      attempt('1.2', {
        'cmi.core.lesson_status': 'incomplete',
        'cmi.core.exit': 'suspend',
        'cmi.suspend_data': 'x',
      }),
      options12,
    );
    expect(suspended).toMatchObject({
      'cmi.core.entry': 'resume',
      'cmi.core.lesson_mode': 'normal',
      'cmi.suspend_data': 'x',
      'cmi.student_data.mastery_score': '80',
    });
    const passed = launchValues(
      attempt('1.2', { 'cmi.core.lesson_status': 'passed', 'cmi.core.exit': '', 'cmi.suspend_data': 'x' }),
      options12,
    );
    expect(passed).toMatchObject({
      'cmi.core.entry': '',
      'cmi.core.lesson_mode': 'review',
      'cmi.core.credit': 'no-credit',
      'cmi.suspend_data': 'x',
    });
    expect(launchValues(undefined, options12)['cmi.core.entry']).toBe('ab-initio');
  });
});

describe('Moodle-like LMS store', () => {
  it('SCORM 1.2: completion is checked when the score arrives, against the status stored so far', () => {
    const raced = attempt('1.2', { 'cmi.core.lesson_status': 'incomplete' });
    storeTracks(
      raced,
      [
        ['cmi.core.score.raw', '100'],
        ['cmi.core.lesson_status', 'passed'],
      ],
      request,
    );
    expect(raced.tracks['cmi.core.lesson_status']).toBe('passed');
    expect(raced.completionPassed).toBe(false);

    const inOrder = attempt('1.2', { 'cmi.core.lesson_status': 'incomplete' });
    storeTracks(inOrder, [['cmi.core.lesson_status', 'passed']], request);
    storeTracks(inOrder, [['cmi.core.score.raw', '100']], request);
    expect(inOrder.completionPassed).toBe(true);
  });

  it("reads Moodle's posted field names back as elements", () => {
    expect(elementFromField('cmi__core__lesson_status')).toBe('cmi.core.lesson_status');
    expect(elementFromField('cmi__interactions__12__correct_responses__0__pattern')).toBe(
      'cmi.interactions.12.correct_responses.0.pattern',
    );
    expect(elementFromField('cmi__interactions_3__id')).toBe('cmi.interactions.3.id');
  });
});
