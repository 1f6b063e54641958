// Build-time validation of quiz banks: a valid bank loads; each malformed item is reported with
// file, item id, field and reason (tests/fixtures/quizzes/).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ProblemList } from '../../../src/lib/course/content-error';
import type { QuizContext } from '../../../src/lib/quiz/load-quizzes';
import { loadQuizzes } from '../../../src/lib/quiz/load-quizzes';
import { QuizFileSchema } from '../../../src/lib/quiz/quiz-schemas';
import * as v from 'valibot';

const fixtures = join(import.meta.dirname, '../../fixtures/quizzes');

const objective = (id: string) => ({ id, text: `Objective ${id}` });
const context: QuizContext = {
  course: { passMark: 75 } as QuizContext['course'],
  lessons: [
    {
      id: 'test',
      slug: '01-test',
      number: 1,
      tracks: { nursing: { objectives: [objective('obj-a'), objective('obj-b')] } as never },
    },
  ],
  references: {
    R1: { citation: 'One', kind: 'label', label: { product: 'One', checked: 'all' } },
    R2: { citation: 'Two', kind: 'trial' },
  },
};

function load(root: string) {
  const problems = new ProblemList();
  const catalog = loadQuizzes(join(fixtures, root), context, problems);
  return { catalog, problems: problems.items };
}

describe('loadQuizzes: a valid bank', () => {
  const { catalog, problems } = load('valid');

  it('reports no problems and loads every item, case set included', () => {
    expect(problems).toEqual([]);
    expect(catalog.banks.practice?.items.map((i) => i.type)).toEqual([
      'single',
      'multiple',
      'true-false',
      'hotspot',
      'case',
    ]);
  });

  it('takes the pass mark from the course and draws from its own bank', () => {
    expect(catalog.quizzes[0]).toMatchObject({
      id: 'practice',
      passMark: 75,
      draw: [{ bank: 'practice', count: 3 }],
      sataScoring: 'plus-minus',
      attempts: null,
    });
  });

  it('normalizes keys: true/false options, ordering key from authored order, matching pairs', () => {
    const items = catalog.banks.practice?.items ?? [];
    const tf = items.find((i) => i.id === 'v-tf');
    expect(tf).toMatchObject({ correct: 'false', options: [{ id: 'true' }, { id: 'false' }] });
    const linked = items.find((i) => i.type === 'case');
    expect(linked?.type === 'case' && linked.items.map((i) => ('correct' in i ? i.correct : null))).toEqual([
      null,
      ['one', 'two', 'three'],
      ['x.t1', 'y.t2'],
    ]);
    // Linked items inherit difficulty and track from their case.
    expect(linked?.type === 'case' && linked.items[0]).toMatchObject({
      difficulty: 'analysis',
      track: 'nursing',
    });
  });
});

describe('loadQuizzes: malformed items', () => {
  const { catalog, problems } = load('malformed');
  const file = 'lessons/quizzes/broken.yaml';
  const about = (itemId: string) => problems.filter((p) => p.field.includes(`(${itemId})`));

  it('names the file for every problem', () => {
    expect(problems.length).toBeGreaterThan(0);
    // With every item rejected, the lesson's nursing objectives are also reported as untested.
    const items = problems.filter((p) => p.file !== 'lessons/01-test/nursing.svx');
    expect(items.every((p) => p.file === file)).toBe(true);
    expect(problems.filter((p) => p.file === 'lessons/01-test/nursing.svx').map((p) => p.field)).toEqual([
      'objectives[0] (obj-a)',
      'objectives[1] (obj-b)',
    ]);
  });

  it.each([
    ['m-unknown-type', '.type', /unknown item type "essay"/],
    ['m-wrong-key', '.correct', /no correct answer/],
    ['m-no-rationale', '.options[1].rationale', /own rationale/],
    ['m-unknown-reference', '.references[1]', /unknown reference key "R999"/],
    ['m-unknown-objective', '.objective', /unknown objective "obj-missing"/],
    ['m-all-above', '.options[2].text', /all\/none of the above/],
    ['m-unit', '.unit', /not among units/],
    ['m-match', '.prompts[0].match', /not a target id/],
    ['m-region', '.regions[1].id', /not a region of the HER2 structure diagram/],
  ])('%s → field %s', (itemId, field, reason) => {
    const found = about(itemId);
    expect(found.map((p) => p.field.replace(/^items\[\d+\] \([^)]+\)/, ''))).toContain(field);
    expect(found.some((p) => reason.test(p.reason))).toBe(true);
  });

  it('reports an item with no correct answer', () => {
    const found = problems.find((p) => p.field === 'items[1] (m-no-correct).correct');
    expect(found?.reason).toMatch(/no correct answer/);
  });

  it('reports a duplicate id, naming the file that already uses it', () => {
    const found = problems.find((p) => p.field === 'items[6] (m-no-correct).id');
    expect(found?.reason).toMatch(
      /duplicate item id "m-no-correct": already used in lessons\/quizzes\/broken.yaml/,
    );
  });

  it('keeps invalid items out of the bank and reports a draw larger than the bank', () => {
    // Every item above has a problem (the second m-no-correct is a duplicate), so none is served.
    expect(catalog.banks.broken?.items).toEqual([]);
    expect(problems).toContainEqual({
      file,
      field: 'draw[0].count',
      reason: 'draws 20 items but bank "broken" holds only 0',
    });
  });
});

describe('loadQuizzes: blueprint and critical groups', () => {
  it('loads topic rows and critical groups, and takes criticalMustPass from the course (default on)', () => {
    const { catalog, problems } = load('valid');
    expect(problems).toEqual([]);
    expect(catalog.quizzes.find((q) => q.id === 'final')).toMatchObject({
      critical: [{ id: 'letters', title: 'Letter safety', items: ['v-single', 'v-case'] }],
      criticalNote: 'These questions check the letter rules every reader must get right.',
      criticalMustPass: true,
      draw: [{ topic: 'Topic A', objectives: ['obj-a'], count: 1 }],
    });
  });

  it('a critical group needs at least 2 items, so a retry can ask a fresh one', () => {
    const file = {
      id: 'final',
      title: 'Final',
      description: 'One lonely critical item.',
      feedback: 'end',
      draw: [{ bank: 'practice', count: 1 }],
      critical: [{ id: 'lonely', title: 'Lonely', items: ['v-single'] }],
    };
    const result = v.safeParse(QuizFileSchema, file);
    expect(result.success).toBe(false);
    expect(result.issues?.map((issue) => issue.message)).toEqual([
      'a critical group needs at least 2 items, so a retry can ask a fresh one',
    ]);
  });

  it('names a missing criticalNote, unknown and repeated critical items, unknown objectives, empty rows and short pools', () => {
    const { problems } = load('blueprint-errors');
    const file = 'lessons/quizzes/final.yaml';
    expect(problems).toEqual([
      {
        file,
        field: 'criticalNote',
        reason:
          'a quiz with critical groups needs criticalNote: the sentence the result screen shows when one is missed',
      },
      {
        file,
        field: 'critical[0].items[0]',
        reason: '"v-nothing" is not an item of any bank (a case set counts as one item: name the case)',
      },
      {
        file,
        field: 'critical[0].items[1]',
        reason: '"v-case-a" is not an item of any bank (a case set counts as one item: name the case)',
      },
      { file, field: 'critical[1].items[0]', reason: '"v-tf" is already in critical group "unknown"' },
      { file, field: 'draw[0].objectives[0]', reason: 'unknown objective "obj-zzz": no lesson lists it' },
      {
        file,
        field: 'draw[0].count',
        reason:
          'draws 1 items but the banks hold only 0 for topic "Unknown objective" besides the critical items (those are drawn through their groups)',
      },
      { file, field: 'draw[1]', reason: 'a draw row needs a bank, or objectives (a blueprint row), or both' },
      {
        file,
        field: 'draw[2].count',
        reason:
          'draws 9 items but the banks hold only 2 for topic "Too many" besides the critical items (those are drawn through their groups)',
      },
    ]);
  });
});

describe('loadQuizzes: every nursing objective is tested by at least 2 items', () => {
  it('names each nursing objective with fewer than 2 items, with its lesson file', () => {
    const lesson = (objectives: string[]) => ({
      id: 'more',
      slug: '02-more',
      number: 2,
      tracks: {
        nursing: { file: 'lessons/02-more/nursing.svx', objectives: objectives.map(objective) } as never,
        // Patient objectives are checked by the self-checks, not by the scored banks.
        patient: { file: 'lessons/02-more/patient.svx', objectives: [objective('pt-x')] } as never,
      },
    });
    const problems = new ProblemList();
    loadQuizzes(
      join(fixtures, 'valid'),
      { ...context, lessons: [...context.lessons, lesson(['obj-untested'])] },
      problems,
    );
    expect(problems.items).toEqual([
      {
        file: 'lessons/02-more/nursing.svx',
        field: 'objectives[0] (obj-untested)',
        reason:
          'no quiz item tests this nursing objective: every nursing objective needs at least 2 (lessons/quizzes/)',
      },
    ]);
  });
});

describe('loadQuizzes: NCSBN Next Generation items (tests/fixtures/quizzes/ngn/)', () => {
  const { catalog, problems } = load('ngn');
  const items = catalog.banks.ngn?.items ?? [];
  const byId = (id: string) => items.find((item) => item.id === id);

  it('loads cloze (sentence and table), highlight, bow-tie and an unfolding case study', () => {
    expect(problems.filter((p) => p.file === 'lessons/quizzes/ngn.yaml')).toEqual([]);
    expect(items.map((item) => item.type)).toEqual(['cloze', 'cloze', 'highlight', 'bowtie', 'case']);
  });

  it('cloze: drop-downs in reading order, keyed as blank.option pairs', () => {
    expect(byId('n-cloze')).toMatchObject({
      scoring: 'rationale',
      passage: [
        { text: 'The client is at risk for ' },
        { blank: 'risk' },
        { text: ' as shown by ' },
        { blank: 'cue' },
        { text: '.' },
      ],
      correct: ['risk.b', 'cue.q'],
    });
    expect(byId('n-cloze-table')).toMatchObject({
      passage: null,
      table: {
        columns: ['Finding', 'Action'],
        rows: [[[{ text: 'Finding one' }], [{ blank: 'one' }]], expect.anything()],
      },
      correct: ['one.a', 'two.c'],
    });
  });

  it('highlight: the marked phrases become options in reading order with their rationales', () => {
    const item = byId('n-highlight');
    expect(item?.type === 'highlight' && item.options).toEqual([
      { id: 't', text: 'a temperature of 38.6 °C', rationale: 'Fever matters' },
      { id: 'p', text: 'a steady pulse', rationale: 'Unchanged' },
      { id: 'w', text: 'new wheeze', rationale: 'Wheeze matters' },
      { id: 'l', text: 'lunch was eaten', rationale: 'Not relevant' },
    ]);
    expect(item).toMatchObject({ correct: ['t', 'w'] });
  });

  it('bow-tie: actions, condition, parameters, each asking for as many choices as it keys', () => {
    const item = byId('n-bowtie');
    expect(item?.type === 'bowtie' && item.zones.map((z) => [z.key, z.pick])).toEqual([
      ['a', 2],
      ['c', 1],
      ['p', 2],
    ]);
    expect(item).toMatchObject({ correct: ['a.a', 'a.c', 'c.b', 'p.b', 'p.d'] });
  });

  it('unfolding case: its record, the parts’ CJMM steps, updates and changed tabs', () => {
    const item = byId('n-unfolding');
    expect(item?.type === 'case' && item.exhibits.map((e) => e.id)).toEqual(['notes', 'vitals']);
    expect(item?.type === 'case' && item.items.map((part) => part.cjmm)).toEqual([
      'recognize-cues',
      'analyze-cues',
      'prioritize-hypotheses',
      'generate-solutions',
      'take-action',
      'evaluate-outcomes',
    ]);
    expect(item?.type === 'case' && item.items[2]).toMatchObject({
      update: 'Thirty minutes later.',
      exhibits: [
        {
          id: 'vitals',
          table: {
            rows: [
              ['09:00', '72'],
              ['09:30', '118'],
            ],
          },
        },
      ],
    });
  });

  it.each([
    ['b-cloze-gap', '.text', /\{time\} is not one of the blank ids/],
    ['b-cloze-triad', '.scoring', /dyad or a triad: 2 or 3 drop-downs/],
    ['b-highlight', '.phrases', /"three" \{c\} has no entry under phrases/],
    ['b-highlight', '.phrases[2].id', /"d" is not marked in the text/],
    ['b-bowtie', '.condition.correct', /"z" is not one of the option ids/],
    ['b-unfolding', '.items[0].cjmm', /part 1 measures "recognize-cues"/],
    ['b-unfolding', '.items[1].cjmm', /part 2 measures "analyze-cues"/],
    ['b-standalone-exhibit', '.exhibits', /belong to a case set/],
  ])('%s → field %s', (itemId, field, reason) => {
    const found = problems.filter((p) => p.field.includes(`(${itemId})`));
    const match = found.find((p) => p.field.replace(/^items\[\d+\] \([^)]+\)/, '') === field);
    expect(match?.reason, JSON.stringify(found)).toMatch(reason);
  });
});
