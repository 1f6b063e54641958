// Schemas for lessons/quizzes/*.yaml. Messages are written for the clinical author who edits the
// banks (docs/users.md, the course author), naming what to fix rather than what the code expected.
import * as v from 'valibot';
import { idPattern, TrackIdSchema } from '../course/schemas.ts';
import { cjmmSteps } from './item-types.ts';

export const itemTypes = [
  'single',
  'multiple',
  'true-false',
  'ordering',
  'matching',
  'hotspot',
  'numeric',
  'matrix',
  'cloze',
  'highlight',
  'bowtie',
  'case',
] as const;

const text = (what: string) =>
  v.pipe(v.string(`${what} must be text`), v.trim(), v.minLength(1, `${what} must not be empty`));
const id = (what: string) =>
  v.pipe(
    v.string(`${what} must be text`),
    v.regex(idPattern, `${what} must be lower-case letters, digits and dashes`),
  );
const rationale = v.pipe(
  v.string('every option needs its own rationale (why it is right or wrong)'),
  v.trim(),
  v.minLength(1, 'every option needs its own rationale (why it is right or wrong)'),
);

const ChoiceSchema = v.strictObject({ id: id('option id'), text: text('option text'), rationale });
const choices = (what: string, min: number) =>
  v.pipe(
    v.array(ChoiceSchema, `${what} must be a list`),
    v.minLength(min, `${what} must have at least ${min} entries`),
  );

const DifficultySchema = v.picklist(
  ['recall', 'application', 'analysis'],
  'difficulty must be recall, application or analysis',
);
const PartsScoringSchema = v.optional(
  v.picklist(['all-or-nothing', 'per-part'], 'scoring must be "all-or-nothing" or "per-part"'),
  'all-or-nothing',
);
const noCorrect = 'names no correct answer: add "correct"';

const ExhibitSchema = v.strictObject({
  id: id('exhibit id'),
  title: text('exhibit title'),
  text: v.optional(text('exhibit text')),
  table: v.optional(
    v.strictObject({
      columns: v.pipe(v.array(text('column heading')), v.minLength(1, 'a table needs at least one column')),
      rows: v.pipe(
        v.array(
          v.array(v.pipe(v.union([v.string(), v.number()], 'each cell must be text'), v.transform(String))),
        ),
        v.minLength(1, 'a table needs at least one row'),
      ),
    }),
  ),
});
const exhibits = v.optional(
  v.array(ExhibitSchema, 'exhibits must be a list of { id, title, text or table }'),
);

const CjmmSchema = v.optional(
  v.picklist(
    cjmmSteps,
    `cjmm must be one of the NCSBN Clinical Judgment Measurement Model steps: ${cjmmSteps.join(', ')}`,
  ),
);

/** Fields every scored item has. */
const baseEntries = {
  cjmm: CjmmSchema,
  // Case parts only (load-quizzes.ts rejects them on a standalone item).
  update: v.optional(text('update')),
  exhibits,
  id: id('item id'),
  stem: text('stem'),
  objective: id('objective'),
  references: v.pipe(
    v.array(v.string('each reference must be a key such as R1'), 'references must be a list of keys'),
    v.minLength(1, 'references must list at least one reference key'),
  ),
  difficulty: DifficultySchema,
  track: TrackIdSchema,
};
/** Linked items of a case set take difficulty and track from the case unless they set their own. */
const linkedEntries = {
  ...baseEntries,
  difficulty: v.optional(DifficultySchema),
  track: v.optional(TrackIdSchema),
};

function simpleItemSchemas(base: typeof baseEntries) {
  return [
    v.strictObject({
      ...base,
      type: v.literal('single'),
      options: choices('options', 3),
      correct: id(noCorrect),
    }),
    v.strictObject({
      ...base,
      type: v.literal('multiple'),
      options: choices('options', 4),
      correct: v.pipe(v.array(id('each correct option'), noCorrect), v.minLength(1, noCorrect)),
    }),
    v.strictObject({
      ...base,
      type: v.literal('true-false'),
      correct: v.boolean('correct must be true or false'),
      rationales: v.strictObject(
        { true: rationale, false: rationale },
        'rationales needs a "true" and a "false" entry',
      ),
    }),
    v.strictObject({
      ...base,
      type: v.literal('hotspot'),
      regions: choices('regions', 2),
      correct: id(noCorrect),
    }),
    v.strictObject({
      ...base,
      type: v.literal('ordering'),
      scoring: PartsScoringSchema,
      steps: choices('steps', 3),
    }),
    v.strictObject({
      ...base,
      type: v.literal('matching'),
      scoring: PartsScoringSchema,
      prompts: v.pipe(
        v.array(
          v.strictObject({ id: id('prompt id'), text: text('prompt text'), match: id(noCorrect), rationale }),
        ),
        v.minLength(2, 'prompts must have at least 2 entries'),
      ),
      targets: v.pipe(
        v.array(v.strictObject({ id: id('target id'), text: text('target text') })),
        v.minLength(2, 'targets must have at least 2 entries'),
      ),
    }),
    v.strictObject({
      ...base,
      type: v.literal('numeric'),
      answer: v.number(`answer must be a number: ${noCorrect}`),
      tolerance: v.pipe(
        v.number('tolerance must be a number'),
        v.minValue(0, 'tolerance must not be negative'),
      ),
      unit: text('unit'),
      units: v.pipe(v.array(text('unit')), v.minLength(2, 'units must offer at least 2 choices')),
      rationale,
    }),
    v.strictObject({
      ...base,
      type: v.literal('matrix'),
      select: v.optional(
        v.picklist(['one', 'many'], 'select must be "one" (one column per row) or "many" (any cells)'),
        'one',
      ),
      columns: v.pipe(
        v.array(v.strictObject({ id: id('column id'), text: text('column text') }), 'columns must be a list'),
        v.minLength(2, 'columns must have at least 2 entries'),
      ),
      rows: v.pipe(
        v.array(
          v.strictObject({
            id: id('row id'),
            text: text('row text'),
            correct: v.union(
              [id(noCorrect), v.pipe(v.array(id('each correct column')), v.minLength(1, noCorrect))],
              `correct must name the row's column id (or a list of them): ${noCorrect}`,
            ),
            rationale,
          }),
          'rows must be a list',
        ),
        v.minLength(2, 'rows must have at least 2 entries'),
      ),
    }),
    v.strictObject({
      ...base,
      type: v.literal('cloze'),
      // A sentence or passage with {blank-id} where each drop-down goes, or a table whose cells may hold them.
      text: v.optional(text('text')),
      table: v.optional(
        v.strictObject({
          columns: v.pipe(
            v.array(text('column heading')),
            v.minLength(1, 'a table needs at least one column'),
          ),
          rows: v.pipe(v.array(v.array(text('cell'))), v.minLength(1, 'a table needs at least one row')),
        }),
      ),
      scoring: v.optional(
        v.picklist(
          ['zero-one', 'rationale'],
          'scoring must be "zero-one" (a point per drop-down) or "rationale" (a dyad or triad)',
        ),
        'zero-one',
      ),
      blanks: v.pipe(
        v.array(
          v.strictObject({ id: id('blank id'), options: choices('options', 3), correct: id(noCorrect) }),
          'blanks must be a list',
        ),
        v.minLength(1, 'blanks must have at least 1 entry'),
      ),
    }),
    v.strictObject({
      ...base,
      type: v.literal('highlight'),
      // The note; each selectable phrase is written [phrase text]{phrase-id}.
      text: text('text'),
      phrases: v.pipe(
        v.array(v.strictObject({ id: id('phrase id'), rationale }), 'phrases must be a list'),
        v.minLength(3, 'phrases must have at least 3 entries'),
      ),
      correct: v.pipe(v.array(id('each correct phrase'), noCorrect), v.minLength(1, noCorrect)),
    }),
    v.strictObject({
      ...base,
      type: v.literal('bowtie'),
      condition: v.strictObject({ options: choices('condition options', 3), correct: id(noCorrect) }),
      actions: v.strictObject({
        options: choices('action options', 3),
        correct: v.pipe(v.array(id('each correct action')), v.minLength(1, noCorrect)),
      }),
      parameters: v.strictObject({
        options: choices('parameter options', 3),
        correct: v.pipe(v.array(id('each correct parameter')), v.minLength(1, noCorrect)),
      }),
    }),
  ] as const;
}

export const LinkedItemSchema = v.variant(
  'type',
  // Same item shapes; only difficulty and track become optional (see LinkedItemInput).
  simpleItemSchemas(linkedEntries as unknown as typeof baseEntries),
  'unknown item type',
);

export const ItemSchema = v.variant(
  'type',
  [
    ...simpleItemSchemas(baseEntries),
    v.strictObject({
      id: id('item id'),
      type: v.literal('case'),
      stem: text('scenario (stem)'),
      difficulty: DifficultySchema,
      track: TrackIdSchema,
      exhibits,
      // 2–4 linked items, or 6 for an unfolding case study (load-quizzes.ts checks its CJMM steps).
      items: v.pipe(
        v.array(LinkedItemSchema, 'items must be a list'),
        v.minLength(2, 'a case set links 2 to 4 items (6 for an unfolding case study)'),
        v.maxLength(6, 'a case set links 2 to 4 items (6 for an unfolding case study)'),
      ),
    }),
  ],
  'unknown item type',
);
export type ItemInput = v.InferOutput<typeof ItemSchema>;
type SimpleInput = Exclude<ItemInput, { type: 'case' }>;
export type LinkedItemInput = SimpleInput extends infer T
  ? T extends SimpleInput
    ? Omit<T, 'difficulty' | 'track'> & Partial<Pick<T, 'difficulty' | 'track'>>
    : never
  : never;

const DrawSchema = v.strictObject({
  bank: v.optional(id('bank')),
  count: v.pipe(
    v.number('count must be a number'),
    v.integer('count must be a whole number'),
    v.minValue(1, 'count must be at least 1'),
  ),
  topic: v.optional(text('topic')),
  objectives: v.optional(
    v.pipe(
      v.array(id('each objective'), 'objectives must be a list of objective ids'),
      v.minLength(1, 'objectives must list at least one objective id'),
    ),
  ),
  // A blueprint row can ask for application or analysis items only (Bloom level).
  difficulty: v.optional(
    v.pipe(
      v.array(DifficultySchema, 'difficulty must be a list such as [application, analysis]'),
      v.minLength(1),
    ),
  ),
});

const CriticalGroupSchema = v.strictObject({
  id: id('critical group id'),
  title: text('critical group title'),
  items: v.pipe(
    v.array(id('each critical item'), 'items must be a list of item ids'),
    v.minLength(2, 'a critical group needs at least 2 items, so a retry can ask a fresh one'),
  ),
});

/** A quiz file: its settings, and its own item bank when it has `items`. */
export const QuizFileSchema = v.strictObject({
  id: id('id'),
  title: text('title'),
  description: text('description'),
  /** Position in the quiz list (lower first); the final assessment usually comes last. */
  order: v.optional(v.pipe(v.number('order must be a number'), v.integer('order must be a whole number')), 0),
  feedback: v.picklist(['immediate', 'end'], 'feedback must be "immediate" (practice) or "end" (assessment)'),
  final: v.optional(v.boolean('final must be true or false'), false),
  attempts: v.optional(
    v.nullable(
      v.pipe(
        v.number('attempts must be a number'),
        v.integer('attempts must be a whole number'),
        v.minValue(1, 'attempts must be at least 1'),
      ),
    ),
    null,
  ),
  sataScoring: v.optional(
    v.picklist(['all-or-nothing', 'plus-minus'], 'sataScoring must be "all-or-nothing" or "plus-minus"'),
    'plus-minus',
  ),
  draw: v.union(
    [v.pipe(v.number(), v.integer(), v.minValue(1)), v.pipe(v.array(DrawSchema), v.minLength(1))],
    "draw must be a number of items from this file's bank, or a list of { bank, count } or { topic, objectives, count }",
  ),
  // Critical safety items: every attempt asks one item of each group (load-quizzes.ts checks the ids).
  critical: v.optional(v.array(CriticalGroupSchema, 'critical must be a list of { id, title, items }'), []),
  // Why the critical questions matter, shown on the result screen when one was missed.
  criticalNote: v.optional(text('criticalNote')),
  // Items are checked one by one (see load-quizzes.ts) so each problem names its item id.
  items: v.optional(v.array(v.unknown(), 'items must be a list')),
});
export type QuizFileInput = v.InferOutput<typeof QuizFileSchema>;
