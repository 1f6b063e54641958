// SCORM value formats: time spans, timestamps and interaction fields per version (docs/lms-behaviour.md §3).
import { describe, expect, it } from 'vitest';
import { interactionFields12, interactionFields2004 } from '../../../src/lib/progress/interaction-format';
import {
  iso8601Duration,
  scorm12Timespan,
  scorm12TimeOfDay,
  scorm2004Timestamp,
} from '../../../src/lib/progress/scorm-time';
import { interaction } from './fixtures';

const asMap = (fields: Array<[string, string]>) => Object.fromEntries(fields);

describe('time formats', () => {
  it.each([
    [0, '0000:00:00.00', 'PT0S'],
    [59.5, '0000:00:59.50', 'PT59.5S'],
    [750.5, '0000:12:30.50', 'PT12M30.5S'],
    [3723.45, '0001:02:03.45', 'PT1H2M3.45S'],
    [3600, '0001:00:00.00', 'PT1H'],
  ])('%s s → 1.2 %s, 2004 %s', (seconds, v12, v2004) => {
    expect(scorm12Timespan(seconds)).toBe(v12);
    expect(iso8601Duration(seconds)).toBe(v2004);
  });

  it('caps 1.2 hours at four digits', () => {
    expect(scorm12Timespan(20_000 * 3600)).toMatch(/^9999:59:59\.\d\d$/);
  });

  it('writes 1.2 time of day and 2004 timestamps', () => {
    expect(scorm12TimeOfDay('2026-11-27T10:11:12.345Z')).toBe('10:11:12');
    expect(scorm2004Timestamp('2026-11-27T10:11:12.345Z')).toBe('2026-11-27T10:11:12.34Z');
    expect(scorm12TimeOfDay('not a date')).toBe('00:00:00');
  });
});

describe('SCORM 1.2 interactions', () => {
  it('writes a choice with single-character ids, correct/wrong and CMITimespan latency', () => {
    const fields = interactionFields12(interaction({ response: ['a', 'c'], correct: ['a', 'd'], credit: 0 }));
    expect(fields[0]).toEqual(['id', 'ind001']);
    expect(asMap(fields)).toMatchObject({
      type: 'choice',
      student_response: 'a,c',
      'correct_responses.0.pattern': 'a,d',
      result: 'wrong',
      latency: '0000:00:12.50',
      time: '10:11:12',
      weighting: '1',
    });
  });

  it('writes true-false as t/f and matching as 1.a pairs', () => {
    expect(
      asMap(interactionFields12(interaction({ kind: 'true-false', response: ['false'], correct: ['true'] }))),
    ).toMatchObject({
      student_response: 'f',
      'correct_responses.0.pattern': 't',
    });
    expect(
      asMap(
        interactionFields12(
          interaction({ kind: 'matching', response: ['a.1', 'b.2'], correct: ['a.1', 'b.3'] }),
        ),
      ),
    ).toMatchObject({
      type: 'matching',
      student_response: 'a.1,b.2',
    });
  });

  it('reports multi-character choice ids as fill-in text in the one identifier scheme', () => {
    const fields = asMap(interactionFields12(interaction({ response: ['opt-a'], correct: ['opt-b'] })));
    expect(fields).toMatchObject({
      type: 'fill-in',
      student_response: 'optA',
      'correct_responses.0.pattern': 'optB',
    });
  });

  it('drops spaces from identifiers and writes partial credit as a decimal result', () => {
    const fields = asMap(interactionFields12(interaction({ id: 'item 7', credit: 0.5 })));
    expect(fields.id).toBe('item7');
    expect(fields.result).toBe('0.5');
  });
});

describe('SCORM 2004 interactions', () => {
  it('orders id before type before responses (RTE 408) and uses [,] and incorrect', () => {
    const fields = interactionFields2004(interaction({ response: ['b', 'd'], correct: ['b'], credit: 0 }));
    const names = fields.map(([name]) => name);
    expect(names.indexOf('id')).toBe(0);
    expect(names.indexOf('type')).toBeLessThan(names.indexOf('learner_response'));
    expect(asMap(fields)).toMatchObject({
      type: 'choice',
      learner_response: 'b[,]d',
      'correct_responses.0.pattern': 'b',
      result: 'incorrect',
      latency: 'PT12.5S',
      timestamp: '2026-11-27T10:11:12.00Z',
      'objectives.0.id': 'mechBinding',
    });
  });

  it('writes matching with [.] and numeric ranges with [:]', () => {
    expect(
      asMap(
        interactionFields2004(
          interaction({ kind: 'matching', response: ['p.t-2', 'q.t1'], correct: ['p.t-2'] }),
        ),
      ),
    ).toMatchObject({
      learner_response: 'p[.]t2[,]q[.]t1',
      'correct_responses.0.pattern': 'p[.]t2',
    });
    expect(
      asMap(
        interactionFields2004(
          interaction({
            kind: 'numeric',
            response: ['4.5'],
            correct: ['4.5'],
            correctRange: { min: 4, max: 5 },
          }),
        ),
      ),
    ).toMatchObject({ learner_response: '4.5', 'correct_responses.0.pattern': '4[:]5' });
  });

  it('writes true-false as true/false and sequencing in order', () => {
    expect(
      asMap(
        interactionFields2004(interaction({ kind: 'true-false', response: ['true'], correct: ['false'] })),
      ).learner_response,
    ).toBe('true');
    expect(
      asMap(
        interactionFields2004(
          interaction({ kind: 'sequencing', response: ['c', 'a', 'b'], correct: ['a', 'b', 'c'] }),
        ),
      ),
    ).toMatchObject({
      learner_response: 'c[,]a[,]b',
      'correct_responses.0.pattern': 'a[,]b[,]c',
    });
  });
});
