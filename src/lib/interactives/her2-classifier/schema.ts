// Schema of her2-classification.yaml (read by <Drill name="her2-classifier" />): IHC scores, ISH groups and practice cases
// for the HER2 case classifier (ASCO/CAP 2018 rules; the numbers live in the YAML, never here).
import * as v from 'valibot';
import {
  CitedTextSchema,
  FactTagSchema,
  ReferenceKeysSchema,
  number,
  positiveNumber,
  text,
  unknownField,
} from '../data-schema-parts.ts';
import { templateField } from '../../words/template.ts';

export const ihcScores = ['0', '1+', '2+', '3+'] as const;
export const IhcScoreSchema = v.picklist(
  ihcScores,
  'IHC score must be one of "0", "1+", "2+", "3+" (in quotes)',
);
export type IhcScore = v.InferOutput<typeof IhcScoreSchema>;

export const her2Statuses = ['positive', 'negative', 'pending'] as const;
export type Her2Status = (typeof her2Statuses)[number];

const IhcRuleSchema = v.strictObject(
  {
    score: IhcScoreSchema,
    pattern: text('pattern'),
    call: v.picklist(['positive', 'negative', 'equivocal'], 'call must be positive, negative or equivocal'),
    note: v.optional(text('note')),
    tag: FactTagSchema,
    references: ReferenceKeysSchema,
  },
  unknownField,
);
export type IhcRule = v.InferOutput<typeof IhcRuleSchema>;

const CopiesRangeSchema = v.strictObject(
  { atLeast: v.optional(number('copies.atLeast')), below: v.optional(number('copies.below')) },
  unknownField,
);

const IshGroupSchema = v.strictObject(
  {
    group: v.pipe(number('group'), v.integer('group must be a whole number')),
    ratio: v.picklist(['atLeast', 'below'], 'ratio must be "atLeast" or "below" (the ratio cut-off)'),
    copies: CopiesRangeSchema,
    call: v.picklist(['positive', 'negative'], 'call must be positive or negative'),
    positiveIfConcurrentIhc: v.optional(
      v.array(IhcScoreSchema, 'positiveIfConcurrentIhc must be a list of IHC scores'),
    ),
    rule: text('rule'),
    tag: FactTagSchema,
    references: ReferenceKeysSchema,
  },
  unknownField,
);
export type IshGroup = v.InferOutput<typeof IshGroupSchema>;

/** What a status means for Herceptin: a short label for the answer choice and the full statement. */
const EligibilitySchema = v.strictObject(
  { label: text('label'), text: text('text'), tag: FactTagSchema, references: ReferenceKeysSchema },
  unknownField,
);

const PracticeCaseSchema = v.strictObject(
  {
    id: text('case id'),
    summary: text('summary'),
    ihc: IhcScoreSchema,
    ish: v.optional(
      v.strictObject(
        { ratio: positiveNumber('ish.ratio'), copies: positiveNumber('ish.copies') },
        unknownField,
      ),
    ),
    expected: v.picklist(her2Statuses, 'expected must be positive, negative or pending'),
  },
  unknownField,
);
export type Her2PracticeCase = v.InferOutput<typeof PracticeCaseSchema>;

/** Everything the drill says besides its rules: headings, the question, prompts and the sentence templates. */
const Her2WordsSchema = v.strictObject(
  {
    title: text('title'),
    practiceHeading: templateField(['number', 'total']),
    question: text('question'),
    chooseFirst: text('chooseFirst'),
    correct: text('correct'),
    notQuite: text('notQuite'),
    answerIs: templateField(['status']),
    ownHeading: text('ownHeading'),
    ihcLegend: text('ihcLegend'),
    ihcChoice: templateField(['score']),
    ishDone: text('ishDone'),
    ratio: text('ratio'),
    copies: text('copies'),
    numbersNeeded: text('numbersNeeded'),
    ihcCalls: v.strictObject(
      { positive: text('positive'), negative: text('negative'), equivocal: text('equivocal') },
      unknownField,
    ),
    /** One sentence per rule used: the IHC reading, then the ISH group with the concurrent IHC. */
    ihcStep: templateField(['score', 'pattern', 'call']),
    ishStep: templateField(['ratio', 'copies', 'group', 'rule', 'score', 'call']),
  },
  unknownField,
);
export type Her2Words = v.InferOutput<typeof Her2WordsSchema>;

export const Her2ClassificationSchema = v.strictObject(
  {
    scope: CitedTextSchema,
    ihc: v.pipe(
      v.array(IhcRuleSchema, 'ihc must be a list of scores'),
      v.minLength(1, 'ihc must list the scores'),
    ),
    ish: v.strictObject(
      {
        ratioCutoff: positiveNumber('ratioCutoff'),
        groups: v.pipe(
          v.array(IshGroupSchema, 'groups must be a list'),
          v.minLength(1, 'groups must not be empty'),
        ),
        noEquivocal: CitedTextSchema,
      },
      unknownField,
    ),
    eligibility: v.strictObject(
      {
        positive: EligibilitySchema,
        negative: EligibilitySchema,
        pending: EligibilitySchema,
        overexpressionAlone: CitedTextSchema,
      },
      unknownField,
    ),
    cases: v.pipe(
      v.array(PracticeCaseSchema, 'cases must be a list'),
      v.minLength(1, 'cases must not be empty'),
    ),
    words: Her2WordsSchema,
  },
  unknownField,
);
export type Her2Classification = v.InferOutput<typeof Her2ClassificationSchema>;
