// The one identifier scheme: what it makes of the course's own ids, that it maps back, that a clash
// fails the build with file and field, and that every value the real course can send passes the SCORM
// data types, Moodle's identifier check and the strictest runtime (letters and digits only).
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ContentError } from '../../../src/lib/course/content-error';
import { loadContent } from '../../../src/lib/course/load-content';
import type { InteractionRecord } from '../../../src/lib/progress/contract';
import { interactionFields12, interactionFields2004 } from '../../../src/lib/progress/interaction-format';
import {
  IdentifierMap,
  identifierCollisions,
  lessonObjectiveId,
  scormId,
} from '../../../src/lib/progress/scorm-identifiers';
import { sentIdentifiers } from '../../../src/lib/progress/sent-identifiers';
import { attemptResult } from '../../../src/lib/quiz/attempt-result';
import type { Attempt } from '../../../src/lib/quiz/attempt';
import { encodeCaseAnswer } from '../../../src/lib/quiz/case-answer';
import type { QuizItem, SimpleItem } from '../../../src/lib/quiz/item-types';
import { correctResponse } from '../../../src/lib/quiz/score-item';
import { bowtie, cloze } from '../quiz/sample-items';
import {
  identifierParts12,
  identifierParts2004,
  identifierRules,
  value12,
  value2004,
} from './lms-value-rules';

const root = process.cwd();
const content = loadContent(root);
const catalog = content.quizzes;

describe('scormId', () => {
  it.each([
    ['ae-023', 'ae023'],
    ['ae-003a', 'ae003a'],
    ['mech-binding', 'mechBinding'],
    ['domain-iv', 'domainIv'],
    ['weight_iv.x', 'weightIvX'],
    ['a', 'a'],
    ['final', 'final'],
  ])('%s → %s', (id, expected) => expect(scormId(id)).toBe(expected));

  it('names a lesson objective after the lesson id', () => {
    expect(lessonObjectiveId('her2-biology')).toBe('lessonHer2Biology');
    expect(lessonObjectiveId('side-effects-and-monitoring')).toBe('lessonSideEffectsAndMonitoring');
  });
});

describe('identifierCollisions', () => {
  const at = (namespace: string, id: string, field: string) => ({ namespace, id, file: 'f.yaml', field });

  it('reports two ids of one namespace that reach the LMS as the same identifier', () => {
    const problems = identifierCollisions([
      at('interaction', 'ae-003a', 'items[0].id'),
      at('interaction', 'ae-00-3a', 'items[4].id'),
    ]);
    expect(problems).toEqual([
      {
        file: 'f.yaml',
        field: 'items[4].id',
        reason:
          'id "ae-00-3a" is sent to the LMS as "ae003a", like "ae-003a" (f.yaml: items[0].id): rename one',
      },
    ]);
  });

  it('allows the same identifier in different namespaces, and the same id twice', () => {
    expect(
      identifierCollisions([
        at('response ae-001', 'a', 'items[0].options[0].id'),
        at('response ae-002', 'a', 'items[1].options[0].id'),
        at('objective', 'mech-binding', 'objectives[0].id'),
        at('objective', 'mech-binding', 'objectives[0].id'),
      ]),
    ).toEqual([]);
  });

  it('reports an id without letters or digits and one that is too long', () => {
    const problems = identifierCollisions([at('x', '--', 'a'), at('x', 'a'.repeat(251), 'b')]);
    expect(problems.map((p) => p.field)).toEqual(['a', 'b']);
    expect(problems[0]!.reason).toBe('id "--" needs at least one letter or digit');
    expect(problems[1]!.reason).toMatch(/too long for an LMS \(at most 250 letters and digits\)/);
  });

  it('finds no clash in the real course, and maps every sent identifier back to its course id', () => {
    const sent = sentIdentifiers(
      content.lessons.map((lesson) => ({ id: lesson.slug, tracks: lesson.tracks })),
      catalog.banks,
      (bank) => bank,
    );
    expect(sent.length).toBeGreaterThan(100);
    expect(identifierCollisions(sent)).toEqual([]);
    const namespaces = new Set(sent.map((entry) => entry.namespace));
    for (const namespace of namespaces) {
      const ids = sent.filter((entry) => entry.namespace === namespace).map((entry) => entry.id);
      const map = new IdentifierMap(ids);
      for (const id of ids) expect(map.courseId(scormId(id))).toBe(id);
    }
    expect(new IdentifierMap(['ae-023']).courseId('unknown')).toBeNull();
  });
});

describe('sentIdentifiers: the options inside a drop-down and a bow-tie part', () => {
  const sentOf = (item: SimpleItem) =>
    sentIdentifiers([], { ngn: { items: [item] } }, () => 'lessons/quizzes/ngn.yaml');

  it("lists each cloze drop-down's options in that drop-down's own namespace", () => {
    const sent = sentOf(cloze('k1', 'zero-one', 2));
    expect(sent.filter((entry) => entry.namespace === 'response k1 p')).toEqual(
      ['x', 'w', 'v'].map((id, i) => ({
        namespace: 'response k1 p',
        id,
        file: 'lessons/quizzes/ngn.yaml',
        field: `items[0].blanks "p".options[${i}].id`,
      })),
    );
    expect(sent.filter((entry) => entry.namespace === 'response k1 q').map((entry) => entry.id)).toEqual([
      'y',
      'w',
      'v',
    ]);
    // The drop-downs themselves are named in the response too.
    expect(sent.filter((entry) => entry.namespace === 'response k1').map((entry) => entry.id)).toEqual([
      'p',
      'q',
    ]);
  });

  it("lists each bow-tie part's options under the part's field in the bank file", () => {
    const sent = sentOf(bowtie('b1'));
    expect(sent.filter((entry) => entry.namespace === 'response b1 c').map((entry) => entry.field)).toEqual([
      'items[0].condition.options[0].id',
      'items[0].condition.options[1].id',
      'items[0].condition.options[2].id',
      'items[0].condition.options[3].id',
    ]);
    expect(sent.filter((entry) => entry.namespace === 'response b1 a')).toHaveLength(5);
    expect(sent.filter((entry) => entry.namespace === 'response b1 p')).toHaveLength(5);
  });

  it('finds two options of one drop-down or one bow-tie part that reach the LMS alike', () => {
    const item = cloze('k1', 'zero-one', 1);
    item.blanks[0]!.options[1] = { ...item.blanks[0]!.options[1]!, id: 'x-' };
    const tie = bowtie('b1');
    tie.zones[1]!.options[3] = { ...tie.zones[1]!.options[3]!, id: 'a-' };
    expect(identifierCollisions(sentOf(item)).map((p) => `${p.field}: ${p.reason}`)).toEqual([
      'items[0].blanks "p".options[1].id: id "x-" is sent to the LMS as "x", like "x" (lessons/quizzes/ngn.yaml: items[0].blanks "p".options[0].id): rename one',
    ]);
    expect(identifierCollisions(sentOf(tie)).map((p) => p.field)).toEqual([
      'items[0].condition.options[3].id',
    ]);
  });
});

describe('the build refuses a clash', () => {
  const copies: string[] = [];
  afterAll(() => copies.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it('names the file and field of the second id', () => {
    const copy = mkdtempSync(join(tmpdir(), 'course-ids-'));
    copies.push(copy);
    cpSync(join(root, 'lessons'), join(copy, 'lessons'), { recursive: true });
    const bank = join(copy, 'lessons/quizzes/adverse-effects.yaml');
    const text = readFileSync(bank, 'utf8');
    expect(text).toMatch(/- id: ae-001\n/);
    expect(text).toMatch(/- id: ae-002\n/);
    writeFileSync(bank, text.replace('- id: ae-001\n', '- id: ae-00-2\n'));
    let error: unknown;
    try {
      loadContent(copy);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ContentError);
    const clash = (error as ContentError).problems.filter((p) => /sent to the LMS as "ae002"/.test(p.reason));
    expect(clash).toHaveLength(1);
    expect(clash[0]!.file).toBe('lessons/quizzes/adverse-effects.yaml');
    expect(clash[0]!.field).toMatch(/^items\[\d+\]\.id$/);
  });
});

/** Two answers per item: the key, and one naming every option-like id the item has. */
function answersFor(item: SimpleItem): string[][] {
  const everything: string[] = [];
  const lists = Object.values(item).filter(
    (value): value is Array<{ id: string }> =>
      Array.isArray(value) && value.every((e) => typeof e?.id === 'string'),
  );
  if (item.type === 'matching') {
    const target = item.targets.at(-1)!.id;
    for (const prompt of item.prompts) everything.push(`${prompt.id}.${target}`);
  } else if (item.type === 'numeric') {
    everything.push('-12.5', item.unit);
  } else if (item.type === 'single' || item.type === 'hotspot' || item.type === 'true-false') {
    everything.push(item.options.at(-1)!.id);
  } else if (item.type === 'cloze') {
    for (const blank of item.blanks) everything.push(`${blank.id}.${blank.options.at(-1)!.id}`);
  } else if (item.type === 'bowtie') {
    for (const zone of item.zones) everything.push(...zone.options.map((o) => `${zone.key}.${o.id}`));
  } else {
    for (const list of lists) everything.push(...list.map((entry) => entry.id));
  }
  return [correctResponse(item), everything];
}

function recordsOfCourse(): InteractionRecord[] {
  const items: QuizItem[] = Object.values(catalog.banks).flatMap((bank) => bank.items);
  const records: InteractionRecord[] = [];
  for (const variant of [0, 1]) {
    const answers = items.map((item) =>
      item.type === 'case'
        ? encodeCaseAnswer(item.items.map((sub) => answersFor(sub)[variant]!))
        : answersFor(item)[variant]!,
    );
    const attempt = {
      quiz: catalog.quizzes.find((quiz) => quiz.isFinal)!,
      seed: 1,
      attemptNumber: 0,
      items,
      answers,
      position: 0,
      phase: 'review',
      shownAt: items.map(() => 0),
      answeredAt: items.map(() => 61_000),
    } satisfies Attempt;
    records.push(...attemptResult(attempt, new Date('2026-11-27T10:00:00Z')).interactions);
  }
  return records;
}

describe('every value the course can send passes every LMS rule', () => {
  const records = recordsOfCourse();

  it('covers every item of every bank', () => {
    const ids = new Set(records.map((record) => record.id));
    const simple = Object.values(catalog.banks)
      .flatMap((bank) => bank.items)
      .flatMap((item) => (item.type === 'case' ? item.items : [item]));
    expect(ids.size).toBe(simple.length);
  });

  it('in SCORM 2004', () => {
    const refused: string[] = [];
    for (const record of records) {
      const fields = Object.fromEntries(interactionFields2004(record));
      const type = fields.type!;
      const identifiers = [
        fields.id!,
        fields['objectives.0.id']!,
        ...(identifierParts2004(type, fields.learner_response ?? '') ?? []),
        ...(identifierParts2004(type, fields['correct_responses.0.pattern'] ?? '') ?? []),
      ];
      for (const rule of identifierRules)
        for (const id of identifiers)
          if (!rule.identifier.test(id)) refused.push(`${record.id}: ${rule.name}: ${id}`);
      expect(fields.type).toMatch(value2004.type!);
      expect(fields.result).toMatch(value2004.result!);
      expect(fields.latency).toMatch(value2004.latency!);
      expect(fields.timestamp).toMatch(value2004.timestamp!);
      expect(fields.description!.length).toBeLessThanOrEqual(250);
      if (type === 'true-false') expect(fields.learner_response).toMatch(value2004['true-false']!);
      if (type === 'numeric') {
        expect(fields.learner_response).toMatch(value2004.numeric!);
        expect(fields['correct_responses.0.pattern']).toMatch(value2004.numericPattern!);
      }
    }
    expect(refused).toEqual([]);
  });

  it('in SCORM 1.2', () => {
    const refused: string[] = [];
    for (const record of records) {
      const fields = Object.fromEntries(interactionFields12(record));
      const type = fields.type!;
      const identifiers = [
        fields.id!,
        fields['objectives.0.id']!,
        ...(identifierParts12(type, fields.student_response ?? '') ?? []),
        ...(identifierParts12(type, fields['correct_responses.0.pattern'] ?? '') ?? []),
      ];
      for (const rule of identifierRules)
        for (const id of identifiers)
          if (!rule.identifier.test(id)) refused.push(`${record.id}: ${rule.name}: ${id}`);
      const choiceIds = identifierParts12(type, fields.student_response ?? '');
      if (type === 'choice' || type === 'sequencing')
        for (const id of choiceIds!) expect(id).toMatch(value12.choiceId!);
      expect(fields.type).toMatch(value12.type!);
      expect(fields.result).toMatch(value12.result!);
      expect(fields.latency).toMatch(value12.latency!);
      expect(fields.time).toMatch(value12.time!);
      expect((fields.student_response ?? '').length).toBeLessThanOrEqual(255);
      if (type === 'true-false') expect(fields.student_response).toMatch(value12['true-false']!);
      if (type === 'numeric') expect(fields.student_response).toMatch(value12.numeric!);
    }
    expect(refused).toEqual([]);
  });
});
